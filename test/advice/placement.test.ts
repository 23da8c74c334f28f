import { describe, expect, it } from 'vitest';
import { schedulingNote } from '../../src/advice/techniques/placement.js';
import { GRID_REGIONS, regionsOf } from '../../src/data/grid.js';
import { A100_EMBODIED_PER_HOUR, H100_EMBODIED_PER_HOUR, adviceFor, runFrom } from './helpers.js';

describe('a more efficient accelerator from the same provider', () => {
  // 6 x 1B x 1B = 6e18 FLOPs at fp32, utilization 0.5. Default draw 0.8 x TDP, x 1.25 host, PUE 1, 1000 g/kWh.
  const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1, utilization: 0.5 }
location: gcp:us-central1
pue: 1
carbon_intensity: 1000`);

  it('moves fp32 training from A100 40GB to H100 on GCP and re-derives the hours', () => {
    // A100: 6e18 / (19.5e12 x 0.5) / 3600 = 170.94 h x (0.32 kW x 1.25 = 0.4 kWh) = 68.376 kg + 170.94 x 0.016353 embodied.
    // H100: 6e18 / (67e12 x 0.5) / 3600 = 49.751 h x (0.56 kW x 1.25 = 0.7 kWh) = 34.826 kg + 49.751 x 0.024971 embodied.
    const a100Hours = 6e18 / (19.5e12 * 0.5) / 3600;
    const h100Hours = 6e18 / (67e12 * 0.5) / 3600;
    const advice = adviceFor(run, 'efficient-accelerator')!;
    expect(advice.title).toContain('H100-SXM5-80GB');
    expect(advice.savingCo2eKg).toBeCloseTo(a100Hours * (0.4 + A100_EMBODIED_PER_HOUR) - h100Hours * (0.7 + H100_EMBODIED_PER_HOUR), 6);
  });

  it('converts given hours by the peak ratio at the run precision', () => {
    // 10 A100 fp32 hours -> 10 x 19.5 / 67 = 2.9104 H100 hours; the given power belonged to the A100 and is dropped.
    const given = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1, hours: 10, power_watts: 320 }
location: gcp:us-central1
pue: 1
carbon_intensity: 1000`);
    const h100Hours = (10 * 19.5) / 67;
    expect(adviceFor(given, 'efficient-accelerator')!.savingCo2eKg).toBeCloseTo(10 * (0.4 + A100_EMBODIED_PER_HOUR) - h100Hours * (0.7 + H100_EMBODIED_PER_HOUR), 6);
  });

  it('does not appear without a cloud location, or when the provider offers nothing better with as much memory', () => {
    const noLocation = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1 }`);
    const country = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: fp32 }
hardware: { accelerator: A100-SXM4-40GB, count: 1 }
location: FR`);
    const best = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: bf16 }
hardware: { accelerator: H100, count: 1 }
location: aws:us-east-1`);
    for (const candidate of [noLocation, country, best]) expect(adviceFor(candidate, 'efficient-accelerator')).toBeUndefined();
  });
});

describe('the lowest-intensity region of the same provider', () => {
  const intensity = (id: string) => GRID_REGIONS.find((region) => region.id === id)!.intensityGPerKwh.value;
  const cleanest = (provider: 'gcp' | 'aws') => [...regionsOf(provider)].sort((a, b) => a.intensityGPerKwh.value - b.intensityGPerKwh.value)[0]!;

  it('moves the run and saves the intensity difference on the same facility energy', () => {
    // 10 h x 800 W x 1.25 host x PUE 1 = 10 kWh; the saving is 10 kWh x (current - cleanest) g/kWh; embodied unchanged.
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
location: gcp:us-central1
pue: 1`);
    const best = cleanest('gcp');
    const advice = adviceFor(run, 'low-carbon-region')!;
    expect(advice.title).toContain(best.id);
    expect(advice.savingCo2eKg).toBeCloseTo((10 * (intensity('gcp:us-central1') - best.intensityGPerKwh.value)) / 1000, 9);
  });

  it('drops a manifest intensity that belonged to the old location', () => {
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 10, power_watts: 800 }
location: aws:us-east-1
carbon_intensity: 500
pue: 1`);
    const best = cleanest('aws');
    expect(adviceFor(run, 'low-carbon-region')!.savingCo2eKg).toBeCloseTo((10 * (500 - best.intensityGPerKwh.value)) / 1000, 9);
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
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 413)).toContain('~6 h');
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 413)).toContain('carbon-aware scheduling');
  });

  it('says timing matters little for a long job', () => {
    expect(schedulingNote(runFor(100, 'gcp:us-central1'), 413)).toContain('gains little');
  });

  it('stays silent on a clean grid', () => {
    expect(schedulingNote(runFor(6, 'gcp:us-central1'), 50)).toBe('');
  });
});
