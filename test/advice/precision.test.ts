import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/estimate/estimate.js';
import { adviceFor, runFrom, trainingKgPerHour } from './helpers.js';

const A100_800W_KG_PER_HOUR = trainingKgPerHour('A100-SXM4-40GB', 800);

describe('mixed precision instead of fp32', () => {
  it('cuts a given-hours A100 run by the 3x AMP cap, not the 16x peak ratio', () => {
    // 4 x 10 h = 40 A100-hours at 1.0163 kg/h; after: 40 / min(312/19.5 = 16, 3) = 13.333 h.
    const run = runFrom(`model: { parameters: 110M }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 4, hours: 10, power_watts: 800 }
pue: 1
carbon_intensity: 1000`);
    const advice = adviceFor(run, 'mixed-precision')!;
    expect(advice.title).toContain('bf16');
    expect(advice.savingCo2eKg).toBeCloseTo((40 - 40 / 3) * A100_800W_KG_PER_HOUR, 6); // 27.1028
    expect(advice.savingPercent).toBeCloseTo(200 / 3, 6);
  });

  it('re-derives FLOPs-based hours at bf16 and lands on the capped speed-up', () => {
    // 6 x 1B x 1B = 6e18 FLOPs / (19.5e12 x 0.5) = 615,384.6 s = 170.94 h at fp32; 3x faster -> 56.98 h.
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1, utilization: 0.5, power_watts: 800 }
pue: 1
carbon_intensity: 1000`);
    const before = estimateRun(run);
    expect(before.acceleratorHours.value).toBeCloseTo(170.94, 2);
    const advice = adviceFor(run, 'mixed-precision')!;
    expect(advice.trainingSavingCo2eKg).toBeCloseTo(((170.94 * 2) / 3) * A100_800W_KG_PER_HOUR, 1);
  });

  it('uses the +60% TPU figure on TPUs', () => {
    // TPU v4 fp32 peak is a quarter of bf16 (4x), capped at 1.6: saving 1 - 1/1.6 = 37.5%.
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: TPU-v4, count: 4, hours: 10 }
pue: 1
carbon_intensity: 1000`);
    expect(adviceFor(run, 'mixed-precision')!.savingPercent).toBeCloseTo(37.5, 6);
  });

  it('does not appear for bf16 runs, runs without a stated precision, or CPUs without faster half precision', () => {
    const bf16 = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: bf16 }
hardware: { accelerator: A100, count: 1, hours: 10 }`);
    const unstated = runFrom(`model: { parameters: 1B }
training: { tokens: 1B }
hardware: { accelerator: A100, count: 1, hours: 10 }`);
    const cpu = runFrom(`model: { parameters: 10M }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: cpu, count: 1, hours: 10 }`);
    for (const run of [bf16, unstated, cpu]) expect(adviceFor(run, 'mixed-precision')).toBeUndefined();
  });
});

describe('fp8 training instead of bf16', () => {
  it('counts the 1.25x end-to-end figure on H100, not the 2x peak', () => {
    // 8 x 10 h; saving 1 - 1/1.25 = 20% of training.
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 10B, precision: bf16 }
hardware: { accelerator: H100, count: 8, hours: 10 }
pue: 1
carbon_intensity: 1000`);
    const advice = adviceFor(run, 'fp8-training')!;
    expect(advice.savingPercent).toBeCloseTo(20, 6);
    // H100 fp8 1,979 / bf16 989.4 TFLOP/s = 2x peak; the 1.25x is the measured speed-up, not a peak ratio.
    expect(advice.detail).toBe(
      'H100-SXM5-80GB peaks 2× higher at fp8, but measured fp8 training runs 1.25× faster than bf16; counted as 1.25× faster end to end.',
    );
  });

  it('does not appear on an accelerator without fp8 (A100)', () => {
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 10B, precision: bf16 }
hardware: { accelerator: A100, count: 8, hours: 10 }`);
    expect(adviceFor(run, 'fp8-training')).toBeUndefined();
  });

  it('does not appear for QLoRA or LoRA, nor for models under a billion parameters, even on fp8 cards', () => {
    const onH100 = (parameters: string, method: string) =>
      runFrom(`model: { parameters: ${parameters} }
training: { tokens: 1B, precision: bf16, method: ${method} }
hardware: { accelerator: H100, count: 1, hours: 10 }`);
    expect(adviceFor(onH100('7B', 'qlora'), 'fp8-training')).toBeUndefined();
    expect(adviceFor(onH100('7B', 'lora'), 'fp8-training')).toBeUndefined();
    expect(adviceFor(onH100('350M', 'full'), 'fp8-training')).toBeUndefined();
    expect(adviceFor(onH100('7B', 'full'), 'fp8-training')).toBeDefined();
  });
});
