// Paths from any directory (issue 12): a log path is relative to its manifest and the repository is the manifest's
// git top-level, so the same manifests give the same report whatever the current directory.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const LOG = new URL('../../fixtures/example/head/logs/sentiment-emissions.csv', import.meta.url);
const manifest = (logPath: string) => `version: 1
defaults: { location: FR, facility: cloud }
runs:
  - id: finetune
    model: { parameters: 110M }
    hardware: { accelerator: A100-SXM4-40GB, count: 4, hours: 20 }
    logs: [${logPath}]
`;

function makeRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'ml-carbon-paths-'));
  execFileSync('git', ['init', '-q', repo]);
  for (const side of ['base', 'head']) {
    mkdirSync(join(repo, side, 'logs'), { recursive: true });
    cpSync(LOG, join(repo, side, 'logs', 'emissions.csv'));
    writeFileSync(join(repo, side, 'ml-carbon.yml'), manifest('logs/emissions.csv'));
  }
  mkdirSync(join(repo, 'logs'), { recursive: true });
  cpSync(LOG, join(repo, 'logs', 'gpu.csv'));
  mkdirSync(join(repo, 'projects', 'nlp'), { recursive: true });
  writeFileSync(join(repo, 'projects', 'nlp', 'ml-carbon.yml'), manifest('../../logs/gpu.csv'));
  return repo;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

describe('manifest paths from any directory', () => {
  const repo = makeRepository();
  const elsewhere = mkdtempSync(join(tmpdir(), 'ml-carbon-elsewhere-'));

  it('compare gives the same report from the root, a sub-folder and outside the repository', async () => {
    const fromRoot = await cli(['compare', 'base/ml-carbon.yml', 'head/ml-carbon.yml', '--json'], repo);
    const fromSub = await cli(
      ['compare', '../base/ml-carbon.yml', '../head/ml-carbon.yml', '--json'],
      join(repo, 'head'),
    );
    const fromOutside = await cli(
      ['compare', join(repo, 'base/ml-carbon.yml'), join(repo, 'head/ml-carbon.yml'), '--json'],
      elsewhere,
    );
    expect(fromRoot.stderr).toBe('');
    expect(fromRoot.code).toBe(0);
    expect(JSON.parse(fromRoot.stdout).head.runs[0].basis).toBe('measured');
    expect(fromSub).toEqual(fromRoot);
    expect(fromOutside).toEqual(fromRoot);
  });

  it('a monorepo manifest may name a log higher up in its repository, run from its own folder', async () => {
    const result = await cli(['estimate', 'ml-carbon.yml', '--json'], join(repo, 'projects', 'nlp'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a log outside the repository is still refused', async () => {
    writeFileSync(join(repo, 'head', 'escape.yml'), manifest('../../../etc/passwd'));
    const result = await cli(['estimate', join(repo, 'head', 'escape.yml')], elsewhere);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/leaves the repository/);
  });

  it('compare exits 2 when only the base refers to a refused log', async () => {
    writeFileSync(join(repo, 'base', 'absolute.yml'), manifest('/etc/passwd'));
    const result = await cli(['compare', 'base/absolute.yml', 'head/ml-carbon.yml'], repo);
    expect(result.stderr).toMatch(/\(base branch\)|is absolute/);
    expect(result.code).toBe(2);
  });

  it('a missing manifest is named with CLI wording, not the action input', async () => {
    const result = await cli(['estimate', 'nowhere/ml-carbon.yml'], elsewhere);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no manifest found (create ml-carbon.yml at the repository root, or give the path of yours)',
    );
    expect(result.stderr).not.toMatch(/input/);
  });
});
