import { describe, expect, it } from 'vitest';
import { compareEstimates } from '../../src/compare/compare.js';
import { renderReport, verdictLine } from '../../src/report/markdown.js';
import { reportJson, estimateJson } from '../../src/report/json.js';
import { formatKg, formatPercent, formatSignedKg } from '../../src/util/format.js';
import { estimateOf, exactManifest } from '../helpers.js';

const base = estimateOf(exactManifest({ kept: 10, grown: 100, dropped: 5 }));
const head = estimateOf(exactManifest({ kept: 10, grown: 150, fresh: 20 }));

describe('formatting', () => {
  it.each([
    [0.5, '500 g'],
    [12.345, '12.3 kg'],
    [1234, '1.23 t'],
    [152.45, '152 kg'],
    [999.4, '999 kg'],
  ])('%d kg -> %s', (kg, text) => {
    expect(formatKg(kg)).toBe(text);
  });
  it('signs deltas and percentages', () => {
    expect(formatSignedKg(-3)).toBe('−3 kg');
    expect(formatSignedKg(41.8)).toBe('+41.8 kg');
    expect(formatPercent(46.04)).toBe('+46%');
    expect(formatPercent(-3.14)).toBe('−3.1%');
  });
});

describe('markdown report', () => {
  const comparison = compareEstimates(base, head, { base: { totalCo2eKg: 100 }, head: { totalCo2eKg: 1000 } });
  const markdown = renderReport(comparison, {
    problems: [{ file: 'm.yml', line: 3, column: 5, path: 'runs[0].x', message: 'unknown key "x"', severity: 'error' }],
  });

  it('opens with a one-line verdict: total, change, budget', () => {
    // head 180 h -> 180 x 1.016381 = 182.9 kg; base 115 h -> 116.9 kg; delta 66.06 kg = +56.5%
    expect(verdictLine(comparison)).toBe('**183 kg CO2e** · +66.1 kg, +57% vs base · ❌ over budget');
    expect(markdown.split('\n')[0]).toBe(`### 🌱 ml-carbon: ${verdictLine(comparison)}`);
  });

  it('marks added, removed and changed runs in the table with a totals row', () => {
    expect(markdown).toMatch(/\| `fresh` \| — \| 20\.3 kg \| \+20\.3 kg \| 🆕 added \|/);
    expect(markdown).toMatch(/\| `dropped` \| 5\.08 kg \| — \| −5\.08 kg \| 🗑️ removed \|/);
    expect(markdown).toMatch(/\| `grown` \| 102 kg \| 152 kg \| \+50\.8 kg \(\+50%\) \| changed \|/);
    expect(markdown).toMatch(/\| \*\*Total\*\* \| \*\*117 kg\*\* \| \*\*183 kg\*\* \| \*\*\+66\.1 kg\*\* \|/);
  });

  it('flags a PR that raises its own budget', () => {
    expect(markdown).toContain('This PR **raises** the budget `total_co2e_kg` from 100 to 1,000');
  });

  it('shows input problems with file and line, the range, a car equivalent with its source, and collapsed methodology', () => {
    expect(markdown).toContain('m.yml:3:5: runs[0].x: unknown key "x"');
    expect(markdown).toMatch(/Range for the head: [\d.]+ kg – [\d.]+ kg CO2e/);
    expect(markdown).toMatch(/km driven by an average passenger car \(US EPA/);
    expect(markdown).toContain('<details><summary>Methodology and defaults</summary>');
    expect(markdown).toMatch(/host overhead .*\| 0\.25 × \| 0\.1 – 0\.4 \|/);
  });

  it('balances its details blocks so GitHub renders them', () => {
    expect(markdown.match(/<details>/g)!.length).toBe(markdown.match(/<\/details>/g)!.length);
  });
});

describe('JSON contract', () => {
  const comparison = compareEstimates(base, head, { base: { totalCo2eKg: 100 } });
  const json = JSON.parse(JSON.stringify(reportJson(comparison)));

  it('has runs with ranged figures and a breakdown', () => {
    const run = json.runs[0];
    for (const field of ['acceleratorHours', 'energyKwh', 'co2eKg'])
      expect(Object.keys(run[field]).sort()).toEqual(['high', 'low', 'value']);
    expect(Object.keys(run.breakdown).sort()).toEqual([
      'acceleratorKwh',
      'embodiedCo2eKg',
      'facilityOverheadKwh',
      'hostKwh',
      'operationalCo2eKg',
    ]);
    expect(run.id).toBe('kept');
  });

  it('has base, head, delta and budget status with reasons for compare', () => {
    expect(json.base.runs).toHaveLength(3);
    expect(json.head.total.co2eKg.value).toBeCloseTo(180 * (1 + 574 / 35040), 9);
    expect(json.total).toEqual(json.head.total);
    expect(json.delta.co2eKg).toBeCloseTo(65 * (1 + 574 / 35040), 9);
    expect(json.budget.status).toBe('fail');
    expect(json.budget.reasons).toHaveLength(1);
  });

  it('has the same runs and total shape for estimate alone', () => {
    const alone = estimateJson(head);
    expect(alone.runs).toHaveLength(3);
    expect(alone.total.energyKwh.value).toBeCloseTo(180, 9); // h kWh per run by construction
  });
});
