// The comment under inputs a reviewer rarely sees but must still read in ten seconds: a thousand runs, every run gone,
// nothing changed, gram-sized changes, errors beside good runs, budget rules dropped, bidi controls in names.
// Expected figures come from exactManifest (test/helpers.ts): a run of h hours emits h kg operational plus
// h × 574/35040 kg embodied (A100_EMBODIED_PER_HOUR), so 1 h is 1.0164 kg and 2 h 2.0328 kg.
import { describe, expect, it } from 'vitest';
import { compareEstimates } from '../../src/compare/compare.js';
import type { Estimate } from '../../src/estimate/types.js';
import type { InputProblem } from '../../src/errors.js';
import { code, codeBlock, prose, proseCell } from '../../src/report/escape.js';
import { COMMENT_REPORT_CHARS, renderReport, verdictLine } from '../../src/report/markdown.js';
import { estimateOf, exactManifest } from '../helpers.js';
import { renderGfm } from './gfm.js';

const NBSP = /\u00A0/g;
const runsOf = (count: number, hours: (index: number) => number): Record<string, number> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`run-${String(index).padStart(4, '0')}`, hours(index)]),
  );

/** Cells per row of every table in the rendered comment. */
function tableShapes(markdown: string): number[][] {
  const html = renderGfm(markdown);
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]!.match(/<t[hd][ >]/g) ?? []).length),
  );
}

const empty = (manifest: string): Estimate => ({
  manifest,
  runs: [],
  total: {
    co2eKg: { value: 0, low: 0, high: 0 },
    energyKwh: { value: 0, low: 0, high: 0 },
    trainingCo2eKg: { value: 0, low: 0, high: 0 },
    inferenceCo2eKg: { value: 0, low: 0, high: 0 },
  },
});

describe('a PR over a thousand runs', () => {
  // 1,200 runs of 1 h on base; on head every third run takes 2 h: 400 runs change by +1.0164 kg each.
  const base = estimateOf(exactManifest(runsOf(1200, () => 1)));
  const head = estimateOf(exactManifest(runsOf(1200, (index) => (index % 3 === 0 ? 2 : 1))));
  const comparison = compareEstimates(base, head, {});
  const comment = renderReport(comparison);
  const full = renderReport(comparison, { maxChars: Number.POSITIVE_INFINITY });

  it('fits a GitHub comment by listing fewer runs, not by cutting the report off', () => {
    expect(full.length).toBeGreaterThan(65_536);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_REPORT_CHARS);
    expect(comment).toContain('<details><summary>Methodology and defaults</summary>');
    expect(comment.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('says how many runs are not listed and where they are, and the rows still add up to the total', () => {
    // Above the fold: 7 changed runs (+1.02 kg each), then one row for the other 1,193: 393 changed, 800 unchanged.
    // Base 1,193 × 1.0164 = 1,212.6 kg -> 1.21 t; head + 393 × 1.0164 = 1,612.1 kg -> 1.61 t; change +399 kg.
    expect(comment.replace(NBSP, ' ')).toContain(
      '| 1,193 more runs | 1.21 t | 1.61 t | +399 kg | 393 changed, 800 unchanged: the largest changes below |',
    );
    // In the collapsed table: 200 listed (all of them changed), the other 1,000: 200 changed and 800 unchanged.
    // Base 1,000 × 1.0164 = 1,016.4 kg; head 1,016.4 + 200 × 1.0164 = 1,219.7 kg; change +203 kg.
    expect(comment).toContain('<details><summary>All 1,200 runs (200 listed here: the largest changes)</summary>');
    expect(comment.replace(NBSP, ' ')).toContain(
      '| 1,000 more runs | 1.02 t | 1.22 t | +203 kg | 200 changed, 800 unchanged: the job summary and the JSON report list them all |',
    );
    expect(comment).toMatch(/- [\d,]+ more runs: the job summary and the JSON report list them all\./);
  });

  it('keeps every table well formed: the same number of cells in every row', () => {
    for (const shape of tableShapes(comment)) expect(new Set(shape).size).toBe(1);
  });

  it('lists every run in the full report (the job summary)', () => {
    expect(full).toContain('<details><summary>All 1,200 runs</summary>');
    for (const id of ['run-0000', 'run-0599', 'run-1199']) expect(full).toContain(`| \`${id}\` |`);
    expect(full).not.toContain('list them all');
  });
});

describe('a PR whose head has no runs left', () => {
  const base = estimateOf(exactManifest({ a: 1, b: 2 }));
  const comparison = compareEstimates(base, empty('ml-carbon.yml'), {});
  const markdown = renderReport(comparison).replace(NBSP, ' ');

  it('says "no runs" instead of a zero total, with the change against base', () => {
    // base 1.0164 + 2.0328 = 3.0492 kg.
    expect(markdown.split('\n')[0]).toBe('### 🌱 ml-carbon: **no runs** · −3.05 kg (−100%) vs base · no budget set');
    expect(markdown).toContain('| **Total** | **3.05 kg** | — | **−3.05 kg** | no runs in this PR |');
    expect(markdown).not.toMatch(/\b0 kg/);
  });
});

describe('a PR that changes nothing', () => {
  const base = estimateOf(exactManifest({ a: 1, b: 2 }));
  const markdown = renderReport(compareEstimates(base, base, {})).replace(NBSP, ' ');

  it('says so plainly in the headline, with no signed zero anywhere', () => {
    expect(markdown.split('\n')[0]).toBe('### 🌱 ml-carbon: **3.05 kg CO2e** · no change vs base · no budget set');
    expect(markdown).not.toMatch(/±0|[−-]0(?![.,\d])/);
  });
});

describe('a change below the noise floor', () => {
  // Runs of 1e-12 h and 2e-12 h (about 1e-12 kg): compare calls the run unchanged (within 1e-9 kg), while the totals
  // still differ by 1e-12 kg, +100%. The headline used to read "±0 kg (+100%) vs base".
  const base = estimateOf(exactManifest({ a: 1e-12 }));
  const head = estimateOf(exactManifest({ a: 2e-12 }));
  const comparison = compareEstimates(base, head, {});

  it('reads "no change", never a signed zero with a percentage', () => {
    expect(comparison.runs[0]!.change).toBe('unchanged');
    expect(comparison.delta.percent).toBeCloseTo(100, 6);
    expect(verdictLine(comparison)).toMatch(/^\*\*[^*]+ CO2e\*\* · no change vs base · no budget set$/);
    const markdown = renderReport(comparison);
    expect(markdown).not.toContain('±0');
    expect(markdown).toMatch(/\| \*\*Total\*\* \| \*\*[^|]+\*\* \| \*\*[^|]+\*\* \| +\| range /);
  });
});

describe('input errors beside good runs', () => {
  const base = estimateOf(exactManifest({ good: 1, broken: 1 }));
  const head = estimateOf(exactManifest({ good: 1 }));
  const comparison = compareEstimates(base, head, {});
  const error: InputProblem = {
    file: 'm.yml',
    line: 9,
    column: 20,
    path: 'runs[1].hardware.accelerator',
    message: 'unknown accelerator "A100-SXM9"',
    severity: 'error',
  };

  it('says in the headline that errors left the budget unchecked, and does not call a run that an error left out "removed"', () => {
    const markdown = renderReport(comparison, { problems: [error], manifestsRead: ['m.yml'] }).replace(NBSP, ' ');
    expect(markdown.split('\n')[0]).toBe(
      '### 🌱 ml-carbon: **1.02 kg CO2e** · −1.02 kg (−50%) vs base · ⛔ budget not checked: 1 error in the input',
    );
    expect(markdown).toContain('m.yml:9:20: runs[1].hardware.accelerator: unknown accelerator "A100-SXM9"');
    expect(markdown).toMatch(/\| `broken` \| .* \| — \| .* \| 🗑️ removed, or left out by an input error above \|/);
  });

  it('calls it removed when no error could have left it out', () => {
    const markdown = renderReport(comparison, { manifestsRead: ['m.yml'] });
    expect(markdown).toMatch(/\| `broken` \| .* \| — \| .* \| 🗑️ removed \|/);
    const warning = { ...error, severity: 'warning' as const };
    expect(renderReport(comparison, { problems: [warning], manifestsRead: ['m.yml'] })).toMatch(/🗑️ removed \|/);
  });
});

describe('budget rules a PR changes', () => {
  const base = estimateOf(exactManifest({ a: 1 }));
  const budgets = { base: { totalCo2eKg: 1500, maxIncreasePercent: 60, warnIncreasePercent: 20 }, head: {} };

  it('are named in one callout, not one callout per rule', () => {
    const markdown = renderReport(compareEstimates(base, base, budgets)).replace(NBSP, ' ');
    expect(markdown.match(/> \[!WARNING\]/g)).toHaveLength(1);
    expect(markdown).toContain(
      "> This PR **removes** the budget `total_co2e_kg` (was 1,500 kg), **removes** the budget `max_increase_percent` (was 60%) and **removes** the budget `warn_increase_percent` (was 20%). The base branch's budget stays in force for this PR.",
    );
  });

  it('a lowered budget is a note, not a warning', () => {
    const lowered = { base: { totalCo2eKg: 1500 }, head: { totalCo2eKg: 1000 } };
    const markdown = renderReport(compareEstimates(base, base, lowered)).replace(NBSP, ' ');
    expect(markdown).toContain('> [!NOTE]\n> This PR lowers the budget `total_co2e_kg` from 1,500 kg to 1,000 kg.');
    expect(markdown).not.toContain('[!WARNING]');
  });
});

describe('names with bidirectional controls and very long names', () => {
  it('lose their embedding, override and isolate controls, which would reorder the figures after them', () => {
    const overrides = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of overrides) {
      expect(code(`pkg${control}rtl`)).toBe('`pkg�rtl`');
      expect(codeBlock([`a${control}b`])).toBe('```text\na�b\n```');
    }
    // Right-to-left letters themselves are kept.
    expect(code('שלום')).toBe('`שלום`');
  });

  it('a table cell keeps at most the given characters of a long name, ending in an ellipsis', () => {
    const cell = proseCell(`${'x'.repeat(500)}|`, 120);
    expect(cell).toBe(`${'x'.repeat(119)}…`);
  });
});

describe('the terminal text of `compare` for the same odd inputs', async () => {
  const { renderComparisonText } = await import('../../src/report/text.js');
  const base = estimateOf(exactManifest({ a: 1, b: 2 }));

  it('says "no change vs base" for identical sides, with no signed zero', () => {
    const text = renderComparisonText(compareEstimates(base, base, {}));
    expect(text.split('\n')[1]).toBe('head 3 kg CO2e · no change vs base');
    expect(text).not.toContain('±0');
  });

  it('says "no runs" for an empty head, with no zero total and no zero range', () => {
    const text = renderComparisonText(compareEstimates(base, empty('ml-carbon.yml'), {}));
    expect(text.split('\n')[1]).toBe('head: no runs · −3.05 kg (−100%) vs base');
    expect(text).not.toMatch(/\b0 kg/);
    expect(text).toMatch(/^Total +3\.05 kg +— +−3\.05 kg$/m);
  });
});

describe('measured and estimated runs', () => {
  it('a measured figure carries 📏 and the collapsed section that explains it (fixtures/example: 1 of 3 head runs)', async () => {
    const { exampleComment } = await import('./sample-comments.js');
    const markdown = await exampleComment();
    expect(markdown).toMatch(/\| `sentiment-bert-finetune` \| [^|]+\u00A0📏 \| [^|]+\u00A0📏 \|/);
    expect(markdown).toContain('<details><summary>📏 Measured vs estimated (1 run with logs');
    expect(markdown).not.toContain('All estimated');
  });

  it('says plainly when every figure is an estimate', () => {
    const estimate = estimateOf(exactManifest({ a: 1 }));
    const markdown = renderReport(compareEstimates(estimate, estimate, {}));
    expect(markdown).toMatch(/by car \(\[US EPA \d+\]\([^)]+\)\)\. All estimated \(no measured logs\)\./);
    expect(markdown).not.toContain('📏');
  });
});

describe('prose that opens with a code span', () => {
  it('keeps the span (a single backtick starts no block) and still escapes a fence', () => {
    // Seen in the comment's notes: "\`training tokens` = 882M" rendered a stray backtick instead of code.
    expect(prose('`training tokens` = 882M, from samples')).toBe('`training tokens` = 882M, from samples');
    expect(prose('```js')).toBe('\\```js');
    expect(prose('~~~')).toBe('\\~~~');
    expect(renderGfm(`- ${prose('`tokens` = 1B')}`)).toContain('<li><code>tokens</code> = 1B</li>');
  });
});

describe('`estimate --format markdown` with a hostile accelerator name', async () => {
  const { parseManifest } = await import('../../src/manifest/parse.js');
  const { estimateManifest } = await import('../../src/estimate/estimate.js');
  const { renderEstimateMarkdown } = await import('../../src/report/estimate-markdown.js');
  const name = 'Acme <b>X</b> | [site](https://evil.example) @org/team';
  const { manifest } = parseManifest(
    `version: 1\nruns:\n  - id: custom\n    model: { parameters: 110M }\n    training: { tokens: 1B, precision: bf16 }\n    hardware: { accelerator: ${JSON.stringify(name)}, count: 1, tdp_watts: 300, peak_tflops: 100 }\n    location: gcp:us-central1\n`,
    'm.yml',
  );
  const estimate = estimateManifest(manifest!);
  const html = renderGfm(renderEstimateMarkdown(compareEstimates(undefined, estimate, {})));

  it('shows the name as text: no tag, link or mention from it, and the table keeps its columns', () => {
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<a href="https:\/\/evil/);
    expect(html).not.toMatch(/@org\/team/); // a zero-width space follows the @
    expect(html.replace(NBSP, ' ')).toContain('Acme &lt;b&gt;X&lt;/b&gt; | ');
    for (const shape of [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
      [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]!.match(/<t[hd][ >]/g) ?? []).length),
    ))
      expect(new Set(shape).size).toBe(1);
  });
});
