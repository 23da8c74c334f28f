// CodeCarbon writes pue = 1.0 unless configured: no PUE was applied, so the run's PUE goes on top, and the report
// says so; a pue above 1 was applied by CodeCarbon and is not applied again.
import { describe, expect, it } from 'vitest';
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
