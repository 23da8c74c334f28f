import { describe, expect, it } from 'vitest';
import { adviseRun, combineAdvice } from '../../src/advice/advise.js';
import { topCompatible } from '../../src/estimate/advice-result.js';
import { mixedPrecision } from '../../src/advice/techniques/precision.js';
import { earlyStoppingSweep } from '../../src/advice/techniques/repeats.js';
import { lora } from '../../src/advice/techniques/training-recipe.js';
import type { Advice } from '../../src/estimate/advice-result.js';
import { A100_800W_KG_PER_HOUR, runFrom } from './helpers.js';

const sweep = runFrom(`model: { parameters: 110M }
training: { tokens: 1B, precision: fp32, method: full }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
repeats: 8
pue: 1
carbon_intensity: 1000`);

describe('ranking and combining', () => {
  const techniques = [lora, mixedPrecision, earlyStoppingSweep];
  const advice = adviseRun(sweep, { techniques });

  it('ranks by saving: mixed precision (2/3), early stopping (1/2), LoRA (1/3)', () => {
    expect(advice.map((item) => item.id)).toEqual(['mixed-precision', 'early-stopping-sweep', 'lora']);
  });

  it('applies the top advice together rather than adding the rows', () => {
    // 80 A100-hours -> 10/3 h x 4/6 (LoRA) per repeat x 4 repeats = 8.889 h.
    const combined = combineAdvice(sweep, topCompatible(advice), { techniques })!;
    expect(combined.ids).toEqual(['mixed-precision', 'early-stopping-sweep', 'lora']);
    expect(combined.beforeCo2eKg).toBeCloseTo(80 * A100_800W_KG_PER_HOUR, 6);
    expect(combined.afterCo2eKg).toBeCloseTo((80 / 9) * A100_800W_KG_PER_HOUR, 6);
    expect(combined.savingPercent).toBeCloseTo(800 / 9, 6); // 1 - 1/9
    const summed = advice.reduce((total, item) => total + item.savingCo2eKg, 0);
    expect(summed).toBeGreaterThan(combined.beforeCo2eKg); // the naive sum would exceed the whole run
  });

  it('takes one piece of advice per group and skips non-savings', () => {
    const item = (id: string, group: string, savingCo2eKg: number) => ({ id, group, savingCo2eKg }) as Advice;
    const chosen = topCompatible([
      item('int4', 'serving-precision', 9),
      item('int8', 'serving-precision', 8),
      item('region', 'location', 5),
      item('x', 'other', -1),
    ]);
    expect(chosen.map((advice) => advice.id)).toEqual(['int4', 'region']);
  });

  it('treats a technique that throws as not applying', () => {
    const broken = {
      id: 'broken',
      group: 'broken',
      propose: () => {
        throw new Error('boom');
      },
    };
    expect(adviseRun(sweep, { techniques: [broken, lora] }).map((item) => item.id)).toEqual(['lora']);
  });
});
