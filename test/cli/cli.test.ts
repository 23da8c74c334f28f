import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const repoRoot = resolve(__dirname, '../..');

async function cli(args: string[], cwd = repoRoot, isTty = false) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), cwd, isTty };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function tempManifests(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const manifest = (hours: number, budget = '') =>
  `version: 1\nruns:\n  - id: r\n    model: { parameters: 1B }\n    hardware: { accelerator: A100, hours: ${hours}, power_watts: 800 }\n    pue: 1\n    carbon_intensity: 1000\n${budget}`;

describe('ml-carbon CLI', () => {
  it('compares the bundled example and exits 0', async () => {
    const result = await cli(['compare', 'fixtures/example/base/ml-carbon.yml', 'fixtures/example/head/ml-carbon.yml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^### 🌱 ml-carbon: /);
  });

  it('prints the JSON contract with --json', async () => {
    const result = await cli(['estimate', 'fixtures/example/head/ml-carbon.yml', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(2);
    expect(json.head.runs.map((run: { id: string }) => run.id)).toContain('domain-gpt-350m');
    expect(json.head.total.co2eKg.value).toBeGreaterThan(0);
  });

  it('exits 1 when compare finds the budget exceeded', async () => {
    const folder = tempManifests({
      'base.yml': manifest(10, 'budget: { total_co2e_kg: 15 }'),
      'head.yml': manifest(20),
    });
    const result = await cli(['compare', 'base.yml', 'head.yml'], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('❌ over budget');
  });

  it('exits 2 with located errors on invalid input, still printing what it could compute', async () => {
    const bad = `${manifest(10)}  - id: broken\n    model: { parameters: 1B }\n    hardware: { accelerator: A1000, hours: 1 }\n`;
    const folder = tempManifests({ 'ml-carbon.yml': bad });
    const result = await cli(['estimate'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /error: ml-carbon\.yml:10:\d+: runs\[1\]\.hardware\.accelerator: unknown accelerator "A1000"/,
    );
    expect(result.stdout).toMatch(/^\| r +\|/m);
  });

  it('exits 2 on usage errors and a missing manifest', async () => {
    expect((await cli(['compare', 'only-one.yml'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['estimate', '--bogus'])).code).toBe(2);
    const missing = await cli(['estimate', 'nope.yml'], tempManifests({}));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no manifest found');
  });

  it('prints help with every command, within 100 columns', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const name of ['estimate', 'compare', 'badge', 'model-card'])
      expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(Math.max(...result.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
  });

  it.each(['estimate', 'compare', 'badge', 'model-card'])('prints help for %s within 100 columns', async (name) => {
    const result = await cli([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ml-carbon ${name}`);
    expect(Math.max(...result.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
  });

  it('keeps usage errors within 100 columns', async () => {
    const result = await cli(['badge', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: ml-carbon badge');
    expect(Math.max(...result.stderr.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
  });

  it('prints its version', async () => {
    // From source the version is a placeholder; test/cli/dist.test.ts checks the bundle's against package.json.
    for (const flag of ['--version', '-v']) {
      const result = await cli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    }
  });
});
