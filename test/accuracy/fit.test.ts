import { describe, expect, it } from 'vitest';
import type { CalibrationCase } from '../../src/accuracy/cases.js';
import { leadingNumber } from '../../src/accuracy/csv.js';
import { parseCsvRecords } from '../../src/util/csv.js';
import { fitCalibration, median } from '../../src/accuracy/fit.js';

// A100 bf16 dense peak 312 TFLOP/s: 1,000 h at MFU m needs m x 1,000 x 3,600 x 312e12 = m x 1.1232e21 FLOPs.
const hoursCase = (id: string, mfu: number): CalibrationCase => ({
  id,
  model: id,
  source: 'synthetic',
  accelerator: 'A100-SXM4-80GB',
  count: 8,
  precision: 'bf16',
  parameters: 7e9,
  flops: mfu * 1.1232e21,
  flopsOrigin: 'stated',
  publishedAcceleratorHours: 1000,
  usedForHours: true,
  usedForEnergy: false,
  usedForEnergyFromFlops: false,
  family: id,
  tier: 'A',
  mixtureOfExperts: false,
});
// V100 300 W, accelerator-only energy: 1,000 h at fraction f draws 300 x f kWh.
const energyCase = (id: string, fraction: number): CalibrationCase => ({
  id,
  model: id,
  source: 'synthetic',
  accelerator: 'V100-SXM2-32GB',
  count: 1,
  precision: 'fp16',
  parameters: 1e9,
  publishedAcceleratorHours: 1000,
  publishedEnergyKwh: 300 * fraction,
  energyBasis: 'accelerator',
  usedForHours: false,
  usedForEnergy: true,
  usedForEnergyFromFlops: false,
  family: id,
  tier: 'A',
  mixtureOfExperts: false,
});

describe('fitCalibration', () => {
  const fit = fitCalibration([
    hoursCase('a', 0.4),
    hoursCase('b', 0.5),
    hoursCase('c', 0.45),
    energyCase('x', 0.8),
    energyCase('y', 0.9),
    energyCase('z', 0.85),
  ]);

  it('keeps the own level of a generation with fewer than 6 families aside, and finds no size trend', () => {
    // three families of one run each: median of 0.4, 0.45, 0.5; too few families to replace the benchmark level
    expect(fit.utilization.wholeRun.ampere).toBeUndefined();
    expect(fit.utilization.fewFamilies.ampere).toMatchObject({ value: 0.45, rows: 3 });
    expect(fit.utilization.sizeExponent).toBe(0);
  });

  it('fits one realization across generations by family-weighted least squares on log MFU', () => {
    // (0.4 x 0.45 x 0.5)^(1/3) = 0.4481 over the A100 benchmark level 0.54 = 0.830
    expect(fit.utilization.realization.value).toBe(0.83);
    // family a runs three sizes-alike rows at 0.27, b and c one each at 0.54: each family counts once,
    // (0.27 x 0.54 x 0.54)^(1/3) / 0.54 = 0.794 (rows counted alike would give 0.659)
    const weighted = fitCalibration([
      { ...hoursCase('a1', 0.27), family: 'a' },
      { ...hoursCase('a2', 0.27), family: 'a' },
      { ...hoursCase('a3', 0.27), family: 'a' },
      hoursCase('b', 0.54),
      hoursCase('c', 0.54),
    ]);
    expect(weighted.utilization.realization.value).toBe(0.794);
  });

  it('fits the mixture-of-experts factor as the median over MoE families, with at least three of them', () => {
    const dense = [hoursCase('a', 0.4), hoursCase('b', 0.5), hoursCase('c', 0.45)];
    const moe = (id: string, family: string, mfu: number) => ({
      ...hoursCase(id, mfu),
      family,
      mixtureOfExperts: true,
    });
    // dense level 0.54 x 0.83 = 0.448; family m runs three slow rows (0.1 / 0.448 = 0.22), n and o one each at
    // 0.36 / 0.448 = 0.80: the median over families is 0.80 (over rows it would be 0.22, set by one series)
    const threeFamilies = fitCalibration([
      ...dense,
      moe('m1', 'm', 0.1),
      moe('m2', 'm', 0.1),
      moe('m3', 'm', 0.1),
      moe('n1', 'n', 0.36),
      moe('o1', 'o', 0.36),
    ]);
    expect(threeFamilies.utilization.moeFactor).toEqual({ value: 0.8, rows: 5 });
    // two families are too few: MoE runs are costed as dense ones
    const twoFamilies = fitCalibration([...dense, moe('m1', 'm', 0.1), moe('n1', 'n', 0.36)]);
    expect(twoFamilies.utilization.moeFactor.value).toBe(1);
  });

  it('fits the realization factor as whole-run over steady-state level', () => {
    // 0.45 / 0.54 (A100 steady-state benchmark level) = 0.833
    expect(fit.utilization.realization.byGeneration.ampere).toBe(0.833);
  });

  it('sets the hours band from leave-one-family-out residuals', () => {
    // holding out 0.4 predicts median(0.45, 0.5) = 0.475: hours ratio 0.475/0.4 = 1.1875; holding out 0.5: 0.425/0.5
    // = 0.85; holding out 0.45: 0.45/0.45 = 1. 5th percentile 0.85 + 0.1 x 0.15 = 0.865, 95th 1 + 0.9 x 0.1875 = 1.169
    expect(fit.utilization.band.low).toBe(0.86);
    expect(fit.utilization.band.high).toBe(1.17);
    // every run is on a benchmarked generation (A100), so the band for unbenchmarked ones is the same
    expect(fit.utilization.unbenchmarkedBand).toEqual({ low: 0.86, high: 1.17 });
  });

  it('takes the median power fraction per generation and a kind fallback', () => {
    expect(fit.power.byGeneration.volta).toMatchObject({ value: 0.85, rows: 3 });
    expect(fit.power.byKind.gpu).toBe(0.85);
    expect(fit.rows).toEqual({ hours: 3, hoursFamilies: 3, energy: 3 });
  });

  it('keeps runs marked notFitted out of the fit', () => {
    const withOutlier = fitCalibration([
      hoursCase('a', 0.4),
      hoursCase('b', 0.5),
      { ...hoursCase('c', 0.05), notFitted: 'miscounted FLOPs' },
    ]);
    // two families left: too few for a whole-run level, so ampere is kept among the few-family levels
    expect(withOutlier.utilization.fewFamilies.ampere).toMatchObject({ value: 0.447, rows: 2 }); // exp(mean(ln 0.4, ln 0.5))
  });
});

describe('the small-model power ramp', () => {
  // One family on V100 drawing 0.8 of TDP at 100 M and 1 B parameters, 0.28 (= 0.35 x 0.8) at 10 M and 0.54 at 31.6 M
  // (10^7.5, halfway in log(parameters)): 0.8 x (0.35 + 0.65 x 0.5) = 0.54. A second family at 1 B sets no ratio.
  const sized = (family: string, params: number, fraction: number): CalibrationCase => ({
    ...energyCase(`${family}${params}`, fraction),
    family,
    parameters: params,
  });
  const fit = fitCalibration([
    sized('d', 1e7, 0.28),
    sized('d', 10 ** 7.5, 0.54),
    sized('d', 1e8, 0.8),
    sized('d', 1e9, 0.8),
    sized('e', 1e9, 0.9),
  ]);

  it('takes its depth and its top from within-family ratios', () => {
    expect(fit.power.smallModel).toEqual({ minShare: 0.35, fromParams: 1e7, toParams: 1e8 });
  });

  it('sets the large-model draw from the ratios the ramp takes out, weighted by family', () => {
    // family d: every run / its ramp share = 0.8; family e: 0.9; median of the two family levels = 0.85
    expect(fit.power.byGeneration.volta).toMatchObject({ value: 0.85, rows: 5 });
  });
});

describe('the shared size trend', () => {
  // Two families per generation whose MFU grows as N^0.2: A100 0.3 and H100 0.15 at 10 B parameters.
  // H100 bf16 dense peak 989.4 TFLOP/s: 1,000 h at MFU m needs m x 3.56184e21 FLOPs.
  const sized = (
    family: string,
    accelerator: string,
    params: number,
    level: number,
    flopsPerUnitMfu: number,
  ): CalibrationCase => ({
    ...hoursCase(`${family}${params}`, 0),
    family,
    accelerator,
    parameters: params,
    flops: level * (params / 1e10) ** 0.2 * flopsPerUnitMfu,
  });
  const cases = [1e8, 1e9, 1e10].flatMap((params) => [
    sized('a', 'A100-SXM4-80GB', params, 0.3, 1.1232e21),
    sized('h', 'H100-SXM5-80GB', params, 0.15, 3.56184e21),
  ]);
  const fit = fitCalibration(cases);

  it("recovers one exponent within families and each generation's level at the reference size", () => {
    expect(fit.utilization.sizeExponent).toBe(0.2);
    expect(fit.utilization.fewFamilies.ampere).toMatchObject({ value: 0.3 });
    expect(fit.utilization.fewFamilies.hopper).toMatchObject({ value: 0.15 });
    expect(fit.utilization.paramsRange).toEqual({ min: 1e8, max: 1e10 });
  });
});

describe('csv helpers', () => {
  it('reads quoted fields, doubled quotes and CRLF', () => {
    const records = parseCsvRecords('id,notes,n\r\na,"x, ""y""",1\r\nb,,2\r\n');
    expect(records).toEqual([
      { id: 'a', notes: 'x, "y"', n: '1' },
      { id: 'b', notes: '', n: '2' },
    ]);
  });

  it('takes the leading number of annotated cells', () => {
    expect(leadingNumber('15000 (~15T)')).toBe(15000);
    expect(leadingNumber('~150 (approximately 5 months)')).toBe(150);
    expect(leadingNumber('2e-05')).toBe(2e-5);
    expect(leadingNumber('see notes')).toBeUndefined();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
