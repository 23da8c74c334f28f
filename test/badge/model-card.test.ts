import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  co2EqEmissions,
  geographicalLocation,
  hardwareUsed,
  renderModelCardBlock,
} from '../../src/badge/model-card.js';
import type { Run } from '../../src/manifest/types.js';
import { range, run } from './estimates.js';

const manifestRun: Run = {
  id: 'finetune',
  model: { parameters: 1e9 },
  training: { precision: 'bf16', precisionGiven: true, method: 'qlora' },
  hardware: { accelerator: 'A100-SXM4-80GB', count: 8 },
  repeats: 1,
  location: 'gcp:us-central1',
  logs: [{ path: 'logs/emissions.csv', format: 'codecarbon' }],
};

describe('co2EqEmissions', () => {
  it('reports a measured run in grams and names its logs as the source', () => {
    // measured 12.34 kg -> 3 significant figures as the report writes it -> 12.3 kg = 12,300 g
    const card = co2EqEmissions(manifestRun, run('finetune', range(12.34), 'measured'), '0.1.0');
    expect(card).toEqual({
      emissions: 12300,
      source: 'ml-carbon 0.1.0, measured from logs/emissions.csv (codecarbon)',
      training_type: 'fine-tuning',
      geographical_location: 'Iowa, US (gcp:us-central1)',
      hardware_used: '8 x NVIDIA A100 SXM4 80GB',
    });
  });

  it('rounds like the PR comment, whatever the range (issue 12: 2.47 kg was written as 2000 g)', () => {
    // 2.47 kg in 1..5 kg: the comment says "2.47 kg", so the card says 2,470 g; the range goes in the comment line.
    expect(co2EqEmissions(manifestRun, run('finetune', range(2.47, 1, 5))).emissions).toBe(2470);
    expect(co2EqEmissions(manifestRun, run('finetune', range(0.456, 0.2, 0.9))).emissions).toBe(456);
  });

  it('does not invent a count the manifest did not give', () => {
    const hoursOnly: Run = {
      ...manifestRun,
      hardware: { accelerator: 'A100-SXM4-80GB', count: 1, countAssumed: true, acceleratorHours: 288 },
    };
    const estimate = { ...run('finetune', range(10)), acceleratorHours: range(288) };
    expect(co2EqEmissions(hoursOnly, estimate).hardware_used).toBe('NVIDIA A100 SXM4 80GB, 288 accelerator-hours');
    expect(co2EqEmissions(manifestRun, estimate).hardware_used).toBe('8 x NVIDIA A100 SXM4 80GB');
  });

  it('prints YAML the Hub reads, with the range as a comment', () => {
    const estimate = run('finetune', range(0.456, 0.2, 0.9));
    const text = renderModelCardBlock(co2EqEmissions(manifestRun, estimate), estimate);
    // low 0.2 kg = 200 g, high 0.9 kg = 900 g
    expect(text.split('\n')[0]).toBe('# run "finetune": estimated, 200-900 g CO2e (low-high)');
    expect(Object.keys(parse(text).co2_eq_emissions)).toEqual([
      'emissions',
      'source',
      'training_type',
      'geographical_location',
      'hardware_used',
    ]);
  });
});

describe('model-card fields', () => {
  it('writes locations as places and keeps unknown ones as given', () => {
    expect(geographicalLocation('FR')).toBe('France');
    expect(geographicalLocation('on-prem-lab')).toBe('on-prem-lab');
    expect(geographicalLocation(undefined)).toBeUndefined();
  });
  it('adds memory to the accelerator name when the name lacks it', () => {
    expect(hardwareUsed('T4', 2)).toBe('2 x NVIDIA T4 16GB');
    expect(hardwareUsed('my-fpga', 1)).toBe('1 x my-fpga');
  });
});
