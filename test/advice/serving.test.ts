import { describe, expect, it } from 'vitest';
import { SERVING_IDLE_SHARE_OF_TDP } from '../../src/data/defaults.js';
import {
  A100_800W_KG_PER_HOUR,
  adviceFor,
  embodiedPerHour,
  runFrom,
  servingKgPerHour,
  trainingKgPerHour,
} from './helpers.js';

// A busy T4 serving hour at PUE 1 and 1000 g/kWh: 70 W TDP x (0.8 busy - 0.15 idle) x 1.25 host = 56.9 Wh -> 0.0569 kg
// (the idle share and embodied carbon follow the provisioned hours, which do not change while one T4 suffices).
const T4_SERVING_KG_PER_HOUR = servingKgPerHour('T4');

// A 100M-parameter model trained for 10 A100-hours and served on T4s in fp32 at 50% of peak, 1B tokens a day.
// Serving FLOPs per day: 2 x 1e8 x 1e9 = 2e17; / (8.1e12 x 0.5) = 49,382.7 s = 13.7174 T4-hours a day.
const FP32_T4_HOURS_PER_DAY = 2e17 / (8.1e12 * 0.5) / 3600;

function servedRun(days: number, servingAccelerator = 'T4', precision = 'fp32', parameters = '100M') {
  return runFrom(`model: { parameters: ${parameters} }
training: { tokens: 1B, precision: bf16 }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
pue: 1
carbon_intensity: 1000
inference: { tokens_per_day: 1B, days: ${days}, accelerator: ${servingAccelerator}, precision: ${precision}, utilization: 0.5 }`);
}

// GPTQ-style quantisation job: 4 A100-hours x 1e8 / 175e9 = 0.0022857 h at 400 W x 0.8 = 320 W -> x 1.25 = 0.4 kWh/h.
const QUANTISATION_KG = ((4 * 1e8) / 175e9) * trainingKgPerHour('A100-SXM4-80GB', 320);

describe('int8 serving', () => {
  it('serves min(130/8.1 peak ratio, 2 / (1/3)) = 6x faster than fp32 on a T4', () => {
    const advice = adviceFor(servedRun(100), 'int8-serving')!;
    const perDay = (FP32_T4_HOURS_PER_DAY - FP32_T4_HOURS_PER_DAY / 6) * T4_SERVING_KG_PER_HOUR; // 0.74694 kg
    expect(advice.servingSavingCo2eKg).toBeCloseTo(perDay * 100, 6);
    expect(advice.trainingSavingCo2eKg).toBeCloseTo(0, 9);
    expect(advice.oneTimeCo2eKg).toBeCloseTo(QUANTISATION_KG, 9);
    expect(advice.savingCo2eKg).toBeCloseTo(perDay * 100 - QUANTISATION_KG, 6);
    expect(advice.paybackDays).toBeCloseTo(QUANTISATION_KG / perDay, 9);
  });

  it('does not appear without serving, when already int8, or on a serving card without int8 units (V100)', () => {
    const unserved = runFrom(`model: { parameters: 100M }
hardware: { accelerator: A100, count: 1, hours: 10 }`);
    expect(adviceFor(unserved, 'int8-serving')).toBeUndefined();
    expect(adviceFor(servedRun(100, 'T4', 'int8'), 'int8-serving')).toBeUndefined();
    expect(adviceFor(servedRun(100, 'V100'), 'int8-serving')).toBeUndefined();
  });
});

describe('4-bit weight serving', () => {
  it('serves a 1B model 3.25 x 3 = 9.75x faster than fp32 (GPTQ over fp16, fp16 over fp32)', () => {
    const run = servedRun(100, 'T4', 'fp32', '1B');
    const advice = adviceFor(run, 'int4-weight-serving')!;
    // 10x the parameters of the 100M model: 137.174 busy T4-hours a day in fp32, more than one T4 can give: 11,574
    // tokens/s over 8.1e12 x 0.5 / 2e9 = 2,025 tokens/s per T4 needs 6 replicas (144 provisioned hours a day).
    // In 4 bits one T4 serves 65,000 tokens/s: one replica, busy 137.174 / 9.75 = 14.069 h of 24.
    const hoursPerDay = 10 * FP32_T4_HOURS_PER_DAY;
    const kgPerDay = (provisioned: number, busyHours: number) =>
      (provisioned * 70 * SERVING_IDLE_SHARE_OF_TDP.value * 1.25) / 1000 +
      busyHours * T4_SERVING_KG_PER_HOUR +
      provisioned * embodiedPerHour('T4');
    const perDay = kgPerDay(144, hoursPerDay) - kgPerDay(24, hoursPerDay / 9.75);
    expect(advice.servingSavingCo2eKg).toBeCloseTo(perDay * 100, 6);
  });

  it('does not appear on TPUs, at 8 bits already, or for models under 1B parameters', () => {
    expect(adviceFor(servedRun(100, 'TPU-v4', 'bf16', '1B'), 'int4-weight-serving')).toBeUndefined();
    expect(adviceFor(servedRun(100, 'T4', 'int8', '1B'), 'int4-weight-serving')).toBeUndefined();
    expect(adviceFor(servedRun(100), 'int4-weight-serving')).toBeUndefined();
  });
});

describe('distillation with break-even', () => {
  // Serving: 13.7174 h/day x 0.4 fewer FLOPs. One-time: (6 x 0.6 + 2) / 6 = 0.9333 of the 10 A100-hours.
  const perDay = FP32_T4_HOURS_PER_DAY * 0.4 * T4_SERVING_KG_PER_HOUR; // 0.35853 kg
  const oneTime = 10 * ((6 * 0.6 + 2) / 6) * A100_800W_KG_PER_HOUR; // 9.48596 kg

  it('counts the distillation run once and repays it from serving', () => {
    const advice = adviceFor(servedRun(100), 'distillation')!;
    expect(advice.title).toContain('60M');
    expect(advice.oneTimeCo2eKg).toBeCloseTo(oneTime, 6);
    expect(advice.savingCo2eKg).toBeCloseTo(perDay * 100 - oneTime, 6);
    expect(advice.paybackDays).toBeCloseTo(oneTime / perDay, 6); // 26.46 days
  });

  it('reports a payback beyond a short serving period as a net loss', () => {
    const advice = adviceFor(servedRun(10), 'distillation')!;
    expect(advice.savingCo2eKg).toBeCloseTo(perDay * 10 - oneTime, 6); // -5.90 kg
    expect(advice.paybackDays).toBeGreaterThan(10);
  });

  it('keeps training FLOPs when hours are derived from them', () => {
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: bf16 }
hardware: { accelerator: A100, count: 1 }
inference: { tokens_per_day: 1B, days: 30 }`);
    expect(adviceFor(run, 'distillation')!.trainingSavingCo2eKg).toBeCloseTo(0, 9);
  });

  it('does not appear without serving or for models under 100M parameters', () => {
    const small = runFrom(`model: { parameters: 66M }
hardware: { accelerator: A100, count: 1, hours: 1 }
inference: { tokens_per_day: 1B, days: 30 }`);
    const unserved = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 1 }`);
    expect(adviceFor(small, 'distillation')).toBeUndefined();
    expect(adviceFor(unserved, 'distillation')).toBeUndefined();
  });
});

describe('2:4 structured sparsity', () => {
  it('halves serving on an A100 and counts one retraining pass', () => {
    // A100 fp32 serving: 2e17 / (19.5e12 x 0.5) = 20,512.8 s = 5.698 h/day; A100 serving hour: 400 W x 0.6 x 1.25 = 0.3 kWh.
    const advice = adviceFor(servedRun(100, 'A100'), 'structured-sparsity')!;
    const hoursPerDay = 2e17 / (19.5e12 * 0.5) / 3600;
    const perDay = (hoursPerDay / 2) * servingKgPerHour('A100');
    expect(advice.servingSavingCo2eKg).toBeCloseTo(perDay * 100, 6);
    expect(advice.oneTimeCo2eKg).toBeCloseTo(10 * A100_800W_KG_PER_HOUR, 6);
  });

  it('does not appear on a T4, which has no 2:4 sparse tensor cores', () => {
    expect(adviceFor(servedRun(100), 'structured-sparsity')).toBeUndefined();
  });
});

describe('low-rank factorisation', () => {
  it('serves 1.92x faster with no one-time cost', () => {
    const advice = adviceFor(servedRun(100), 'low-rank')!;
    expect(advice.savingCo2eKg).toBeCloseTo(
      (FP32_T4_HOURS_PER_DAY - FP32_T4_HOURS_PER_DAY / 1.92) * T4_SERVING_KG_PER_HOUR * 100,
      6,
    );
    expect(advice.paybackDays).toBeUndefined();
  });

  it('does not appear for a run that is not served', () => {
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 1 }`);
    expect(adviceFor(run, 'low-rank')).toBeUndefined();
  });
});
