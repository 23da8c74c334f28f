import { describe, expect, it } from 'vitest';
import { ACCELERATORS, getAccelerator } from '../../src/data/accelerators.js';
import {
  generationLevel,
  smallModelShare,
  trainingPowerFraction,
  trainingUtilization,
  type CalibrationFit,
} from '../../src/data/calibration.js';
import { STEADY_STATE_MFU } from '../../src/data/calibration-benchmarks.js';
import { FITTED_CALIBRATION } from '../../src/data/calibration.generated.js';
import { POWER_FRACTION_OF_TDP } from '../../src/data/defaults.js';

const fit: CalibrationFit = {
  dataset: 'synthetic',
  utilization: {
    referenceParams: 1e10,
    sizeExponent: 0.5,
    paramsRange: { min: 1e9, max: 1e11 },
    wholeRun: { hopper: { value: 0.2, families: ['a', 'b', 'c'], rows: 3 } },
    fewFamilies: {
      'tpu-v2': { value: 0.5, families: ['a'], rows: 1 },
      ampere: { value: 0.9, families: ['a'], rows: 1 },
    },
    minFamilies: 3,
    realization: { value: 0.5, byGeneration: { hopper: 0.48 } },
    moeFactor: { value: 0.8, rows: 3 },
    band: { low: 0.5, high: 2 },
    unbenchmarkedBand: { low: 0.25, high: 2 },
    bounds: { min: 0.02, max: 0.6 },
  },
  power: {
    byGeneration: { volta: { value: 0.9, rows: 3 } },
    byKind: { gpu: 0.8 },
    smallModel: { minShare: 0.34, fromParams: 1e7, toParams: 3e8 },
    band: { low: 0.6, high: 1.2 },
    hostOverheadFraction: 0.25,
  },
  rows: { hours: 3, hoursFamilies: 3, energy: 3 },
};

describe('one hardware model for every generation', () => {
  const h100 = getAccelerator('H100');

  it('applies the whole-run level and the hours band at the reference size', () => {
    // hours band 0.5-2 on hours: MFU 0.2 / 2 = 0.1 to 0.2 / 0.5 = 0.4
    expect(trainingUtilization(h100, 1e10, {}, fit).entry).toMatchObject({ value: 0.2, low: 0.1, high: 0.4 });
  });

  it('follows the size trend only inside the fitted span, stays within bounds, and scales mixture-of-experts runs', () => {
    // 1e8 is below the fitted 1e9: 0.2 x (1e9 / 1e10)^0.5 = 0.0632
    expect(trainingUtilization(h100, 1e8, {}, fit).entry.value).toBe(0.063);
    // 1e12 is above 1e11: 0.2 x 10^0.5 = 0.632, capped at 0.6
    expect(trainingUtilization(h100, 1e12, {}, fit).entry.value).toBe(0.6);
    expect(trainingUtilization(h100, 1e10, { mixtureOfExperts: true }, fit).entry.value).toBe(0.16); // 0.2 x 0.8
  });

  it('uses the steady-state benchmark x realization where a generation has too few families of whole runs', () => {
    // ampere has a benchmark, so its single-family whole-run level is not used: 0.54 x 0.5
    const ampere = generationLevel(getAccelerator('A100'), fit);
    expect(ampere).toMatchObject({ basis: 'benchmark x realization', value: 0.27 });
  });

  it('takes a relative benchmark against the reference generation whole-run level', () => {
    // Blackwell is 0.932 x Hopper by the same NVIDIA stack: 0.2 x 0.932
    expect(generationLevel(getAccelerator('B200'), fit)).toMatchObject({ basis: 'relative benchmark', value: 0.186 });
  });

  it('uses a few-family whole-run level only where no benchmark exists, else the kind median x realization', () => {
    expect(generationLevel(getAccelerator('TPU v2'), fit)).toMatchObject({ basis: 'few families', value: 0.5 });
    const ada = generationLevel(getAccelerator('L40S'), fit);
    expect(ada.basis).toBe('borrowed');
    expect(ada.source).toMatch(/no public steady-state benchmark for ada/);
  });

  it('gives a generation without its own benchmark the wider band of every held-out run', () => {
    // TPU v2 rests on one family's runs: MFU 0.5 x (1e9 / 1e10)^0.5 = 0.158, band 0.25-2 on hours: 0.079 to 0.632
    expect(trainingUtilization(getAccelerator('TPU v2'), 1e9, {}, fit).entry).toMatchObject({
      value: 0.158,
      low: 0.079,
      high: 0.632,
    });
    // A100 at its benchmark x realization 0.27 x 0.3162 = 0.0854 takes the benchmarked band 0.5-2: 0.0427 to 0.171
    expect(trainingUtilization(getAccelerator('A100'), 1e9, {}, fit).entry).toMatchObject({
      value: 0.085,
      low: 0.043,
      high: 0.171,
    });
  });

  it('gives every accelerator in the table a sourced level (no unsourced fallback)', () => {
    for (const accelerator of ACCELERATORS) {
      const level = generationLevel(accelerator);
      expect(level.value, accelerator.id).toBeGreaterThan(0.05);
      expect(level.value, accelerator.id).toBeLessThan(0.8);
      expect(level.source, accelerator.id).toMatch(/fitted on|benchmark|MFU/);
    }
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
    expect(trainingPowerFraction(getAccelerator('V100'), 1e9, {}, fit).entry).toMatchObject({
      value: 0.9,
      low: 0.54,
      high: 1.08,
    }); // 0.9 x 0.6, 0.9 x 1.2
    expect(trainingPowerFraction(getAccelerator('A100'), 1e9, {}, fit).entry.value).toBe(0.8); // no ampere row: GPU median
    expect(trainingPowerFraction(getAccelerator('V100'), 1e6, {}, fit).entry.value).toBe(0.306); // 0.9 x 0.34
    expect(trainingPowerFraction(getAccelerator('TPU v4'), 1e9, {}, fit).entry).toBe(POWER_FRACTION_OF_TDP);
  });

  it('keeps the large-model draw when FLOPs or hours are given, the ramp only lowering the range', () => {
    // 1e6 parameters: 0.9 central, low 0.9 x 0.34 x 0.6 = 0.184
    expect(trainingPowerFraction(getAccelerator('V100'), 1e6, { rampAsLowEndOnly: true }, fit).entry).toMatchObject({
      value: 0.9,
      low: 0.184,
    });
  });

  it('names its source and the calibration in every entry', () => {
    expect(trainingPowerFraction(getAccelerator('V100'), 1e6, {}, fit).entry.source).toMatch(/small-model ramp/);
    expect(trainingUtilization(getAccelerator('H100'), 1e10).entry.source).toMatch(/published_hours\.csv/);
  });
});

describe('the shipped fit', () => {
  it('is plausible: MFU and power fractions within physical limits, bands around 1', () => {
    const levels = { ...FITTED_CALIBRATION.utilization.wholeRun, ...FITTED_CALIBRATION.utilization.fewFamilies };
    for (const [generation, g] of Object.entries(levels)) {
      expect(g.value, generation).toBeGreaterThan(0.05);
      expect(g.value, generation).toBeLessThan(0.8);
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

  it('realizes less over a whole run than in steady state', () => {
    expect(FITTED_CALIBRATION.utilization.realization.value).toBeLessThan(1);
    for (const [generation, level] of Object.entries(FITTED_CALIBRATION.utilization.wholeRun))
      expect(level.value, generation).toBeLessThan(STEADY_STATE_MFU[generation]!.value);
  });
});
