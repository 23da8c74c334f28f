// A small mermaid chart of base vs head per run for the PR comment, only where it says more than the table:
// a base exists, 2 to 12 runs, at least one run changed, and both sides have runs (bars or a line all at zero
// would only repeat "all removed" or "all new").
import { runTotalKg } from '../compare/run-total.js';
import type { Comparison } from '../compare/types.js';
import { mermaidLabel } from '../report/escape.js';

const MAX_RUNS = 12;

/** Three significant digits, plain decimal notation (mermaid reads numbers, not "1.2e-3"). */
function plain(value: number): string {
  if (value === 0) return '0';
  const decimals = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  const fixed = value.toFixed(Math.min(decimals, 9));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function runChart(comparison: Comparison): string | undefined {
  const rows = comparison.runs;
  if (!comparison.base || rows.length < 2 || rows.length > MAX_RUNS || rows.every((row) => row.change === 'unchanged'))
    return undefined;
  if (rows.every((row) => !row.head) || rows.every((row) => !row.base)) return undefined;
  const base = rows.map((row) => (row.base ? runTotalKg(row.base) : 0));
  const head = rows.map((row) => (row.head ? runTotalKg(row.head) : 0));
  const largest = Math.max(...base, ...head);
  if (!(largest > 0)) return undefined;
  // Grams when every run is under a kilogram, tonnes from a tonne up, so the axis reads in whole units.
  const [unit, scale] = largest < 1 ? ['g', 1000] : largest >= 1000 ? ['t', 1 / 1000] : ['kg', 1];
  const values = (list: number[]) => `[${list.map((kg) => plain(kg * scale)).join(', ')}]`;
  const chart = [
    '```mermaid',
    'xychart-beta',
    `  title "CO2e per run (${unit}): bars = this PR, line = base"`,
    `  x-axis [${rows.map((row) => `"${mermaidLabel(row.id)}"`).join(', ')}]`,
    `  y-axis "${unit} CO2e"`,
    `  bar ${values(head)}`,
    `  line ${values(base)}`,
    '```',
  ].join('\n');
  return `<details><summary>📊 Chart: CO2e per run, this PR against base</summary>\n\n${chart}\n\n</details>`;
}
