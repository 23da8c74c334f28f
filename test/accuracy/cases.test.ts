import { describe, expect, it } from 'vitest';
import { buildCases } from '../../src/accuracy/cases.js';

const row = (fields: Record<string, string>) => ({ source: 'paper', source_locator: 'Table 1', model: 'm', ...fields });

describe('buildCases', () => {
  const { cases, skipped } = buildCases([
    row({
      id: 'llama1-7b',
      params_b: '6.7',
      tokens_b: '1000',
      hardware: 'NVIDIA A100-80GB',
      accelerator_hours: '82432',
    }),
    row({
      id: 'pat21-t1-et-medium-p100-iowa',
      params_b: '0.13',
      hardware: 'NVIDIA P100',
      accelerator_count: '8',
      wall_clock_days: '3.2',
      pue: '1.11',
      energy_mwh: '0.185',
    }),
    row({ id: 'str19-nas-p100', params_b: '', accelerator_count: '8', energy_mwh: '656.347' }),
    row({ id: 'someone-else', params_b: '1', tokens_b: '10' }),
  ]);
  const byId = Object.fromEntries(cases.map((c) => [c.id, c]));

  it('takes user-known inputs from the row and the curation', () => {
    expect(byId['llama1-7b']).toMatchObject({
      accelerator: 'A100-SXM4-80GB',
      precision: 'bf16',
      usedForHours: true,
      usedForEnergy: false,
      flopsOrigin: '6ND',
    });
    expect(byId['llama1-7b']!.flops).toBeCloseTo(6 * 6.7e9 * 1000e9, -10); // 4.02e22
    // 8 x 3.2 days x 24 h = 614.4 h; 0.185 MWh = 185 kWh; FLOPs stated by Patterson et al.
    expect(byId['pat21-t1-et-medium-p100-iowa']!.publishedAcceleratorHours).toBeCloseTo(614.4, 9);
    expect(byId['pat21-t1-et-medium-p100-iowa']).toMatchObject({
      publishedEnergyKwh: 185,
      pue: 1.11,
      flops: 1.03e19,
      flopsOrigin: 'stated',
      energyBasis: 'facility',
      usedForHours: true,
      usedForEnergy: true,
    });
  });

  it('skips known bad and uncurated rows with a reason', () => {
    expect(skipped).toEqual([
      { id: 'str19-nas-p100', reason: expect.stringMatching(/known bad/) },
      { id: 'someone-else', reason: 'no accelerator-hours to compare against' },
    ]);
  });
});
