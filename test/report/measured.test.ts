// The one-line explanation of an estimate that misses its log: energy = hours × power, so the larger of the two
// ratios (in log terms) is named.
import { describe, expect, it } from 'vitest';
import type { RunEstimate } from '../../src/estimate/types.js';
import { missExplanation } from '../../src/report/measured.js';

const range = (value: number) => ({ value, low: value * 0.8, high: value * 1.2 });

function measuredRun(view: {
  measuredKwh: number;
  estimatedKwh: number;
  measuredHours: number;
  estimatedHours: number;
  watts?: number;
}): RunEstimate {
  return {
    id: 'r',
    assumptions: [
      {
        name: 'model FLOPs utilization on ampere hardware',
        value: 0.2,
        unit: '×',
        origin: 'default',
        source: 's',
        year: 2025,
      },
    ],
    measured: {
      files: [],
      energyKwh: range(view.measuredKwh),
      acceleratorHours: view.measuredHours,
      ...(view.watts !== undefined ? { averagePowerWatts: view.watts, powerFractionOfTdp: view.watts / 400 } : {}),
      estimated: {
        acceleratorHours: range(view.estimatedHours),
        energyKwh: range(view.estimatedKwh),
        co2eKg: range(1),
      },
      errorPercent: { energyKwh: ((view.estimatedKwh - view.measuredKwh) / view.measuredKwh) * 100 },
    },
  } as unknown as RunEstimate;
}

describe('why an estimate misses its log', () => {
  it('names hours (utilization) when the hours differ more than the power', () => {
    // 200 h estimated vs 100 h logged (×2), energy ×2.2 -> power ×1.1: hours dominate; 0.2 × 2 = 40% utilization.
    const line = missExplanation(
      measuredRun({ measuredKwh: 100, estimatedKwh: 220, measuredHours: 100, estimatedHours: 200 }),
    );
    expect(line).toBe(
      'overestimates mostly through hours: 200 h estimated, 100 h logged, so the run sustained about 40% utilization where the estimate assumed 20%',
    );
  });

  it('names power when the hours agree and the draw does not', () => {
    // Same hours, energy 0.5× -> the log's 300 W is 2× what the estimate assumed.
    const line = missExplanation(
      measuredRun({ measuredKwh: 100, estimatedKwh: 50, measuredHours: 100, estimatedHours: 100, watts: 300 }),
    );
    expect(line).toBe(
      'underestimates mostly through power: the log shows 300 W per accelerator (75% of TDP), about 2× what the estimate assumed',
    );
  });

  it('says nothing when the estimate is close and in range', () => {
    expect(
      missExplanation(measuredRun({ measuredKwh: 100, estimatedKwh: 110, measuredHours: 100, estimatedHours: 100 })),
    ).toBeUndefined();
  });
});
