// Terminal text: aligned columns, no HTML, no emoji (their width varies by terminal), at most `width` columns.
// Renders the same data as the markdown: the estimate view, and the comparison for `compare`.
import type { BudgetChange, Comparison, RunComparison } from '../compare/types.js';
import type { Budget } from '../manifest/types.js';
import { formatKg, formatKgOfRange, formatPercent, formatRange, formatSignedKg, NBSP, noWrap } from '../util/format.js';
import { BUDGET_WORDS, estimateView, runFigure, type CheckView, type TableView } from './estimate-view.js';

export const TEXT_WIDTH = 100;
const GAP = '  ';
const MIN_SHRUNK_COLUMN = 8;

const length = (text: string): number => [...text].length;

function clip(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number, align: 'l' | 'r'): string {
  const fill = ' '.repeat(Math.max(0, width - length(text)));
  return align === 'r' ? fill + text : text + fill;
}

/** Left-aligned columns give up width (widest first, ending in "…") until the table fits. */
function columnWidths(table: TableView, width: number): number[] {
  const all = [table.header, ...table.rows, ...(table.footer ?? [])];
  const widths = table.header.map((_, column) => Math.max(...all.map((row) => length(row[column] ?? ''))));
  let excess = widths.reduce((sum, value) => sum + value, 0) + GAP.length * (widths.length - 1) - width;
  const order = table.shrink ?? table.align.flatMap((align, column) => (align === 'l' ? [column] : []));
  for (const column of order) {
    if (excess <= 0) break;
    const cut = Math.min(excess, Math.max(0, widths[column]! - MIN_SHRUNK_COLUMN));
    widths[column]! -= cut;
    excess -= cut;
  }
  return widths;
}

export function renderTable(table: TableView, width = TEXT_WIDTH): string[] {
  const widths = columnWidths(table, width);
  const line = (row: string[]) =>
    row
      .map((cell, column) => pad(clip(cell, widths[column]!), widths[column]!, table.align[column] ?? 'l'))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((value) => '─'.repeat(value)).join(GAP);
  return [
    line(table.header),
    rule,
    ...table.rows.map(line),
    ...(table.footer?.length ? [rule, ...table.footer.map(line)] : []),
  ];
}

/** Word-wraps at `width`; values joined by U+00A0 never break, and print with a plain space. */
export function wrap(text: string, width = TEXT_WIDTH, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && length(current) + 1 + length(word) > width) {
      lines.push(current);
      current = indent + word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.map((line) => line.replaceAll(NBSP, ' '));
}

/** Markdown-flavored text from the shared view (inline code) reads plainly in a terminal. */
const plain = (text: string): string => text.replaceAll('`', '');

/** `prefix` on the first line, as many spaces on the next ones. */
function hanging(prefix: string, text: string): string[] {
  const indent = ' '.repeat(length(prefix));
  return wrap(plain(text), TEXT_WIDTH - indent.length).map((line, index) => (index ? indent : prefix) + line);
}

const bullets = (items: string[]): string[] => items.flatMap((item) => hanging('  - ', item));

const CHECK_MARK: Record<CheckView['status'], string> = { pass: '  ok    ', warn: '  warn  ', fail: '  FAIL  ' };

const checkLines = (checks: CheckView[]): string[] =>
  checks.flatMap((check) => hanging(CHECK_MARK[check.status], check.message));

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/** `ml-carbon estimate` on a terminal. */
export function renderEstimateText(comparison: Comparison): string {
  const view = estimateView(comparison);
  const lines = [
    ...wrap(`ml-carbon estimate · ${view.manifest}`),
    ...wrap(view.headline.map(noWrap).join(' · ')),
    '',
    ...renderTable(view.runs),
    ...(view.budget ? section(`Budget (from ${view.budget.authority}):`, checkLines(view.budget.checks)) : []),
    ...section('Biggest savings:', bullets(view.savings)),
    ...section('Notes:', bullets(view.notes)),
  ];
  return `${lines.join('\n')}\n`;
}

const CHANGE_WORDS: Record<RunComparison['change'], string> = {
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  changed: 'changed',
  unchanged: 'unchanged',
};

function changeCell(row: RunComparison): string {
  if (row.change === 'unchanged' || row.change === 'renamed') return '—';
  const percent = row.deltaPercent === null || row.change === 'removed' ? '' : ` (${formatPercent(row.deltaPercent)})`;
  return `${formatSignedKg(row.deltaCo2eKg, row.base?.co2eKg.value ?? row.head?.co2eKg.value)}${percent}`;
}

const RULE_NAMES: Record<keyof Budget, string> = {
  totalCo2eKg: 'total_co2e_kg',
  perRunCo2eKg: 'per_run_co2e_kg',
  maxIncreasePercent: 'max_increase_percent',
  warnIncreasePercent: 'warn_increase_percent',
};

function limitText(rule: keyof Budget, value: number | undefined): string {
  if (value === undefined) return 'unset';
  return rule === 'totalCo2eKg' || rule === 'perRunCo2eKg' ? formatKg(value) : `${formatPercent(value)}`;
}

function budgetChangeLine(change: BudgetChange): string {
  const raises =
    change.to === undefined || (change.from !== undefined && change.to > change.from) ? 'raises' : 'changes';
  return `this PR ${raises} ${RULE_NAMES[change.rule]} from ${noWrap(limitText(change.rule, change.from))} to ${noWrap(
    limitText(change.rule, change.to),
  )}; the base branch's budget stays in force`;
}

/** `ml-carbon compare` on a terminal. */
export function renderComparisonText(comparison: Comparison): string {
  const { base, head, budget } = comparison;
  const hasRuns = head.runs.length > 0;
  const headline = [hasRuns ? `head ${formatKgOfRange(head.total.co2eKg)} CO2e` : 'head: no runs'];
  const delta = base ? formatSignedKg(comparison.delta.co2eKg, base.total.co2eKg.value) : '';
  const noChange = delta.startsWith('±');
  if (base && noChange) headline.push('no change vs base');
  else if (base) {
    const percent = comparison.delta.percent === null ? '' : ` (${formatPercent(comparison.delta.percent)})`;
    headline.push(`${delta}${percent} vs base`);
  } else headline.push('no base manifest: every run is new');
  if (budget.status !== 'none') headline.push(BUDGET_WORDS[budget.status]);
  const table: TableView = {
    header: ['Run', 'Base', 'Head', 'Change', ''],
    align: ['l', 'r', 'r', 'r', 'l'],
    rows: comparison.runs.map((row) => [
      row.id,
      runFigure(row.base),
      runFigure(row.head),
      changeCell(row),
      row.change === 'renamed' ? `renamed from ${row.previousId}` : CHANGE_WORDS[row.change],
    ]),
    footer: [
      [
        'Total',
        base ? formatKg(base.total.co2eKg.value) : '—',
        hasRuns ? formatKg(head.total.co2eKg.value) : '—',
        base && !noChange ? delta : '',
        '',
      ],
    ],
  };
  const authority = { base: "the base branch's manifest", head: "the head's manifest", override: 'the limits given' };
  const lines = [
    ...wrap(`ml-carbon compare · ${base?.manifest ?? '(no base)'} → ${head.manifest}`),
    ...wrap(headline.map(noWrap).join(' · ')),
    ...(hasRuns ? wrap(`head range ${noWrap(formatRange(head.total.co2eKg, formatKg))} CO2e`) : []),
    '',
    ...renderTable(table),
    ...(budget.status !== 'none' && budget.authority !== 'none'
      ? section(`Budget (from ${authority[budget.authority]}, judged on central values):`, checkLines(budget.checks))
      : []),
    ...section('Budget changes:', bullets(budget.changes.map(budgetChangeLine))),
  ];
  return `${lines.join('\n')}\n`;
}
