// A measured figure implausibly far below its run's own estimate is shown but not believed by the gate: the budget
// judges that run's estimate. Figures by hand from test/helpers.ts: a run of h hours costs h kWh and h kg operational,
// plus h x 574/35040 kg embodied; the energy's range is x 0.88-1.12 (host overhead), so 100 h has a low end of 88 kWh.
import { describe, expect, it } from 'vitest';
import { distrustedMeasurements, IMPLAUSIBLY_LOW_FACTOR } from '../../src/compare/budget.js';
import { compareEstimates } from '../../src/compare/compare.js';
import { exact } from '../../src/estimate/range.js';
import type { Estimate } from '../../src/estimate/types.js';
import { A100_EMBODIED_PER_HOUR, estimateOf, exactManifest } from '../helpers.js';

/** The head's run `a` (100 h: 100 kWh, 101.64 kg) replaced by a log claiming `kwh` (and kwh kg operational). */
function measuredHead(kwh: number): Estimate {
  const estimate = estimateOf(exactManifest({ a: 100 }));
  const run = estimate.runs[0]!;
  const embodied = 100 * A100_EMBODIED_PER_HOUR;
  const measuredKg = exact(kwh + embodied);
  const measuredRun = {
    ...run,
    basis: 'measured' as const,
    energyKwh: exact(kwh),
    co2eKg: measuredKg,
    measured: {
      files: [{ file: 'logs/emissions.csv', format: 'codecarbon', contributed: ['energy'] }],
      energyKwh: exact(kwh),
      co2eKg: measuredKg,
      estimated: { acceleratorHours: run.acceleratorHours, energyKwh: run.energyKwh, co2eKg: run.co2eKg },
      errorPercent: {},
    },
  };
  return {
    ...estimate,
    runs: [measuredRun],
    total: { ...estimate.total, co2eKg: measuredKg, energyKwh: exact(kwh) },
  };
}

describe('implausibly low measurements', () => {
  it(`distrusts energy more than ${IMPLAUSIBLY_LOW_FACTOR}x below the estimate's low end, and only then`, () => {
    expect(distrustedMeasurements(measuredHead(8.7))).toMatchObject([
      { run: 'a', files: ['logs/emissions.csv'], estimatedKg: expect.closeTo(100 + 100 * A100_EMBODIED_PER_HOUR, 9) },
    ]);
    expect(distrustedMeasurements(measuredHead(8.9))).toEqual([]);
    expect(distrustedMeasurements(estimateOf(exactManifest({ a: 100 })))).toEqual([]);
  });

  it('the total budget judges the estimate (101.64 kg) instead of the measured 1.64 kg', () => {
    const verdict = compareEstimates(undefined, measuredHead(0.001), { head: { totalCo2eKg: 50 } }).budget;
    expect(verdict.status).toBe('fail');
    expect(verdict.checks[0]!.actual).toBeCloseTo(100 + 100 * A100_EMBODIED_PER_HOUR, 9);
  });

  it('so do the per-run limit and the increase against the base (100 h on base: +0 %, not -98 %)', () => {
    const base = estimateOf(exactManifest({ a: 100 }));
    const verdict = compareEstimates(base, measuredHead(0.001), {
      base: { perRunCo2eKg: 50, maxIncreasePercent: 10 },
    }).budget;
    const perRun = verdict.checks.find((check) => check.rule === 'per_run_co2e_kg')!;
    expect(perRun).toMatchObject({ status: 'fail', run: 'a' });
    const increase = verdict.checks.find((check) => check.rule === 'max_increase_percent')!;
    expect(increase.actual).toBeCloseTo(0, 9);
  });

  it('without energy or CO2e, accelerator-hours far below the estimate are distrusted too', () => {
    const estimate = estimateOf(exactManifest({ a: 100 }));
    const run = estimate.runs[0]!;
    const shortened = {
      ...estimate,
      runs: [
        {
          ...run,
          measured: {
            files: [{ file: 'train_results.json', format: 'hf-trainer', contributed: ['duration'] }],
            acceleratorHours: 0.001,
            estimated: { acceleratorHours: run.acceleratorHours, energyKwh: run.energyKwh, co2eKg: run.co2eKg },
            errorPercent: {},
          },
        },
      ],
    };
    expect(distrustedMeasurements(shortened).map((entry) => entry.files)).toEqual([['train_results.json']]);
    const plausible = {
      ...shortened,
      runs: [{ ...shortened.runs[0]!, measured: { ...shortened.runs[0]!.measured, acceleratorHours: 60 } }],
    };
    expect(distrustedMeasurements(plausible)).toEqual([]);
  });

  it('a plausible measurement (half the estimate) is trusted', () => {
    const verdict = compareEstimates(undefined, measuredHead(50), { head: { totalCo2eKg: 60 } }).budget;
    expect(verdict.status).toBe('pass');
    expect(verdict.checks[0]!.actual).toBeCloseTo(50 + 100 * A100_EMBODIED_PER_HOUR, 9);
  });
});
