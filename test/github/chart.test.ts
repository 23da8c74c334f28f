import { describe, expect, it } from 'vitest';
import { runChart } from '../../src/action/mermaid-chart.js';
import type { Comparison, RunComparison } from '../../src/compare/types.js';
import type { Estimate, RunEstimate } from '../../src/estimate/types.js';

const range = (value: number) => ({ value, low: value, high: value });
const run = (id: string, kg: number): RunEstimate => ({
  id,
  basis: 'estimated',
  accelerator: 'H100',
  acceleratorCount: 8,
  repeats: 1,
  carbonIntensityGPerKwh: 400,
  pue: 1.2,
  acceleratorHours: range(1),
  energyKwh: range(1),
  co2eKg: range(kg),
  breakdown: {
    acceleratorKwh: range(1),
    hostKwh: range(0),
    facilityOverheadKwh: range(0),
    operationalCo2eKg: range(kg),
    embodiedCo2eKg: range(0),
  },
  assumptions: [],
  notes: [],
});
const estimate = (runs: RunEstimate[]): Estimate => ({
  manifest: 'm',
  runs,
  total: { energyKwh: range(1), co2eKg: range(1), trainingCo2eKg: range(1), inferenceCo2eKg: range(0) },
});

function comparison(rows: RunComparison[], withBase = true): Comparison {
  return {
    head: estimate(rows.flatMap((row) => (row.head ? [row.head] : []))),
    base: withBase ? estimate(rows.flatMap((row) => (row.base ? [row.base] : []))) : undefined,
    runs: rows,
    delta: { co2eKg: 0, percent: 0 },
    budget: { status: 'none', authority: 'none', limits: {}, checks: [], reasons: [], changes: [] },
  };
}
const row = (
  id: string,
  base: number | undefined,
  head: number | undefined,
  change: RunComparison['change'],
): RunComparison => ({
  id,
  change,
  base: base === undefined ? undefined : run(id, base),
  head: head === undefined ? undefined : run(id, head),
  deltaCo2eKg: 0,
  deltaPercent: null,
});

describe('runChart', () => {
  it('draws head as bars and base as a line, zero for added and removed runs', () => {
    const chart = runChart(
      comparison([
        row('bert', 12.5, 20, 'changed'),
        row('gpt', undefined, 340, 'added'),
        row('old', 4, undefined, 'removed'),
      ]),
    )!;
    expect(chart).toContain('x-axis ["bert", "gpt", "old"]');
    // Run ids keep to a safe alphabet inside the quoted labels.
    const hostile = runChart(comparison([row('a"]\n```\n@x', 1, 2, 'changed'), row('b', 1, 1, 'unchanged')]))!;
    expect(hostile).toContain('x-axis ["a__ ___ _x", "b"]');
    expect(chart).toContain('bar [20, 340, 0]');
    expect(chart).toContain('line [12.5, 0, 4]');
    expect(chart).toContain('(kg)');
    expect(chart).toContain('\n```mermaid\nxychart-beta');
    expect(chart.startsWith('<details><summary>📊 Chart')).toBe(true);
    expect(chart.endsWith('</details>')).toBe(true);
  });

  it('switches to grams when every run is under a kilogram', () => {
    // 0.0123 kg = 12.3 g; 0.5 kg = 500 g.
    const chart = runChart(comparison([row('a', 0.0123, 0.5, 'changed'), row('b', 0.2, 0.2, 'unchanged')]))!;
    expect(chart).toContain('bar [500, 200]');
    expect(chart).toContain('line [12.3, 200]');
  });

  it('stays out of the way: no base, one run, nothing changed, or too many runs', () => {
    expect(runChart(comparison([row('a', 1, 2, 'changed'), row('b', 1, 1, 'unchanged')], false))).toBeUndefined();
    expect(runChart(comparison([row('a', 1, 2, 'changed')]))).toBeUndefined();
    expect(runChart(comparison([row('a', 1, 1, 'unchanged'), row('b', 1, 1, 'unchanged')]))).toBeUndefined();
    expect(runChart(comparison(Array.from({ length: 13 }, (_, i) => row(`r${i}`, 1, 2, 'changed'))))).toBeUndefined();
    // every run removed (bars all zero) or every run new (the base line all zero): the table says it
    expect(
      runChart(comparison([row('a', 1, undefined, 'removed'), row('b', 2, undefined, 'removed')])),
    ).toBeUndefined();
    expect(runChart(comparison([row('a', undefined, 1, 'added'), row('b', undefined, 2, 'added')]))).toBeUndefined();
  });
});
