// The CLI with paths and manifests as people type and write them: never a stack trace, exit 2 with a located,
// actionable message, and the runs that could be computed still reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = mkdtempSync(path.join(tmpdir(), 'ml-carbon-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), cwd: root };
  const code = await runCli(args, { ...io, isTty: false });
  return { code, stdout, stderr };
}

const GOOD =
  'version: 1\nruns:\n  - id: r\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n';

describe('manifest paths as typed', () => {
  it('a missing manifest suggests the file that is there (.yaml for .yml, a folder holding one)', async () => {
    writeFileSync(path.join(root, 'ml-carbon.yaml'), GOOD);
    mkdirSync(path.join(root, 'proj'));
    writeFileSync(path.join(root, 'proj', 'ml-carbon.yml'), GOOD);
    expect(await cli(['estimate'])).toMatchObject({
      code: 2,
      stderr: 'error: ml-carbon.yml: no such file (did you mean "ml-carbon.yaml"?)\n',
    });
    expect((await cli(['estimate', 'proj'])).stderr).toBe(
      'error: proj: a folder, not a manifest (did you mean "proj/ml-carbon.yml"?)\n',
    );
    expect((await cli(['compare', 'ml-carbon.yaml', 'proj/ml-carbn.yml'])).stderr).toBe(
      'error: proj/ml-carbn.yml: no such file (did you mean "proj/ml-carbon.yml"?)\n',
    );
  });
});

describe('manifests as written, through the CLI', () => {
  it('estimates the good runs, exits 2 and names file, line, field and did-you-mean for the rest', async () => {
    writeFileSync(
      path.join(root, 'mixed.yml'),
      `${GOOD}  - id: typo\n    model: { parameters: 1B }\n    hardware: { acclerator: T4, hours: 1 }\nbudjet: { total_co2e_kg: 1 }\n`,
    );
    const { code, stdout, stderr } = await cli(['estimate', 'mixed.yml', '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'error: mixed.yml:8:17: runs[1].hardware.acclerator: unknown key "acclerator" (did you mean "accelerator"?)',
    );
    expect(stderr).toContain('error: mixed.yml:9:1: budjet: unknown key "budjet" (did you mean "budget"?)');
    expect(stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(stdout) as { head: { runs: { id: string }[] } };
    expect(report.head.runs.map((run) => run.id)).toEqual(['r']);
  });
});
