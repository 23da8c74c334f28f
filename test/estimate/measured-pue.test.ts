// CodeCarbon writes pue = 1.0 unless configured: no PUE was applied, so the run's PUE goes on top, and the report
// says so; a pue above 1 was applied by CodeCarbon and is not applied again.
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import { applyMeasurements } from '../../src/estimate/measured.js';
import type { Measurement } from '../../src/logs/types.js';
import type { Run } from '../../src/manifest/types.js';

const run: Run = {
  id: 'r',
  model: { parameters: 1e9 },
  hardware: { accelerator: 'A100', count: 1, hours: 10 },
  repeats: 1,
  logs: [],
  pue: 1.2,
  carbonIntensity: 500,
};
const codecarbon = (toolPue: number): Measurement => ({
  file: 'emissions.csv',
  format: 'codecarbon',
  energyKwh: 10,
  energyScope: 'facility',
  pueIncluded: true,
  toolPue,
  durationHours: 10,
  warnings: [],
});

describe("CodeCarbon's pue column", () => {
  it('pue 1.0: applies the run PUE on top and says so', () => {
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(1)]);
    expect(result.energyKwh.value).toBeCloseTo(12, 12); // 10 kWh x 1.2
    expect(result.measured!.energyNote).toBe('CodeCarbon energy × PUE 1.2: its pue column is 1, so no PUE was applied');
    expect(result.co2eKg.value - result.breakdown.embodiedCo2eKg.value).toBeCloseTo(6, 12); // 12 kWh x 0.5 kg/kWh
  });

  it('pue above 1: taken as applied by CodeCarbon', () => {
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(1.4)]);
    expect(result.energyKwh.value).toBe(10);
    expect(result.measured!.energyNote).toBe('CodeCarbon energy, PUE already included (PUE 1.4 applied by CodeCarbon)');
  });
});

describe('the breakdown of measured energy', () => {
  const parts = (acceleratorKwh: number, itKwh: number): Measurement => ({
    ...codecarbon(1),
    parts: { acceleratorKwh, itKwh },
  });

  it('takes boards and machine as CodeCarbon measured them apart; facility overhead is what PUE adds', () => {
    // 10 kWh machine energy of which 7 kWh on the boards, pue column 1 -> x run PUE 1.2 = 12 kWh facility
    const { breakdown, energyKwh } = applyMeasurements(estimateRun(run), run, [parts(7, 10)]);
    expect(breakdown.acceleratorKwh).toEqual({ value: 7, low: 7, high: 7 });
    expect(breakdown.hostKwh.value).toBeCloseTo(3, 12);
    expect(breakdown.hostKwh.high).toBeCloseTo(3, 12);
    expect(breakdown.facilityOverheadKwh.value).toBeCloseTo(2, 12); // 12 - 10
    // the overhead's range is the PUE's: (low PUE - 1) x 10 .. (high PUE - 1) x 10
    expect(breakdown.facilityOverheadKwh.low).toBeCloseTo(energyKwh.low - 10, 9);
    expect(breakdown.facilityOverheadKwh.high).toBeCloseTo(energyKwh.high - 10, 9);
  });

  it('without measured parts, splits the total in the estimate proportions, no part above the total', () => {
    // hours from FLOPs: the estimate's parts span x 0.59-1.76 of utilization, far wider than the measured total
    const fromFlops: Run = {
      ...run,
      hardware: { accelerator: 'A100', count: 1 },
      training: { tokens: 2e9, precision: 'bf16', precisionGiven: true },
    };
    const { breakdown, energyKwh } = applyMeasurements(estimateRun(fromFlops), fromFlops, [codecarbon(1)]);
    const { acceleratorKwh, hostKwh, facilityOverheadKwh } = breakdown;
    expect(acceleratorKwh.value + hostKwh.value + facilityOverheadKwh.value).toBeCloseTo(energyKwh.value, 9);
    for (const part of [acceleratorKwh, hostKwh, facilityOverheadKwh]) {
      expect(part.high).toBeLessThanOrEqual(energyKwh.high);
      expect(part.low).toBeLessThanOrEqual(part.value);
    }
  });

  it('does not use parts when two files repeat a run (they cannot be de-duplicated)', () => {
    const twice = (file: string): Measurement => ({
      ...parts(7, 10),
      file,
      runs: [{ id: 'same', energyKwh: 10, durationHours: 10 }],
    });
    const { breakdown } = applyMeasurements(estimateRun(run), run, [twice('a.csv'), twice('b.csv')]);
    expect(breakdown.acceleratorKwh.value).not.toBe(14);
    expect(breakdown.acceleratorKwh.low).toBeLessThan(breakdown.acceleratorKwh.value);
  });
});

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const realLog = path.resolve(
  repoRoot,
  '../shared/reference/logs/codecarbon/cc-2.3.2-a100-pretrain-ttl460m-single-row.csv',
);

/** `ml-carbon estimate` on a manifest beside a copy of `log`, as JSON and as the text a terminal shows. */
async function estimateWithLog(log: string, placement: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'ml-carbon-pue-'));
  copyFileSync(log, path.join(folder, 'emissions.csv'));
  writeFileSync(
    path.join(folder, 'ml-carbon.yml'),
    `version: 1\nruns:\n  - id: run\n    model: { parameters: 460M }\n    hardware: { accelerator: A100 }\n    logs: [emissions.csv]\n    ${placement}\n`,
  );
  const output = async (format: string) => {
    let stdout = '';
    await runCli(['estimate', 'ml-carbon.yml', '--format', format], {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      cwd: folder,
    });
    return stdout;
  };
  return { run: JSON.parse(await output('json')).head.runs[0], text: await output('text') };
}

describe('CodeCarbon pue = 1.0 end to end, through the CLI', () => {
  it("the example's log (pue 1.0, 8 rows summing to 114.806 kWh) at the on-prem PUE 1.63", async () => {
    // 114.806 kWh (sum of energy_consumed) x 1.63 = 187.134 kWh; the report says the PUE went on top.
    const log = path.join(repoRoot, 'fixtures/example/head/logs/sentiment-emissions.csv');
    const { run, text } = await estimateWithLog(log, 'facility: on-prem');
    expect(run.energyKwh.value).toBeCloseTo(187.134, 2);
    expect(text).toContain(
      'Measured energy: CodeCarbon energy × PUE 1.63: its pue column is 1, so no PUE was applied.',
    );
  });

  it.skipIf(!existsSync(realLog))(
    'a real CodeCarbon 2.3.2 log (TeenyTinyLlama 460M, 112.974 kWh, pue 1.0) with pue: 1.4 (skipped: ../shared is not present)',
    async () => {
      // energy_consumed 112.97405698691946 kWh x 1.4 = 158.1637 kWh.
      const { run, text } = await estimateWithLog(realLog, 'pue: 1.4');
      expect(run.energyKwh.value).toBeCloseTo(158.1637, 3);
      expect(run.energyKwh.low).toBe(run.energyKwh.high); // measured energy and a given PUE: no spread
      expect(text).toContain(
        'Measured energy: CodeCarbon energy × PUE 1.4: its pue column is 1, so no PUE was applied.',
      );
    },
  );
});
