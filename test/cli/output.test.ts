// What `estimate` and `compare` print: an estimate (not a comparison), in text on a terminal, markdown when piped,
// JSON when asked; and the exit codes scripts rely on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const repoRoot = resolve(__dirname, '../..');
const EXAMPLE_HEAD = 'fixtures/example/head/ml-carbon.yml';
const EXAMPLE_BASE = 'fixtures/example/base/ml-carbon.yml';

async function cli(args: string[], options: { cwd?: string; isTty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? repoRoot,
    isTty: options.isTty ?? false,
  });
  return { code, stdout, stderr };
}

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

// 10 h x 800 W = 8 kWh; x 1000 g/kWh = 8 kg operational, plus a little embodied: over a 5 kg budget, under 50 kg.
const manifest = (budget: string) =>
  `version: 1\nruns:\n  - id: r\n    model: { parameters: 1B }\n    hardware: { accelerator: A100, hours: 10, power_watts: 800 }\n    pue: 1\n    carbon_intensity: 1000\n${budget}`;

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('estimate output', () => {
  it('prints an estimate, not a comparison, as aligned text on a terminal', async () => {
    const result = await cli(['estimate', EXAMPLE_HEAD], { isTty: true });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/base branch|Base|Head|added|<br>|<sub>|<details>|\|/);
    expect(result.stdout.split('\n')[0]).toBe(`ml-carbon estimate · ${EXAMPLE_HEAD}`);
    expect(widest(result.stdout)).toBeLessThanOrEqual(100);
    // Aligned columns: every row of the run table is as wide as the rule under the header, or narrower.
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((line) => line.startsWith('Run '));
    expect(lines[header + 1]).toMatch(/^─+( +─+)+$/);
    for (const id of ['sentiment-bert-finetune', 'summarizer-t5-large-cnn', 'domain-gpt-350m'])
      expect(lines.find((line) => line.startsWith(id))).toBeDefined();
    // Right-aligned figures end in the same column as their header.
    const energyEnd = lines[header]!.indexOf('Energy') + 'Energy'.length;
    expect(lines[header + 2]!.slice(0, energyEnd)).toMatch(/kWh$/);
  });

  it('says when hours rest on the transformer rule 6 x N x D, naming the runs', async () => {
    const { stdout } = await cli(['estimate', EXAMPLE_HEAD]);
    // domain-gpt-350m gives tokens, no hours: its hours come from 6 x N x D; summarizer gives hours; sentiment is measured
    expect(stdout).toContain(
      '- Accelerator-hours from 6 × parameters × tokens, a transformer rule: for CNNs and other architectures give `flops` or `hours`. (domain-gpt-350m)',
    );
  });

  it('prints markdown when piped, and when asked', async () => {
    const piped = await cli(['estimate', EXAMPLE_HEAD]);
    expect(piped.stdout).toMatch(/^### 🌱 ml-carbon estimate: /);
    expect(piped.stdout).toMatch(/^\| Run \| Hardware \|/m);
    expect(piped.stdout).not.toContain('base branch');
    // U+00A0 keeps a value on one line where GitHub wraps table cells.
    expect(piped.stdout).toMatch(/\| \d[\d.,]*\u00a0kWh \|/);
    const asked = await cli(['estimate', EXAMPLE_HEAD, '--format', 'markdown'], { isTty: true });
    expect(asked.stdout).toBe(piped.stdout);
  });

  it('prints the same JSON with --format json and --json', async () => {
    const format = await cli(['estimate', EXAMPLE_HEAD, '--format', 'json'], { isTty: true });
    const alias = await cli(['estimate', EXAMPLE_HEAD, '--json'], { isTty: true });
    expect(format.stdout).toBe(alias.stdout);
    expect(JSON.parse(format.stdout).head.runs).toHaveLength(3);
  });

  it('refuses an unknown or contradictory format', async () => {
    const unknown = await cli(['estimate', EXAMPLE_HEAD, '--format', 'html']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format must be one of text, markdown, json, not "html"');
    expect((await cli(['estimate', EXAMPLE_HEAD, '--json', '--format', 'text'])).code).toBe(2);
  });

  it('exits 1 with --fail-on-budget when its own budget is exceeded, 0 without', async () => {
    const over = folderWith({ 'ml-carbon.yml': manifest('budget: { total_co2e_kg: 5 }') });
    expect((await cli(['estimate'], { cwd: over })).code).toBe(0);
    const failed = await cli(['estimate', '--fail-on-budget', '--format', 'text'], { cwd: over });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('over budget');
    expect(failed.stdout).toMatch(/^ {2}FAIL {2}total .* exceeds the budget of 5 kg$/m);
    const within = folderWith({ 'ml-carbon.yml': manifest('budget: { total_co2e_kg: 50 }') });
    expect((await cli(['estimate', '--fail-on-budget'], { cwd: within })).code).toBe(0);
  });
});

describe('compare output', () => {
  it('prints the comparison as text on a terminal', async () => {
    const result = await cli(['compare', EXAMPLE_BASE, EXAMPLE_HEAD], { isTty: true });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/<br>|<sub>|<details>|\|/);
    expect(result.stdout).toMatch(/^Run +Base +Head +Change/m);
    expect(result.stdout).toMatch(/^summarizer-t5-large-cnn .* renamed from summarizer-t5-large$/m);
    expect(result.stdout).toMatch(/^domain-gpt-350m .* added$/m);
    expect(result.stdout).toContain('this PR raises total_co2e_kg from 1.5 t to 2.5 t');
    expect(widest(result.stdout)).toBeLessThanOrEqual(100);
  });

  it('exits 2 when a path given on the command line does not exist', async () => {
    const result = await cli(['compare', 'no-such-base.yml', EXAMPLE_HEAD]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: no-such-base.yml: no such file\n');
    expect(result.stdout).toBe('');
  });
});
