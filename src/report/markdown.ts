// The PR comment. Above the fold: the verdict, the budget, the runs that changed and why, the range, and the few
// biggest savings. Everything else (advice in full, measured vs estimated, chart, per-run details, methodology) sits
// in <details>. Every string the bot did not write goes through ./escape.ts.
import { markdownTable } from 'markdown-table';
import type { BudgetVerdict, Comparison, RunComparison } from '../compare/types.js';
import { runTotalKg } from '../compare/run-total.js';
import { CAR_KG_CO2E_PER_KM } from '../data/defaults.js';
import type { InputProblem } from '../errors.js';
import type { PullRequestAdviceSummary } from '../estimate/advice-result.js';
import type { RunEstimate } from '../estimate/types.js';
import {
  formatKg,
  formatKwh,
  formatNumber,
  formatNumberOfRange,
  formatPercent,
  formatRange,
  formatSignedKg,
  formatWhole,
} from '../util/format.js';
import { renderAdviceDetails, renderTopAdvice } from './advice.js';
import { changeDrivers, type RunInputs } from './drivers.js';
import { codeCell, prose, proseCell } from './escape.js';
import { renderMeasuredSection } from './measured.js';
import { renderMethodology } from './methodology.js';
import { renderPerRunDetails } from './per-run.js';
import { leavesRunsOut, problemsSection } from './problems.js';
import { collapsed, unbroken } from './markdown-blocks.js';

export interface ReportOptions {
  problems?: InputProblem[];
  /** Extra sections other parts add after the fold (e.g. the action's chart), each already collapsed or short. */
  sections?: string[];
  /** A line under the title, e.g. which base commit was compared. Written by the bot; user parts escaped by it. */
  context?: string;
  /** The parsed runs of each side, so the run table can say what changed. */
  inputs?: RunInputs;
  /** Manifest files that were parsed (problems in other files mean those files added no runs). */
  manifestsRead?: string[];
  /** The advice for the PR as a whole (advice/advise.ts `advisePullRequest`). */
  advice?: PullRequestAdviceSummary;
  /**
   * Longest report wanted, in UTF-16 code units (GitHub counts no more). Past it, the long lists (all runs, per-run
   * details, input warnings) list fewer items and say how many more the job summary and the JSON report hold.
   * Default: a PR comment's room. `Infinity` for the job summary.
   */
  maxChars?: number;
}

/** GitHub refuses a comment over 65,536 characters; the rest is room for the sticky-comment marker. */
export const COMMENT_REPORT_CHARS = 64_000;

/** How many items each long list shows; tried in order until the report fits `maxChars`. */
export interface ListLimits {
  allRuns: number;
  runDetails: number;
  problems: number;
}

const LIST_LIMITS: ListLimits[] = [
  { allRuns: Infinity, runDetails: Infinity, problems: Infinity },
  { allRuns: 200, runDetails: 50, problems: 50 },
  { allRuns: 100, runDetails: 20, problems: 20 },
  { allRuns: 40, runDetails: 0, problems: 10 },
];

/** Where a shortened list's other items are. */
export const ELSEWHERE = 'the job summary and the JSON report list them all';

/** Rows of the run table shown above the fold; a monorepo's other runs are summed in one row and listed in details. */
export const MAX_RUN_ROWS = 8;

const BUDGET_LABEL: Record<string, string> = {
  pass: '✅ within budget',
  warn: '⚠️ budget warning',
  fail: '❌ over budget',
  none: 'no budget set',
  error: '⛔ budget not checked',
};

const RULES: Record<string, { name: string; unit: (value: number) => string }> = {
  totalCo2eKg: { name: 'total_co2e_kg', unit: (value) => `${formatNumber(value)} kg` },
  perRunCo2eKg: { name: 'per_run_co2e_kg', unit: (value) => `${formatNumber(value)} kg` },
  maxIncreasePercent: { name: 'max_increase_percent', unit: (value) => `${formatNumber(value)}%` },
  warnIncreasePercent: { name: 'warn_increase_percent', unit: (value) => `${formatNumber(value)}%` },
};

/** A change that rounds to nothing ("±0 kg") is no change: it gets no sign and no percentage. */
const noChange = (kg: number): boolean => formatSignedKg(kg).startsWith('±');

/** Why a comparison has no base: none on the branch, the branch unread, or its manifest refused. */
function baseMissing(budget: BudgetVerdict): string {
  if (budget.status !== 'error') return 'no manifest on the base branch';
  return budget.reasons.some((reason) => /could not be read/.test(reason))
    ? 'base branch not read'
    : 'base not compared';
}

/**
 * The headline: the total, the change against base and the budget's state, which is "not checked" when the head has
 * input errors (`inputErrors`: their count), as the gate has it.
 */
export function verdictLine(comparison: Comparison, inputErrors = 0): string {
  const total = comparison.head.total.co2eKg.value;
  const parts = [comparison.head.runs.length ? `**${formatKg(total)} CO2e**` : '**no runs**'];
  if (comparison.base && noChange(comparison.delta.co2eKg)) parts.push('no change vs base');
  else if (comparison.base) {
    const percent = comparison.delta.percent === null ? '' : ` (${formatPercent(comparison.delta.percent)})`;
    parts.push(`${formatSignedKg(comparison.delta.co2eKg)}${percent} vs base`);
  } else {
    parts.push(baseMissing(comparison.budget));
  }
  // Errors leave the head's figures incomplete: the gate does not judge the budget on them (action/decision.ts).
  if (inputErrors)
    parts.push(`⛔ budget not checked: ${inputErrors} error${inputErrors === 1 ? '' : 's'} in the input`);
  else parts.push(BUDGET_LABEL[comparison.budget.status] ?? comparison.budget.status);
  return parts.join(' · ');
}

function carEquivalent(range: { value: number; low: number; high: number }): string {
  const perKm = CAR_KG_CO2E_PER_KM.value;
  const km = formatNumberOfRange(range.value / perKm, {
    value: range.value / perKm,
    low: range.low / perKm,
    high: range.high / perKm,
  });
  return `≈ ${km} km by car ([US EPA ${CAR_KG_CO2E_PER_KM.year}](${CAR_KG_CO2E_PER_KM.url}))`;
}

function figureCell(run: RunEstimate | undefined): string {
  if (!run) return '—';
  return `${formatKg(runTotalKg(run))}${run.basis === 'measured' ? '\u00A0📏' : ''}`;
}

function changeCell(row: RunComparison): string {
  if (row.change === 'unchanged' || noChange(row.deltaCo2eKg)) return '—';
  const percent = row.deltaPercent === null || row.change !== 'changed' ? '' : ` (${formatPercent(row.deltaPercent)})`;
  return `${formatSignedKg(row.deltaCo2eKg)}${percent}`;
}

/** Longest driver in the Why column ("A100 → <a custom accelerator's name>"). */
const MAX_DRIVER_CHARS = 120;

function whyCell(row: RunComparison, inputs: RunInputs | undefined, runsLeftOut: boolean): string {
  if (row.change === 'removed' && runsLeftOut) return '🗑️ removed, or left out by an input error above';
  const drivers = changeDrivers(row, inputs).map((driver) => proseCell(driver, MAX_DRIVER_CHARS));
  if (row.change === 'renamed') drivers.unshift(`renamed from ${codeCell(row.previousId ?? '')}`);
  const icon = { added: '🆕 ', removed: '🗑️ ', renamed: '✏️ ', changed: '', unchanged: '' }[row.change];
  return drivers.length ? `${icon}${drivers.join(', ')}` : 'unchanged';
}

/** What the run rows need besides the row: the parsed runs, and whether input errors left runs out of the head. */
interface RowContext {
  inputs: RunInputs | undefined;
  runsLeftOut: boolean;
}

function runRow(row: RunComparison, context: RowContext): string[] {
  return [
    codeCell(row.id),
    figureCell(row.base),
    figureCell(row.head),
    changeCell(row),
    whyCell(row, context.inputs, context.runsLeftOut),
  ];
}

const sumKg = (runs: (RunEstimate | undefined)[]) =>
  runs.reduce((total, run) => total + (run ? runTotalKg(run) : 0), 0);

/**
 * At most `maxRows` rows (one of them for the rest): changed runs by size of change, then unchanged ones while there
 * is room, in the manifest's order.
 */
function foldRows(comparison: Comparison, maxRows: number): { shown: RunComparison[]; hidden: RunComparison[] } {
  if (comparison.runs.length <= maxRows) return { shown: comparison.runs, hidden: [] };
  const ranked = [...comparison.runs].sort(
    (a, b) =>
      Number(a.change === 'unchanged') - Number(b.change === 'unchanged') ||
      Math.abs(b.deltaCo2eKg) - Math.abs(a.deltaCo2eKg),
  );
  const shown = new Set(ranked.slice(0, maxRows - 1));
  return {
    shown: comparison.runs.filter((row) => shown.has(row)),
    hidden: comparison.runs.filter((row) => !shown.has(row)),
  };
}

function table(rows: string[][]): string {
  return markdownTable([['Run', 'Base', 'Head', 'Change', 'Why'], ...rows], {
    align: ['l', 'r', 'r', 'r', 'l'],
    alignDelimiters: false,
  });
}

/** One row standing for `hidden` runs, so the table still adds up to its total. */
function moreRow(comparison: Comparison, hidden: RunComparison[], where: string): string[] {
  const changed = hidden.filter((row) => row.change !== 'unchanged').length;
  const delta = hidden.reduce((total, row) => total + row.deltaCo2eKg, 0);
  return [
    `${formatWhole(hidden.length)} more runs`,
    comparison.base ? formatKg(sumKg(hidden.map((row) => row.base))) : '—',
    formatKg(sumKg(hidden.map((row) => row.head))),
    changed && !noChange(delta) ? formatSignedKg(delta) : '—',
    `${changed ? `${formatWhole(changed)} changed, ${formatWhole(hidden.length - changed)} unchanged` : 'unchanged'}: ${where}`,
  ];
}

/** The collapsed table of every run, or of the `limit` that changed most when there are more. */
function allRunsTable(comparison: Comparison, context: RowContext, limit: number): string {
  const runs = comparison.runs.length;
  if (runs <= limit)
    return collapsed(`All ${formatWhole(runs)} runs`, table(comparison.runs.map((row) => runRow(row, context))));
  const { shown, hidden } = foldRows(comparison, limit + 1);
  const rows = [...shown.map((row) => runRow(row, context)), moreRow(comparison, hidden, ELSEWHERE)];
  return collapsed(
    `All ${formatWhole(runs)} runs (${formatWhole(shown.length)} listed here: the largest changes)`,
    table(rows),
  );
}

function totalRow(comparison: Comparison): string[] {
  const total = comparison.head.total.co2eKg;
  return [
    '**Total**',
    comparison.base ? `**${formatKg(comparison.base.total.co2eKg.value)}**` : '—',
    comparison.head.runs.length ? `**${formatKg(total.value)}**` : '—',
    comparison.base && !noChange(comparison.delta.co2eKg) ? `**${formatSignedKg(comparison.delta.co2eKg)}**` : '',
    comparison.head.runs.length ? `range ${formatRange(total, formatKg)}` : 'no runs in this PR',
  ];
}

function runTable(
  comparison: Comparison,
  context: RowContext,
  limits: ListLimits,
): { table: string; allRuns?: string } {
  const { shown, hidden } = foldRows(comparison, MAX_RUN_ROWS);
  const rows = shown.map((row) => runRow(row, context));
  const listedBelow = comparison.runs.length <= limits.allRuns ? 'all runs below' : 'the largest changes below';
  if (hidden.length) rows.push(moreRow(comparison, hidden, listedBelow));
  rows.push(totalRow(comparison));
  const allRuns = hidden.length ? allRunsTable(comparison, context, limits.allRuns) : undefined;
  return { table: table(rows), ...(allRuns ? { allRuns } : {}) };
}

/** One callout for every rule the PR changes: a warning when any is raised or removed. */
function budgetChangeNotes(budget: BudgetVerdict): string[] {
  if (!budget.changes.length) return [];
  let raisesAny = false;
  const changes = budget.changes.map((change) => {
    const rule = RULES[change.rule] ?? { name: change.rule, unit: formatNumber };
    const from = change.from === undefined ? 'unset' : rule.unit(change.from);
    const raises = change.to === undefined || (change.from !== undefined && change.to > change.from);
    raisesAny ||= raises;
    if (change.to === undefined) return `**removes** the budget \`${rule.name}\` (was ${from})`;
    const verb = raises ? '**raises**' : change.from === undefined ? 'sets' : 'lowers';
    return `${verb} the budget \`${rule.name}\` from ${from} to ${rule.unit(change.to)}`;
  });
  const listed = changes.length === 1 ? changes[0] : `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}`;
  return [
    `> [!${raisesAny ? 'WARNING' : 'NOTE'}]\n> This PR ${listed}. The base branch's budget stays in force for this PR.`,
  ];
}

function budgetSection(budget: BudgetVerdict): string {
  const lines = budgetChangeNotes(budget);
  const status: string = budget.status;
  if (status === 'error') {
    const reasons = budget.reasons.length ? budget.reasons.map(prose).join('; ') : 'the reason was not recorded';
    lines.push(`> [!CAUTION]\n> **The budget could not be checked**, so this PR does not pass the gate: ${reasons}.`);
    return lines.join('\n\n');
  }
  if (status === 'none') return lines.join('\n\n');
  const authority = {
    base: "the base branch's manifest",
    head: "this PR's manifest (no manifest on base)",
    override: 'the workflow inputs',
    none: '',
  }[budget.authority];
  const icon = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
  lines.push(
    [
      `**Budget** (from ${authority}, judged on central values):`,
      ...budget.checks.map((check) => `- ${icon[check.status]} ${prose(check.message)}`),
    ].join('\n'),
  );
  return lines.join('\n\n');
}

/** What the total is made of, in one line under the table (whose Total row carries the range). */
function compositionLine(comparison: Comparison): string {
  const total = comparison.head.total;
  const serving = total.inferenceCo2eKg.value;
  const split = serving > 0 ? `Training ${formatKg(total.trainingCo2eKg.value)}, serving ${formatKg(serving)}; ` : '';
  // Measured figures carry 📏, explained by the collapsed "Measured vs estimated" section; without any, say so.
  const basis = comparison.head.runs.some((run) => run.basis === 'measured')
    ? ''
    : ' All estimated (no measured logs).';
  return `${split}${formatKwh(total.energyKwh.value)} of facility energy; ${carEquivalent(total.co2eKg)}.${basis}`;
}

function render(comparison: Comparison, options: ReportOptions, limits: ListLimits): string {
  const headRuns = comparison.head.runs;
  const readFiles = new Set(options.manifestsRead ?? (headRuns.length ? comparison.head.manifest.split(', ') : []));
  const problems = problemsSection(options.problems ?? [], readFiles, limits.problems, ELSEWHERE);
  const errors = (options.problems ?? []).filter((problem) => problem.severity === 'error');
  const context = { inputs: options.inputs, runsLeftOut: leavesRunsOut(errors, readFiles) };
  const runs = runTable(comparison, context, limits);
  const aboveFold = [
    `### 🌱 ml-carbon: ${verdictLine(comparison, errors.length)}`,
    options.context ?? '',
    problems.aboveFold,
    budgetSection(comparison.budget),
    headRuns.length || comparison.runs.length ? runs.table : '',
    headRuns.length ? compositionLine(comparison) : '',
    options.advice ? renderTopAdvice(options.advice) : '',
  ];
  const belowFold = [
    problems.collapsed,
    runs.allRuns ?? '',
    options.advice ? renderAdviceDetails(options.advice) : '',
    renderMeasuredSection(comparison),
    ...(options.sections ?? []),
    headRuns.length ? renderPerRunDetails(headRuns, limits.runDetails, ELSEWHERE) : '',
    renderMethodology(headRuns),
  ];
  return `${[...aboveFold, ...belowFold]
    .filter((section) => section.trim() !== '')
    .map(unbroken)
    .join('\n\n')}\n`;
}

/** The PR comment; past `options.maxChars` the long lists are shortened, each saying where the rest is. */
export function renderReport(comparison: Comparison, options: ReportOptions = {}): string {
  const maxChars = options.maxChars ?? COMMENT_REPORT_CHARS;
  let markdown = '';
  for (const limits of LIST_LIMITS) {
    markdown = render(comparison, options, limits);
    if (markdown.length <= maxChars) break;
  }
  return markdown;
}
