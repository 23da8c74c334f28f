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
  // Figures keep their unit on the same line with a no-break space; read as plain spaces here.
  const markdown = renderReport(comparison, {
    problems: [{ file: 'm.yml', line: 3, column: 5, path: 'runs[0].x', message: 'unknown key "x"', severity: 'error' }],
  }).replace(/\u00A0/g, ' ');

  it('opens with a one-line verdict: total, change, budget', () => {
    // head 180 h -> 180 x 1.016381 = 182.9 kg; base 115 h -> 116.9 kg; delta 66.06 kg = +56.5%
    expect(verdictLine(comparison)).toBe('**183 kg CO2e** · +66.1 kg (+57%) vs base · ❌ over budget');
    // The report was given one input error (in m.yml): the figures are incomplete, so the budget is not judged on them.
    expect(markdown.split('\n')[0]).toBe(
      '### 🌱 ml-carbon: **183 kg CO2e** · +66.1 kg (+57%) vs base · ⛔ budget not checked: 1 error in the input',
    );
  });

  it('marks added, removed and changed runs in the table with a totals row and the range', () => {
    expect(markdown).toMatch(/\| `fresh` \| — \| 20\.3 kg \| \+20\.3 kg \| 🆕 new run \|/);
    // The error is in m.yml, a file that added no runs: a run missing from head may have been left out by it.
    expect(markdown).toMatch(
      /\| `dropped` \| 5\.08 kg \| — \| −5\.08 kg \| 🗑️ removed, or left out by an input error above \|/,
    );
    // Without the parsed runs the report cannot name a field; it says the change came from elsewhere.
    expect(markdown).toMatch(
      /\| `grown` \| 102 kg \| 152 kg \| \+50\.8 kg \(\+50%\) \| defaults or reference data changed \|/,
    );
    expect(markdown).toMatch(/\| \*\*Total\*\* \| \*\*117 kg\*\* \| \*\*183 kg\*\* \| \*\*\+66\.1 kg\*\* \| range /);
  });

  it('flags a PR that raises its own budget', () => {
    expect(markdown).toContain('This PR **raises** the budget `total_co2e_kg` from 100 kg to 1,000 kg');
  });

  it('shows input problems with file and line, the range, a car equivalent with its source, and collapsed methodology', () => {
    expect(markdown).toContain('m.yml:3:5: runs[0].x: unknown key "x"');
    expect(markdown).toContain('**⚠️ 1 error in the input: 1 run left out of the figures.**');
    expect(markdown).toMatch(/range [\d.]+ kg – [\d.]+ kg \|/);
    expect(markdown).toMatch(/[\d.]+ kWh of facility energy; ≈ [\d,]+ km by car/);
    expect(markdown).toMatch(/km by car \(\[US EPA 2023\]/);
    expect(markdown).toContain('<details><summary>Methodology and defaults</summary>');
    expect(markdown).toMatch(/host overhead .*\| 0\.25 × \| 0\.1 – 0\.4 × \|/);
  });

  it('says what was done about each kind of error, truthfully', () => {
    const problems = [
      { file: 'm.yml', path: 'runs[1].logs[0]', message: 'log path refused', severity: 'error' as const },
      { file: 'm.yml', path: 'defaults.location', message: 'unknown location', severity: 'error' as const },
      { file: 'other.yml', message: 'no manifest found', severity: 'error' as const },
    ];
    const text = renderReport(comparison, { problems, manifestsRead: ['m.yml'] });
    expect(text).toContain(
      '**⚠️ 3 errors in the input: 1 file not read (its runs are not in the figures), 1 run estimated from the manifest instead of its log, 1 setting not applied (defaults used instead).**',
    );
  });

  it('shows why the budget could not be checked when the gate reports an error status', () => {
    const unchecked = compareEstimates(base, head, { base: { totalCo2eKg: 100 } });
    const budget = { ...unchecked.budget, status: 'error', reasons: ['the base branch could not be read'] };
    const text = renderReport({ ...unchecked, budget } as unknown as typeof unchecked);
    expect(text.split('\n')[0]).toContain('⛔ budget not checked');
    expect(text).toContain(
      '> **The budget could not be checked**, so this PR does not pass the gate: the base branch could not be read.',
    );
  });

  it('says "no change" rather than ±0 when nothing moved', () => {
    const same = renderReport(compareEstimates(base, base, {}));
    expect(same).toContain('no change vs base');
    expect(same).not.toContain('±');
  });

  it('balances its details blocks so GitHub renders them', () => {
    expect(markdown.match(/<details>/g)!.length).toBe(markdown.match(/<\/details>/g)!.length);
  });
});

describe('JSON contract', () => {
  const comparison = compareEstimates(base, head, { base: { totalCo2eKg: 100 } });
  const json = JSON.parse(JSON.stringify(reportJson(comparison)));

  it('has runs with ranged figures and a breakdown', () => {
    const run = json.head.runs[0];
    for (const field of ['acceleratorHours', 'energyKwh', 'co2eKg', ...Object.keys(run.breakdown)])
      expect(Object.keys(run[field] ?? run.breakdown[field]).sort()).toEqual(['high', 'low', 'value']);
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
    expect(json.head.total.co2eKg.value).toBeCloseTo(180 * (1 + 574 / 35040), 3); // 6 significant digits in JSON
    expect(json.total).toBeUndefined(); // once, under head (schemaVersion 2)
    expect(json.delta.co2eKg).toBeCloseTo(65 * (1 + 574 / 35040), 3);
    expect(json.budget.status).toBe('fail');
    expect(json.budget.reasons).toHaveLength(1);
  });

  it('has the same runs and total shape for estimate alone', () => {
    const alone = estimateJson(head);
    expect(alone.head.runs).toHaveLength(3);
    expect(alone.head.total.energyKwh.value).toBeCloseTo(180, 9); // h kWh per run by construction
  });
});
