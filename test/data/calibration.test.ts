import { describe, expect, it } from 'vitest';
import { getAccelerator } from '../../src/data/accelerators.js';
import {
  smallModelShare,
  trainingPowerFraction,
  trainingUtilization,
  type CalibrationFit,
} from '../../src/data/calibration.js';
import { FITTED_CALIBRATION } from '../../src/data/calibration.generated.js';
import { POWER_FRACTION_OF_TDP, UTILIZATION } from '../../src/data/defaults.js';

const fit: CalibrationFit = {
  dataset: 'synthetic',
  utilization: {
    byGeneration: {
      hopper: { value: 0.2, sizeExponent: 0.5, referenceParams: 1e10, paramsRange: { min: 1e9, max: 1e11 }, rows: 3 },
    },
    band: { low: 0.5, high: 2 },
    bounds: { min: 0.02, max: 0.6 },
  },
  power: {
    byGeneration: { volta: { value: 0.9, rows: 3 } },
    byKind: { gpu: 0.8 },
    smallModel: { minShare: 0.34, fromParams: 1e7, toParams: 3e8 },
    band: { low: 0.6, high: 1.2 },
    hostOverheadFraction: 0.25,
  },
  rows: { hours: 3, energy: 3, energyFromFlops: 0 },
};

describe('calibrated utilization', () => {
  const h100 = getAccelerator('H100');

  it('applies the generation value and band at the reference size', () => {
    expect(trainingUtilization(h100, 1e10, fit).entry).toMatchObject({ value: 0.2, low: 0.1, high: 0.4 }); // 0.2 x 0.5, 0.2 x 2
  });

  it('follows the size trend only inside the fitted span, and stays within bounds', () => {
    // 1e8 is below the fitted 1e9: 0.2 x (1e9 / 1e10)^0.5 = 0.0632
    expect(trainingUtilization(h100, 1e8, fit).entry.value).toBe(0.063);
    // 1e12 is above 1e11: 0.2 x 10^0.5 = 0.632, capped at 0.6
    expect(trainingUtilization(h100, 1e12, fit).entry.value).toBe(0.6);
  });

  it('falls back to the literature default for a generation without data', () => {
    const tpu = trainingUtilization(getAccelerator('TPU v6e'), 1e9, fit);
    expect(tpu.entry).toBe(UTILIZATION.tpu);
    expect(tpu.name).toMatch(/no calibration data/);
  });
});

describe('calibrated power fraction', () => {
  it('ramps up with model size on a log scale', () => {
    expect(smallModelShare(1e6, fit)).toBe(0.34);
    expect(smallModelShare(1e9, fit)).toBe(1);
    // log10(1e8) = 8: (8 - 7) / (8.4771 - 7) = 0.6770; 0.34 + 0.66 x 0.6770 = 0.7868
    expect(smallModelShare(1e8, fit)).toBeCloseTo(0.7868, 4);
  });

  it('uses the generation value, then the kind median, then the literature default', () => {
    expect(trainingPowerFraction(getAccelerator('V100'), 1e9, fit).entry).toMatchObject({
      value: 0.9,
      low: 0.54,
      high: 1.08,
    }); // 0.9 x 0.6, 0.9 x 1.2
    expect(trainingPowerFraction(getAccelerator('A100'), 1e9, fit).entry.value).toBe(0.8); // no ampere row: GPU median
    expect(trainingPowerFraction(getAccelerator('V100'), 1e6, fit).entry.value).toBe(0.306); // 0.9 x 0.34
    expect(trainingPowerFraction(getAccelerator('TPU v4'), 1e9, fit).entry).toBe(POWER_FRACTION_OF_TDP);
  });

  it('names its source and the calibration in every entry', () => {
    expect(trainingPowerFraction(getAccelerator('V100'), 1e6, fit).entry.source).toMatch(/small-model ramp/);
    expect(trainingUtilization(getAccelerator('H100'), 1e10).entry.source).toMatch(/published_runs\.csv/);
  });
});

describe('the shipped fit', () => {
  it('is plausible: MFU and power fractions within physical limits, bands around 1', () => {
    for (const [generation, g] of Object.entries(FITTED_CALIBRATION.utilization.byGeneration)) {
      expect(g.value, generation).toBeGreaterThan(0.05);
      expect(g.value, generation).toBeLessThan(0.7);
    }
    for (const [generation, g] of Object.entries(FITTED_CALIBRATION.power.byGeneration)) {
      expect(g.value, generation).toBeGreaterThan(0.3);
      expect(g.value, generation).toBeLessThan(1.1);
    }
    for (const band of [FITTED_CALIBRATION.utilization.band, FITTED_CALIBRATION.power.band]) {
      expect(band.low).toBeLessThan(1);
      expect(band.high).toBeGreaterThan(1);
    }
  });
});
