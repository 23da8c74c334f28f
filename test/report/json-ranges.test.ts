// Every energy and CO2e figure of a run, its serving and the totals is { value, low, high } with low <= value <= high,
// checked over the whole --json of the example and of odd manifests, as the CLI prints them.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function cliJson(argv: string[], cwd: string): Promise<Record<string, unknown>> {
  let stdout = '';
  await runCli([...argv, '--json'], { stdout: (text) => (stdout += text), stderr: () => {}, cwd });
  return JSON.parse(stdout);
}

const ODD_MANIFEST = `version: 1
defaults:
  location: aws:us-east-1
runs:
  - id: serving-only
    model: { parameters: 7B }
    hardware: { accelerator: H100 }
    inference: { requests_per_day: 2400, tokens_per_request: 440, days: 1 }
  - id: serving-replicas-given
    model: { parameters: 70B }
    hardware: { accelerator: H100, count: 8 }
    inference: { tokens_per_day: 1B, days: 30, replicas: 3, utilization: 0.3 }
  - id: one-parameter-one-token
    model: { parameters: 1 }
    training: { tokens: 1 }
    hardware: { accelerator: T4 }
  - id: card-not-in-the-table
    model: { parameters: 1B }
    training: { tokens: 10B, precision: fp16 }
    hardware: { accelerator: MyChip, count: 2, tdp_watts: 300, peak_tflops: 100 }
  - id: cnn-hours-and-power
    model: { parameters: 25.6M }
    hardware: { accelerator: V100, count: 8, hours: 10, power_watts: 400 }
    repeats: 5
  - id: flops-on-a-workstation
    model: { parameters: 1B }
    training: { flops: 1e21 }
    hardware: { accelerator: TPU v5e, count: 16 }
    location: FR
    facility: workstation
  - id: codecarbon
    model: { parameters: 110M }
    training: { tokens: 1B }
    hardware: { accelerator: A100 }
    logs: [cc.csv]
  - id: nvidia-smi
    model: { parameters: 110M }
    training: { tokens: 1B }
    hardware: { accelerator: A100, count: 2 }
    logs: [smi.csv]
  - id: qlora-fp8-moe-implausible-hours
    model: { parameters: 47B, active_parameters: 13B }
    training: { tokens: 1T, precision: fp8, method: qlora }
    hardware: { accelerator: H200, count: 8, accelerator_hours: 5000 }
    inference: { tokens_per_day: 10M, days: 365, accelerator: L4, precision: int8 }
  - id: fp8-before-hopper
    model: { parameters: 1B }
    training: { tokens: 10B, precision: fp8 }
    hardware: { accelerator: A100, count: 8 }
    market_carbon_intensity: 0
`;

/** Paths of every { value, low, high } and of every energy/CO2e number that is not one. */
function walk(json: unknown) {
  const ranges: string[] = [];
  const disordered: string[] = [];
  const bare: string[] = [];
  const visit = (node: unknown, at: string, inFigures: boolean) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, `${at}[${i}]`, inFigures);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.value === 'number' && 'low' in record && 'high' in record) {
      ranges.push(at);
      const { low, value, high } = record as { low: number; value: number; high: number };
      if (![low, value, high].every(Number.isFinite) || !(low <= value && value <= high))
        disordered.push(`${at}: ${low} <= ${value} <= ${high}`);
      return;
    }
    for (const [key, item] of Object.entries(record)) {
      // Advice savings, deltas, budget limits and the measured-vs-estimated error are differences or limits, not
      // estimates (and gCO2e per kWh is an input); every figure of a run, its serving, its breakdown and the totals is an estimate.
      const figures = inFigures && !['advice', 'adviceCombined', 'errorPercent'].includes(key);
      if (figures && typeof item === 'number' && /(Kwh|Co2eKg)$/.test(key) && !key.includes('Per'))
        bare.push(`${at}.${key}`);
      visit(item, `${at}.${key}`, figures);
    }
  };
  const report = json as Record<string, unknown>;
  for (const side of ['head', 'base'] as const) visit(report[side], `$.${side}`, true);
  visit(report, '$', false);
  return { ranges, disordered, bare };
}

describe('ranges everywhere in --json', () => {
  it('on the example: every figure a range, low <= value <= high', async () => {
    const json = await cliJson(
      ['compare', 'fixtures/example/base/ml-carbon.yml', 'fixtures/example/head/ml-carbon.yml'],
      repoRoot,
    );
    const { ranges, disordered, bare } = walk(json);
    expect(disordered).toEqual([]);
    expect(bare).toEqual([]);
    // Both sides' runs, breakdowns, serving, measured and totals: well over a hundred ranges.
    expect(ranges.length).toBeGreaterThan(100);
    expect(ranges).toContain('$.head.runs[0].inference.breakdown.acceleratorKwh');
    expect(ranges).toContain('$.head.runs[0].inference.busyOnly.acceleratorKwh');
  });

  it('on odd manifests: serving only, a card not in the table, logs, fp8 fallbacks, one token', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ml-carbon-ranges-'));
    writeFileSync(path.join(folder, 'ml-carbon.yml'), ODD_MANIFEST);
    copyFileSync(
      path.join(repoRoot, 'fixtures/logs/codecarbon/cc-1x-two-experiments.csv'),
      path.join(folder, 'cc.csv'),
    );
    copyFileSync(
      path.join(repoRoot, 'fixtures/logs/nvidia-smi/units-2gpu-interleaved-na.csv'),
      path.join(folder, 'smi.csv'),
    );
    const json = await cliJson(['estimate', 'ml-carbon.yml'], folder);
    const runs = (json.head as { runs: { id: string }[] }).runs.map((run) => run.id);
    expect(runs).toHaveLength(10);
    const { ranges, disordered, bare } = walk(json);
    expect(disordered).toEqual([]);
    expect(bare).toEqual([]);
    for (const id of ['serving-only', 'serving-replicas-given', 'qlora-fp8-moe-implausible-hours']) {
      const index = runs.indexOf(id);
      for (const part of ['energyKwh', 'co2eKg', 'breakdown.acceleratorKwh', 'busyOnly.acceleratorKwh'])
        expect(ranges, `${id} ${part}`).toContain(`$.head.runs[${index}].inference.${part}`);
    }
    expect(ranges).toContain(`$.head.runs[${runs.indexOf('fp8-before-hopper')}].marketBasedOperationalCo2eKg`);
  });
});
