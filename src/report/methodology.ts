// The collapsed methodology section: how the figures were computed and every default they used, with sources.
import { markdownTable } from 'markdown-table';
import type { AssumptionUse } from '../data/types.js';
import type { RunEstimate } from '../estimate/types.js';
import { formatNumber } from '../util/format.js';
import { codeCell, proseCell } from './escape.js';

interface UsedBy extends AssumptionUse {
  runs: string[];
}

export function collectAssumptions(runs: RunEstimate[]): UsedBy[] {
  const byKey = new Map<string, { entry: UsedBy; runIds: Set<string> }>();
  for (const run of runs) {
    for (const use of run.assumptions) {
      const key = `${use.origin}|${use.name}|${use.value}`;
      let found = byKey.get(key);
      if (!found) {
        found = { entry: { ...use, runs: [] }, runIds: new Set() };
        byKey.set(key, found);
      }
      // A set beside the list: a default used by all of a monorepo's thousand runs is not searched for each of them.
      if (!found.runIds.has(run.id)) {
        found.runIds.add(run.id);
        found.entry.runs.push(run.id);
      }
    }
  }
  return [...byKey.values()].map((found) => found.entry);
}

/** Sources run to several sentences; the cell keeps the first ~80 characters and links the rest. */
const SOURCE_LABEL_CHARS = 80;

function shortened(text: string): string {
  if (text.length <= SOURCE_LABEL_CHARS) return text;
  const cut = text.lastIndexOf(' ', SOURCE_LABEL_CHARS);
  return `${text.slice(0, cut > 40 ? cut : SOURCE_LABEL_CHARS).replace(/[\s,;:(]+$/, '')}…`;
}

/** The file's name without its folders: the measured section gives the full path. */
const fileName = (path: string): string => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

/** A measured figure's name carries its log path; the source cell names the file, so the name drops it. */
const nameOf = (use: AssumptionUse): string =>
  use.origin === 'measured' ? use.name.replace(` (${use.source})`, '') : use.name;

function sourceCell(use: AssumptionUse): string {
  if (use.origin === 'manifest') return 'your manifest';
  if (use.origin === 'measured') return `log ${codeCell(fileName(use.source))}`;
  const text = `${proseCell(shortened(use.source))}${use.year ? ` (${use.year})` : ''}`;
  return use.url ? `[${text}](${use.url})` : text;
}

/** At most three run ids in a cell, so a monorepo's table stays narrow. */
function runList(ids: string[]): string {
  const shown = ids.slice(0, 3).map(codeCell).join(', ');
  return ids.length > 3 ? `${shown} and ${ids.length - 3} more` : shown;
}

export function renderMethodology(runs: RunEstimate[]): string {
  const used = collectAssumptions(runs).filter((use) => use.origin !== 'manifest');
  const rows = used.map((use) => [
    proseCell(nameOf(use)),
    `${formatNumber(use.value)} ${use.unit}`,
    use.low !== undefined && use.high !== undefined
      ? `${formatNumber(use.low)} – ${formatNumber(use.high)} ${use.unit}`
      : '',
    sourceCell(use),
    use.runs.length === runs.length ? 'all' : runList(use.runs),
  ]);
  const lines = [
    '<details><summary>Methodology and defaults</summary>',
    '',
    '- **Training FLOPs** = 6 × parameters (active parameters for mixture-of-experts) × tokens, unless `flops` is given.',
    "- **Accelerator-hours** = count × hours when hours are given; otherwise FLOPs ÷ (dense peak FLOP/s at the run's precision × utilization).",
    '- **Energy** = accelerator-hours × average power + host overhead, × PUE (facility energy), × repeats.',
    "- **CO2e** = energy × location-based grid intensity, plus the accelerators' and hosts' embodied carbon amortised over their service life for the hours used.",
    '- **Serving** = 2 × parameters FLOPs per token through the same chain, over the declared period.',
    '- **Ranges** combine the spreads of the uncertain inputs below (independent factors multiply in quadrature in log space); budgets are judged on the central value.',
    '',
  ];
  if (rows.length) {
    lines.push(
      markdownTable([['Default used', 'Value', 'Range', 'Source', 'Runs'], ...rows], {
        align: ['l', 'r', 'r', 'l', 'l'],
        alignDelimiters: false,
      }),
    );
  } else {
    lines.push('Every figure came from your manifest; no defaults were needed.');
  }
  lines.push('', '</details>');
  return lines.join('\n');
}
