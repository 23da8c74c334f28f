// action.yml, the workflows and the YAML in README.md must agree with the code: a user pastes them as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/action/input-names.js';
import { stepOutputs } from '../../src/action/outputs.js';

const ROOT = resolve(import.meta.dirname, '../..');
type ActionYml = {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
};
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

function workflowFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? workflowFiles(join(folder, entry.name))
      : entry.name.endsWith('.yml')
        ? [join(folder, entry.name)]
        : [],
  );
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs?: Record<string, { 'runs-on'?: string; steps?: Step[] }>;
};

/** Steps that use ml-carbon may only pass inputs action.yml declares. */
function checkSteps(steps: Step[], where: string): number {
  let uses = 0;
  for (const step of steps) {
    if (!step.uses || !(step.uses === './' || step.uses.startsWith('ml-carbon/ml-carbon@'))) continue;
    uses++;
    for (const name of Object.keys(step.with ?? {}))
      expect(action.inputs, `${where}: unknown input ${name}`).toHaveProperty([name]);
  }
  return uses;
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code reads, with the same defaults and a description each', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description.length, name).toBeGreaterThan(20);
      const expected =
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
        name === 'github-token' ? '${{ github.token }}' : INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS];
      expect(String(spec.default), name).toBe(expected);
    }
  });

  it('declares exactly the outputs the code writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(stepOutputs(undefined, '')).sort());
  });
});

describe('workflows', () => {
  const files = workflowFiles(join(ROOT, '.github/workflows'));

  it.each(files.map((file) => [file.slice(ROOT.length + 1), file]))(
    '%s parses and has triggers, permissions and jobs with steps',
    (_, file) => {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
      expect(workflow.on).toBeDefined();
      expect(workflow.permissions, 'least-privilege permissions block').toBeDefined();
      for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
        expect(job['runs-on'], name).toBeDefined();
        checkSteps(job.steps ?? [], `${file} ${name}`);
      }
    },
  );

  it('the pasteable examples never grant more than the action needs', () => {
    const allowed = new Set(['contents', 'pull-requests', 'checks', 'statuses']);
    for (const file of files.filter((path) => path.includes('/examples/'))) {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
      for (const scope of Object.keys(workflow.permissions ?? {}))
        expect(allowed.has(scope), `${file}: ${scope}`).toBe(true);
      const uses = Object.values(workflow.jobs ?? {}).reduce((sum, job) => sum + checkSteps(job.steps ?? [], file), 0);
      expect(uses, file).toBeGreaterThan(0);
    }
  });
});

describe('README.md', () => {
  const docs = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('every YAML block parses, and steps using ml-carbon pass only declared inputs', () => {
    for (const block of blocks) expect(() => parse(block), block.slice(0, 40)).not.toThrow();
    const workflowBlocks = blocks.filter((block) => /^\s*- uses:|^\s+uses:/m.test(block));
    expect(workflowBlocks.length).toBeGreaterThanOrEqual(5);
    for (const block of workflowBlocks) {
      const parsed = parse(block) as Workflow | Step[];
      const steps = Array.isArray(parsed) ? parsed : Object.values(parsed.jobs ?? {}).flatMap((job) => job.steps ?? []);
      expect(checkSteps(steps, block.slice(0, 40))).toBeGreaterThan(0);
    }
  });

  it('documents every input and output', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(docs, name).toContain(`| \`${name}\` |`);
  });
});
