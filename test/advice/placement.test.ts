import { describe, expect, it } from 'vitest';
import { SERVING_IDLE_SHARE_OF_TDP } from '../../src/data/defaults.js';
import { GRID_REGIONS, regionsOf } from '../../src/data/grid.js';
import { onAccelerator } from '../../src/advice/techniques/hardware.js';
import { schedulingNote } from '../../src/advice/techniques/region.js';
import { getAccelerator } from '../../src/data/accelerators.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import { PROVIDER_OFFERINGS } from '../../src/data/offerings.js';
import { adviceFor, embodiedPerHour, runFrom, servingKgPerHour, trainingKgPerHour } from './helpers.js';

describe('a more efficient accelerator from the same provider', () => {
  // 6 x 1B x 1B = 6e18 FLOPs at fp32, utilization 0.5; a card without given power draws 0.8 x TDP; PUE 1, 1000 g/kWh.
  const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1, utilization: 0.5 }
location: gcp:us-central1
pue: 1
carbon_intensity: 1000`);
  const fp32Peak = (id: string) => getAccelerator(id).peakTflops.value.fp32! * 1e12;
  const kgPerHour = (id: string) => trainingKgPerHour(id, getAccelerator(id).tdpWatts.value * 0.8);
  const chosen = (title: string) => /^Train on (\S+) instead/.exec(title)![1]!;

  it('moves fp32 training to a card GCP offers with more fp32 FLOP/s per watt and re-derives the hours', () => {
    // A100 40GB: 6e18 / (19.5e12 x 0.5) / 3600 = 170.94 h x (320 W x 1.25 = 0.4 kWh) = 68.38 kg + embodied.
    const advice = adviceFor(run, 'efficient-accelerator')!;
    const to = chosen(advice.title);
    expect(PROVIDER_OFFERINGS.gcp.value).toContain(to);
    expect(fp32Peak(to) / getAccelerator(to).tdpWatts.value).toBeGreaterThan(19.5e12 / 400);
    const hours = (id: string) => 6e18 / (fp32Peak(id) * 0.5) / 3600;
    expect(advice.savingCo2eKg).toBeCloseTo(
      hours('A100-SXM4-40GB') * kgPerHour('A100-SXM4-40GB') - hours(to) * kgPerHour(to),
      6,
    );
  });

  it('converts given hours to H100 hours by the peak ratio at the run precision', () => {
    // 10 A100 fp32 hours -> 10 x 19.5 / 67 = 2.9104 H100 hours; the given 320 W belonged to the A100 and is dropped.
    const given = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1, hours: 10, power_watts: 320 }
location: gcp:us-central1`);
    const moved = onAccelerator(given, getAccelerator('H100'));
    expect(moved.hardware).toEqual({ accelerator: 'H100-SXM5-80GB', count: 1, acceleratorHours: (10 * 19.5) / 67 });
  });

  it('does not appear without a cloud location to tell the provider', () => {
    const noLocation = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1 }`);
    const country = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1 }
location: FR`);
    for (const candidate of [noLocation, country])
      expect(adviceFor(candidate, 'efficient-accelerator')).toBeUndefined();
  });
});

describe('the lowest-intensity region of the same provider', () => {
  const intensity = (id: string) => GRID_REGIONS.find((region) => region.id === id)!.intensityGPerKwh.value;
  const cleanest = (provider: 'gcp' | 'aws') =>
    [...regionsOf(provider)].sort((a, b) => a.intensityGPerKwh.value - b.intensityGPerKwh.value)[0]!;

  it('moves the run and saves the intensity difference on the same facility energy', () => {
    // 10 h x 800 W x 1.25 host x PUE 1 = 10 kWh; the saving is 10 kWh x (current - cleanest) g/kWh; embodied unchanged.
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
location: gcp:us-central1
pue: 1`);
    const best = cleanest('gcp');
    const advice = adviceFor(run, 'low-carbon-region')!;
    expect(advice.title).toContain(best.id);
    expect(advice.savingCo2eKg).toBeCloseTo(
      (10 * (intensity('gcp:us-central1') - best.intensityGPerKwh.value)) / 1000,
      9,
    );
  });

  it('drops a manifest intensity that belonged to the old location', () => {
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
location: aws:us-east-1
carbon_intensity: 500
pue: 1`);
    const best = cleanest('aws');
    expect(adviceFor(run, 'low-carbon-region')!.savingCo2eKg).toBeCloseTo(
      (10 * (500 - best.intensityGPerKwh.value)) / 1000,
      9,
    );
  });

  it('does not appear in the cleanest region, for a country, or without a location', () => {
    const runIn = (location: string) =>
      runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 10 }
${location}`);
    for (const run of [runIn(`location: ${cleanest('gcp').id}`), runIn('location: DE'), runIn('')]) {
      expect(adviceFor(run, 'low-carbon-region')).toBeUndefined();
    }
  });
});

describe('the carbon-aware scheduling note', () => {
  const runFor = (hours: number, location: string) =>
    runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 4, hours: ${hours} }
location: ${location}`);

  it('suggests shifting the start of a short job on a variable grid', () => {
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 413, estimateRun)).toContain('~6 h');
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 413, estimateRun)).toContain('carbon-aware scheduling');
  });

  it('says timing matters little for a long job', () => {
    expect(schedulingNote(runFor(100, 'gcp:us-central1'), 413, estimateRun)).toContain('gains little');
  });

  it('stays silent on a clean grid', () => {
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 50, estimateRun)).toBe('');
  });
});

describe('hardware candidates', () => {
  it('never moves an fp32 run to a TPU, whose fp32 rate is only an assumed fraction of bf16', () => {
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: V100-SXM2-32GB, count: 1, utilization: 0.5 }
location: gcp:us-central1`);
    const advice = adviceFor(run, 'efficient-accelerator');
    expect(advice?.title ?? '').not.toMatch(/TPU/);
  });
});

describe('a more efficient serving accelerator', () => {
  // 1B tokens a day on a 100M model in fp32 at 50% of peak: 2e17 FLOPs a day; PUE 1, 1000 g/kWh; 30 days.
  const served = (location: string) =>
    runFrom(`model: { parameters: 100M }
hardware: { accelerator: A100, count: 1, hours: 1 }
${location}
pue: 1
carbon_intensity: 1000
inference: { tokens_per_day: 1B, days: 30, accelerator: T4, precision: fp32, utilization: 0.5 }`);

  it('moves fp32 serving from T4 to a card with more fp32 FLOP/s per watt', () => {
    const advice = adviceFor(served('location: gcp:us-central1'), 'efficient-serving-accelerator')!;
    const to = /^Serve on (\S+) instead of T4/.exec(advice.title)![1]!;
    // One provisioned card around the clock: idle share all day, (busy - idle) x TDP for each busy hour, embodied per
    // provisioned hour. T4: 13.72 busy h a day of 24.
    const kgPerDay = (id: string) => {
      const busyHours = 2e17 / (getAccelerator(id).peakTflops.value.fp32! * 1e12 * 0.5) / 3600;
      const idleKg = (24 * getAccelerator(id).tdpWatts.value * SERVING_IDLE_SHARE_OF_TDP.value * 1.25) / 1000;
      return idleKg + busyHours * servingKgPerHour(id) + 24 * embodiedPerHour(id);
    };
    expect(advice.servingSavingCo2eKg).toBeCloseTo(30 * (kgPerDay('T4') - kgPerDay(to)), 6);
    expect(advice.trainingSavingCo2eKg).toBe(0);
  });

  it('does not appear without a cloud location', () => {
    expect(adviceFor(served(''), 'efficient-serving-accelerator')).toBeUndefined();
  });
});
