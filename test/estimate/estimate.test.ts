import { describe, expect, it } from 'vitest';
import { getAccelerator } from '../../src/data/accelerators.js';
import { trainingUtilization } from '../../src/data/calibration.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Run } from '../../src/manifest/types.js';

function runFrom(yaml: string): Run {
  const { manifest, problems } = parseManifest(
    `version: 1\nruns:\n  - id: r\n${yaml.replace(/^/gm, '    ')}\n`,
    't.yml',
  );
  expect(problems).toEqual([]);
  return manifest!.runs[0]!;
}

describe('training with hours, power, PUE and intensity given', () => {
  // 8 x A100-SXM4-80GB for 10 h at 300 W, PUE 1.2, 400 g/kWh.
  const estimate = estimateRun(
    runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100-SXM4-80GB, count: 8, hours: 10, power_watts: 300 }
pue: 1.2
carbon_intensity: 400`),
  );

  it('follows the chain by hand', () => {
    expect(estimate.acceleratorHours).toEqual({ value: 80, low: 80, high: 80 }); // 8 x 10
    expect(estimate.breakdown.acceleratorKwh.value).toBeCloseTo(24, 9); // 80 h x 300 W
    expect(estimate.breakdown.hostKwh.value).toBeCloseTo(6, 9); // 24 x 0.25 host overhead
    expect(estimate.energyKwh.value).toBeCloseTo(36, 9); // (24 + 6) x 1.2
    expect(estimate.breakdown.facilityOverheadKwh.value).toBeCloseTo(6, 9); // 36 - 30
    expect(estimate.breakdown.operationalCo2eKg.value).toBeCloseTo(14.4, 9); // 36 kWh x 0.4 kg/kWh
    expect(estimate.breakdown.embodiedCo2eKg.value).toBeCloseTo(1.72603, 4); // 80 h x (456 + 300 kg) / (4 x 8760 h)
    expect(estimate.co2eKg.value).toBeCloseTo(16.12603, 4); // 14.4 + 1.72603
  });

  it('leaves only the host overhead uncertain in energy', () => {
    // IT factor 1.25 (1.1 - 1.4): 36 x 1.1/1.25 = 31.68, 36 x 1.4/1.25 = 40.32
    expect(estimate.energyKwh.low).toBeCloseTo(31.68, 6);
    expect(estimate.energyKwh.high).toBeCloseTo(40.32, 6);
  });

  it('lists manifest values and defaults with their origin', () => {
    const pue = estimate.assumptions.find((use) => use.name === 'PUE');
    expect(pue).toMatchObject({ origin: 'manifest', value: 1.2 });
    const host = estimate.assumptions.find((use) => use.name.startsWith('host overhead'));
    expect(host).toMatchObject({ origin: 'default', value: 0.25, low: 0.1, high: 0.4 });
    expect(host!.source.length).toBeGreaterThan(10);
  });
});

describe('accelerator-hours from FLOPs', () => {
  // 6 x 1e9 x 10e9 = 6e19 FLOPs; H100 bf16 dense 989.4 TFLOP/s x the MFU calibrated for Hopper (src/data/calibration.ts).
  const hopper = trainingUtilization(getAccelerator('H100'), 1e9).entry;
  const hoursAt = (mfu: number) => 6e19 / (989.4e12 * mfu) / 3600; // 0.187 -> 90.08 h
  const run = runFrom(`model: { parameters: 1B }
training: { tokens: 10B, precision: bf16 }
hardware: { accelerator: H100, count: 8 }
location: gcp:us-central1`);
  const estimate = estimateRun(run);

  it('derives FLOPs and hours', () => {
    expect(estimate.flops).toBe(6e19);
    expect(estimate.acceleratorHours.value).toBeCloseTo(hoursAt(hopper.value), 6);
  });

  it('spreads hours by the calibrated utilization range', () => {
    expect(hopper.low).toBeLessThan(hopper.value);
    expect(estimate.acceleratorHours.high).toBeCloseTo(hoursAt(hopper.low), 6);
    expect(estimate.acceleratorHours.low).toBeCloseTo(hoursAt(hopper.high), 6);
  });

  it('uses the region intensity and provider PUE', () => {
    expect(estimate.carbonIntensityGPerKwh).toBeCloseTo(412.72, 2);
    expect(estimate.pue).toBe(1.1);
  });

  it('takes a utilization override exactly', () => {
    const fixed = estimateRun({ ...run, hardware: { ...run.hardware, utilization: 0.5 } });
    expect(fixed.acceleratorHours.value).toBeCloseTo(hoursAt(0.5), 6); // 33.69 h
    expect(fixed.acceleratorHours.low).toBe(fixed.acceleratorHours.value);
  });

  it('counts active parameters for mixture-of-experts', () => {
    const moe = estimateRun({ ...run, model: { parameters: 47e9, activeParameters: 13e9 } });
    expect(moe.flops).toBe(6 * 13e9 * 10e9);
  });

  it('takes tokens from samples x sequence_length x epochs', () => {
    const samples = estimateRun(
      runFrom(`model: { parameters: 1B }
training: { samples: 1M, sequence_length: 2048, epochs: 2 }
hardware: { accelerator: H100 }`),
    );
    expect(samples.flops).toBe(6 * 1e9 * 1e6 * 2048 * 2); // 4.096e9 tokens
  });

  it('uses flops when given, and accelerator_hours when given', () => {
    expect(
      estimateRun(runFrom('model: { parameters: 1B }\ntraining: { flops: 1.2e21 }\nhardware: { accelerator: H100 }'))
        .flops,
    ).toBe(1.2e21);
    const hours = estimateRun(
      runFrom('model: { parameters: 1B }\nhardware: { accelerator: H100, accelerator_hours: 1000 }'),
    );
    expect(hours.acceleratorHours).toEqual({ value: 1000, low: 1000, high: 1000 });
  });

  it('multiplies everything by repeats', () => {
    const repeated = estimateRun({ ...run, repeats: 3 });
    expect(repeated.acceleratorHours.value).toBeCloseTo(3 * estimate.acceleratorHours.value, 9);
    expect(repeated.energyKwh.value).toBeCloseTo(3 * estimate.energyKwh.value, 9);
    expect(repeated.co2eKg.high).toBeCloseTo(3 * estimate.co2eKg.high, 9);
  });

  it('falls back to the nearest precision an accelerator has, and says so', () => {
    const t4 = estimateRun(
      runFrom('model: { parameters: 1B }\ntraining: { tokens: 1B, precision: bf16 }\nhardware: { accelerator: T4 }'),
    );
    // T4 has no bf16: fp16 65 TFLOP/s at the calibrated Turing MFU. 6e18 / (65e12 x MFU) / 3600
    const mfu = trainingUtilization(getAccelerator('T4'), 1e9).entry.value;
    expect(t4.acceleratorHours.value).toBeCloseTo(6e18 / (65e12 * mfu) / 3600, 6);
    expect(t4.notes.join(' ')).toMatch(/Warning: T4 has no bf16 units; training is costed as fp16/);
  });
});

describe('placement defaults', () => {
  it('uses the world average with a wide range when no location is given, and says so', () => {
    const estimate = estimateRun(runFrom('model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }'));
    expect(estimate.carbonIntensityGPerKwh).toBe(475);
    expect(estimate.pue).toBe(1.56);
    expect(estimate.notes.join(' ')).toMatch(/No location given/);
    expect(estimate.co2eKg.high / estimate.co2eKg.low).toBeGreaterThan(5);
  });

  it('reports market-based CO2e beside, never in, the location-based figure', () => {
    const run = runFrom(
      'model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 100, power_watts: 50 }\npue: 1\ncarbon_intensity: 400\nmarket_carbon_intensity: 0',
    );
    const estimate = estimateRun(run);
    expect(estimate.marketBasedOperationalCo2eKg).toBe(0);
    // 100 h x 50 W = 5 kWh x 1.25 = 6.25 kWh x 0.4 = 2.5 kg
    expect(estimate.breakdown.operationalCo2eKg.value).toBeCloseTo(2.5, 9);
  });
});

describe('inference', () => {
  // 1B params, 1e9 tokens/day on L4 bf16 (121 TFLOP/s) at 0.5 utilization, 10 days, PUE 1.2, 400 g/kWh.
  const estimate = estimateRun(
    runFrom(`model: { parameters: 1B }
hardware: { accelerator: T4, hours: 1 }
pue: 1.2
carbon_intensity: 400
inference: { tokens_per_day: 1B, days: 10, accelerator: L4, precision: bf16, utilization: 0.5 }`),
  );
  const inference = estimate.inference!;

  it('keeps 2 x parameters FLOPs per token as the busy-time lower bound', () => {
    // 2e18 FLOP/day / (121e12 x 0.5) = 33,057.85 s = 9.18274 h/day, x 10 days; x 72 W x 0.6 = 3.96694 kWh
    expect(inference.busyOnly.acceleratorHours.value).toBeCloseTo(91.8274, 3);
    expect(inference.busyOnly.acceleratorKwh.value).toBeCloseTo(3.96694, 4);
  });

  it('provisions the accelerators around the clock at the draw the load implies', () => {
    // 11,574 tokens/s against 121e12 x 0.5 / 2e9 = 30,250 tokens/s per L4: one replica, 24 h/day x 10 days
    expect(inference.replicas).toBe(1);
    expect(inference.acceleratorHours.value).toBeCloseTo(240, 9);
    // busy 9.18274 of 24 h = 0.382614: 72 W x (0.15 idle + (0.8 - 0.15) x 0.382614) = 28.7065 W
    // 24 h x 28.7065 W = 0.688955 kWh x 1.25 host x 1.2 PUE = 1.03343 kWh/day
    expect(inference.perDay.energyKwh.value).toBeCloseTo(1.03343, 4);
    expect(inference.energyKwh.value).toBeCloseTo(10.3343, 3);
    // 10.3343 kWh x 0.4 = 4.13372 kg; embodied 240 h x (114 + 300) / 35040 = 2.83562 kg
    expect(inference.breakdown.operationalCo2eKg.value).toBeCloseTo(4.13372, 3);
    expect(inference.breakdown.embodiedCo2eKg.value).toBeCloseTo(2.83562, 4);
    expect(inference.co2eKg.value).toBeCloseTo(6.96934, 3);
  });

  it('takes the load from requests x tokens per request', () => {
    const byRequests = estimateRun(
      runFrom(
        'model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }\ninference: { requests_per_day: 2M, tokens_per_request: 500 }',
      ),
    );
    expect(byRequests.inference!.tokensPerDay).toBe(1e9);
    expect(byRequests.inference!.days).toBe(365);
  });
});
