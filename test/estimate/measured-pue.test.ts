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
