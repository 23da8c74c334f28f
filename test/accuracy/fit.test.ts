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

  it('takes the median MFU per generation and no size trend when sizes do not vary', () => {
    expect(fit.utilization.byGeneration.ampere).toMatchObject({ value: 0.45, sizeExponent: 0, rows: 3 });
  });

  it('spans the 5th-95th percentile of residuals with the band', () => {
    // residuals 0.4/0.45 = 0.8889, 1, 0.5/0.45 = 1.1111; 5th percentile 0.8889 + 0.1 x 0.1111 = 0.9, 95th 1 + 0.9 x 0.1111 = 1.1
    expect(fit.utilization.band.low).toBeGreaterThanOrEqual(0.89);
    expect(fit.utilization.band.low).toBeLessThanOrEqual(0.9);
    expect(fit.utilization.band.high).toBeGreaterThanOrEqual(1.1);
    expect(fit.utilization.band.high).toBeLessThanOrEqual(1.11);
  });

  it('takes the median power fraction per generation and a kind fallback', () => {
    expect(fit.power.byGeneration.volta).toMatchObject({ value: 0.85, rows: 3 });
    expect(fit.power.byKind.gpu).toBe(0.85);
    expect(fit.rows).toEqual({ hours: 3, energy: 3, energyFromFlops: 0 });
  });

  it('keeps runs marked notFitted out of the fit', () => {
    const withOutlier = fitCalibration([
      hoursCase('a', 0.4),
      hoursCase('b', 0.5),
      { ...hoursCase('c', 0.05), notFitted: 'miscounted FLOPs' },
    ]);
    expect(withOutlier.utilization.byGeneration.ampere).toMatchObject({ value: 0.447, rows: 2 }); // exp(mean(ln 0.4, ln 0.5)) = 0.4472
  });
});

describe('the shared size trend', () => {
  // Two generations whose MFU grows as N^0.2 from different levels: A100 0.3 and H100 0.15 at 1 B parameters.
  // H100 bf16 dense peak 989.4 TFLOP/s: 1,000 h at MFU m needs m x 3.56184e21 FLOPs.
  const sized = (
    id: string,
    accelerator: string,
    params: number,
    level: number,
    flopsPerUnitMfu: number,
  ): CalibrationCase => ({
    ...hoursCase(id, 0),
    accelerator,
    parameters: params,
    flops: level * (params / 1e9) ** 0.2 * flopsPerUnitMfu,
  });
  const cases = [1e8, 1e9, 1e10].flatMap((params) => [
    sized(`a${params}`, 'A100-SXM4-80GB', params, 0.3, 1.1232e21),
    sized(`h${params}`, 'H100-SXM5-80GB', params, 0.15, 3.56184e21),
  ]);
  const fit = fitCalibration(cases);

  it("recovers one exponent and each generation's level at its typical size", () => {
    expect(fit.utilization.byGeneration.ampere).toMatchObject({ sizeExponent: 0.2, referenceParams: 1e9, value: 0.3 });
    expect(fit.utilization.byGeneration.hopper).toMatchObject({ sizeExponent: 0.2, referenceParams: 1e9, value: 0.15 });
    expect(fit.utilization.byGeneration.hopper!.paramsRange).toEqual({ min: 1e8, max: 1e10 });
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
