// Regression guard on accuracy: the engine against published runs (skips when ../shared is absent, e.g. for users).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FITTED_CALIBRATION } from '../../src/data/calibration.generated.js';
import { buildCases, buildHoursCases } from '../../src/accuracy/cases.js';
import { parseCsvRecords } from '../../src/util/csv.js';
import { fitCalibration, impliedPowerFraction, impliedUtilization } from '../../src/accuracy/fit.js';
import { renderValidation, TARGETS, targetsMet } from '../../src/accuracy/markdown.js';
import { validate } from '../../src/accuracy/validate.js';
import { sharedData } from '../support/shared-data.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runsData = sharedData('calibration/published_runs.csv');
const hoursData = sharedData('calibration/published_hours.csv');
const csvPath = runsData.path;
const hoursPath = hoursData.path;
const shared = runsData.present && hoursData.present;
const reason = runsData.reason || hoursData.reason;

describe.skipIf(!shared)(`validation on published runs${reason}`, () => {
  // describe bodies run even when skipped, so nothing may read ../shared unless it exists.
  const runs = shared ? buildCases(parseCsvRecords(readFileSync(csvPath, 'utf8'))) : { cases: [], skipped: [] };
  const hoursCases = shared ? buildHoursCases(parseCsvRecords(readFileSync(hoursPath, 'utf8'))) : [];
  const cases = [...runs.cases, ...hoursCases];
  const { skipped } = runs;
  const result = shared ? validate(cases) : undefined!;
  // No early return when absent: the tests below must still be registered, to show as skipped.
  const { hours, energy } = shared ? result.summary : ({} as typeof result.summary);
  const byId = (id: string) => cases.find((c) => c.id === id)!;

  it('keeps out-of-sample ranges honest: at least 80 % of runs inside when their family is held out (issue 10)', () => {
    expect(hours.runs).toBeGreaterThanOrEqual(35);
    expect(energy.runs).toBeGreaterThanOrEqual(15);
    expect(hours.leaveOneOutCoverage).toBeGreaterThanOrEqual(TARGETS.coverage);
    expect(energy.leaveOneOutCoverage).toBeGreaterThanOrEqual(TARGETS.coverage);
  });

  it('meets the energy-when-hours-are-known target out of sample: median error <= 12 % (issue 10)', () => {
    expect(energy.leaveOneOutMedianAbsError).toBeLessThanOrEqual(TARGETS.energyMedianAbsError);
    expect(targetsMet(result).energyMedianAbsError).toBe(true);
  });

  // One realization factor over every generation's steady-state benchmark (family-weighted least squares) brought the
  // leave-one-family-out hours error from 30 % to 20.3 %; a mixture-of-experts factor taken as the median over MoE
  // families (not over rows, where Granite's two rows decided it) brought it to 19.7 % (docs/validation.md).
  it('meets the hours-from-FLOPs target out of sample: median error <= 20 % (issue 10)', () => {
    expect(hours.leaveOneOutMedianAbsError).toBeLessThanOrEqual(TARGETS.hoursMedianAbsError);
    expect(targetsMet(result).hoursMedianAbsError).toBe(true);
  });

  // OLMo publishes energy but no hours, so these runs check MFU and power together on a family the hours fit never
  // saw. Hopper's level rose from its own runs' 0.216 to benchmark x realization 0.248 (better for held-out hours rows),
  // which moved OLMo, already under-estimated, from 36 % to 45 %: measured when written, guarded here. The power band
  // then narrowed from x 0.7-1.88 to x 0.41-1.11 once Strubell's rows were compared as the Titan X draw they measured
  // and the small-model ramp stopped lifting the large-model draw: OLMoE, under-estimated by half on the hours side,
  // now sits 10 % above its range (5 of 8 inside, was 6), with the median error 44 %. The mixture-of-experts factor
  // (x 0.8) then lifted OLMoE's hours and energy: 40 %, 5 of 8 inside.
  it('estimates energy from FLOPs alone within a useful margin (no target; a regression guard)', () => {
    const fromFlops = result.summary.energyFromFlops;
    expect(fromFlops.runs).toBeGreaterThanOrEqual(5);
    expect(fromFlops.leaveOneOutMedianAbsError).toBeLessThanOrEqual(0.46);
    expect(fromFlops.leaveOneOutCoverage).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps the known bad rows out', () => {
    const skippedIds = skipped.map((row) => row.id);
    for (const id of ['str19-nas-p100', 'llama3.3-70b', 'olmo2-13b']) {
      expect(skippedIds).toContain(id);
      expect(cases.map((c) => c.id)).not.toContain(id);
    }
  });

  it('reads the inputs a user would know from the CSV', () => {
    const transformer = byId('pat21-t1-transformer-big-p100-usavg');
    expect(transformer.publishedAcceleratorHours).toBe(672); // 8 P100 x 3.5 days x 24 h
    expect(transformer.publishedEnergyKwh).toBeCloseTo(316, 9); // 0.316 MWh
    expect(transformer.accelerator).toBe('P100-SXM2-16GB');
    const llama = byId('llama1-7b');
    expect(llama.flops).toBeCloseTo(4.02e22, -18); // 6 x 6.7e9 x 1,000e9
  });

  it('derives implied MFU and power fraction as the arithmetic says', () => {
    // 4.02e22 / (82,432 h x 3,600 s x 312e12 FLOP/s) = 0.4342
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a computed ratio, not log10(e)
    expect(impliedUtilization(byId('llama1-7b'))).toBeCloseTo(0.4342, 4);
    // 316 kWh / (672 h x 0.300 kW x PUE 1.59 x host 1.25) = 0.7887
    expect(impliedPowerFraction(byId('pat21-t1-transformer-big-p100-usavg'), 0.25)).toBeCloseTo(0.7887, 4);
    // Strubell's Transformer-big: a Titan X's draw (P40 stand-in, 250 W) x PUE 1.58 on 672 P100-hours:
    // 201 kWh / (672 h x 0.250 kW x 1.58) = 0.7572
    expect(byId('str19-transformer-big')).toMatchObject({ accelerator: 'P40', energyBasis: 'accelerator-with-pue' });
    expect(impliedPowerFraction(byId('str19-transformer-big'), 0.25)).toBeCloseTo(0.7572, 4);
    // Dodge ViT-L, GPU only: 93.3 kWh / (360 h x 0.300 kW) = 0.8639
    expect(impliedPowerFraction(byId('dodge22-vit-large'), 0.25)).toBeCloseTo(0.8639, 4);
  });

  it('ships the fit this data gives (rerun scripts/derive-calibration.ts when it changes)', () => {
    expect(FITTED_CALIBRATION).toEqual(fitCalibration(cases));
  });

  it("quotes the current out-of-sample figures in the README's accuracy paragraph", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
    const whole = (share: number) => `${Math.round(share * 100)}%`;
    expect(readme).toContain(
      `accelerator-hours from FLOPs within a median ${pct(hours.leaveOneOutMedianAbsError)} (${whole(hours.leaveOneOutCoverage)} inside the range)`,
    );
    expect(readme).toContain(
      `energy when hours are known within ${pct(energy.leaveOneOutMedianAbsError)} (${whole(energy.leaveOneOutCoverage)} inside)`,
    );
  });

  it('ships the docs/validation.md this code writes (rerun npm run validate when it changes)', () => {
    const committed = readFileSync(path.join(repoRoot, 'docs/validation.md'), 'utf8');
    expect(committed).toBe(renderValidation(result, FITTED_CALIBRATION, skipped));
  });
});
