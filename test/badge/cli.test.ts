// `ml-carbon badge` and `ml-carbon model-card` on manifests written here with exact figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

let folder: string;

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: folder,
  });
  return { code, stdout, stderr };
}

// One A100 for 40 h at 800 W, PUE 1, 1000 g/kWh:
// accelerator 0.8 kW x 40 h = 32 kWh; host 25% -> 8 kWh; 40 kWh x 1000 g = 40 kg operational.
// Embodied (273 kg card + 300 kg host share) x 40 h / (4 y x 8760 h) = 0.654 kg. Total 40.654 kg.
// Host share 10..40% puts the range near 35.5..45.8 kg: half-width ~5 (place 10^0) under the value's 10^1 -> 2 figures.
const MANIFEST = `version: 1
runs:
  - id: finetune
    model: { parameters: 1B }
    training: { method: full }
    hardware: { accelerator: A100, hours: 40, power_watts: 800 }
    pue: 1
    carbon_intensity: 1000
  - id: pretrain
    model: { parameters: 1B }
    training: { method: from_scratch }
    hardware: { accelerator: A100, count: 2, hours: 1 }
    location: FR
budget:
  total_co2e_kg: 500
`;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ml-carbon-badge-cli-'));
  writeFileSync(join(folder, 'ml-carbon.yml'), MANIFEST);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('ml-carbon badge', () => {
  it('writes the endpoint JSON, SVG, history and dashboard, and appends on the next commit', async () => {
    const first = await cli([
      'badge',
      '--out',
      'public',
      '--figure',
      'max-run',
      '--sha',
      'aaaaaaa',
      '--date',
      '2026-11-20T10:00:00Z',
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // The largest run is "finetune": 40.654 kg -> "41 kg", grade B (10 < 40.654 <= 100) -> green
    expect(JSON.parse(readFileSync(join(folder, 'public/badge.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'largest run CO2e',
      message: '41 kg',
      color: 'green',
    });
    expect(readFileSync(join(folder, 'public/badge.svg'), 'utf8')).toContain('largest run CO2e: 41 kg');
    expect(readFileSync(join(folder, 'public/index.html'), 'utf8')).toContain('data-series="total"');
    expect(first.stdout).toContain('largest run CO2e: 41 kg (grade B)');

    const second = await cli([
      'badge',
      '--out',
      'public',
      '--figure',
      'max-run',
      '--sha',
      'bbbbbbb',
      '--date',
      '2026-11-21T10:00:00Z',
    ]);
    expect(second.code).toBe(0);
    const history = JSON.parse(readFileSync(join(folder, 'public/history.json'), 'utf8'));
    expect(history.entries.map((entry: { sha: string }) => entry.sha)).toEqual(['aaaaaaa', 'bbbbbbb']);
    expect(history.entries[0].budgetKg).toBe(500);
    expect(history.entries[0].runs.map((run: { id: string }) => run.id)).toEqual(['finetune', 'pretrain']);
  });

  it('takes the commit from git when --sha is not given', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
        cwd: folder,
        encoding: 'utf8',
      }).trim();
    git('init', '--quiet', '-b', 'main');
    git('add', 'ml-carbon.yml');
    git('commit', '--quiet', '-m', 'manifest');
    const result = await cli(['badge', 'ml-carbon.yml', '--out', 'out']);
    expect(result.code).toBe(0);
    const entry = JSON.parse(readFileSync(join(folder, 'out/history.json'), 'utf8')).entries[0];
    expect(entry.sha).toBe(git('rev-parse', 'HEAD'));
  });

  it('explains a mistyped figure, bad grades and a bad sha with exit 2', async () => {
    const figure = await cli([
      'badge',
      '--out',
      'o',
      '--figure',
      'trainig',
      '--sha',
      'aaaaaaa',
      '--date',
      '2026-11-20T10:00:00Z',
    ]);
    expect(figure.code).toBe(2);
    expect(figure.stderr).toContain('unknown badge figure "trainig" (did you mean "training"?)');
    const grades = await cli(['badge', '--out', 'o', '--grades', 'A:100,B:10,C']);
    expect(grades.code).toBe(2);
    expect(grades.stderr).toContain('not above the previous 100 kg');
    const sha = await cli(['badge', '--out', 'o', '--sha', 'main', '--date', '2026-11-20T10:00:00Z']);
    expect(sha.code).toBe(2);
    expect(sha.stderr).toContain('"main" is not a git commit id');
    expect((await cli(['badge'])).stderr).toContain('badge needs --out');
  });
});

describe('ml-carbon model-card', () => {
  it('prints the co2_eq_emissions block in grams with the fields the Hub documents', async () => {
    const result = await cli(['model-card', '--run', 'finetune']);
    expect(result.code).toBe(0);
    // 40 h x 800 W x 1.25 host overhead x PUE 1 x 1,000 g/kWh = 40 kg, plus embodied (456 kg card + 300 kg host) / 4 y
    // / 8,760 h x 40 h = 0.863 kg: 40.863 kg at 3 significant figures, as the report writes it = 40,900 g. No count:
    // the block names the card and its accelerator-hours (40 h x the assumed 1 card), not "1 x".
    expect(parse(result.stdout)).toEqual({
      co2_eq_emissions: {
        emissions: 40900,
        source: expect.stringContaining('ml-carbon estimate'),
        training_type: 'fine-tuning',
        hardware_used: 'NVIDIA A100 SXM4 80GB, 40 accelerator-hours',
      },
    });
    expect(result.stdout).toMatch(/^# run "finetune": estimated, \d+-\d+ g CO2e/);
  });

  it('names pre-training and the location of a run placed in a country', async () => {
    const card = parse((await cli(['model-card', '--run', 'pretrain'])).stdout).co2_eq_emissions;
    expect(card).toMatchObject({
      training_type: 'pre-training',
      geographical_location: 'France',
      hardware_used: '2 x NVIDIA A100 SXM4 80GB',
    });
  });

  it('suggests the run id when it is mistyped, and asks for one when there are several', async () => {
    const typo = await cli(['model-card', '--run', 'finetun']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no run "finetun" (did you mean "finetune"?)');
    const none = await cli(['model-card']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('choose one with --run (finetune, pretrain)');
  });
});
