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
} from '../util/format.js';
import { renderAdviceDetails, renderTopAdvice } from './advice.js';
import { changeDrivers, type RunInputs } from './drivers.js';
import { codeCell, prose, proseCell } from './escape.js';
import { renderMeasuredSection } from './measured.js';
import { renderMethodology } from './methodology.js';
import { renderPerRunDetails } from './per-run.js';
import { problemsSection } from './problems.js';
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
}

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

export function verdictLine(comparison: Comparison): string {
  const total = comparison.head.total.co2eKg.value;
  const parts = [`**${formatKg(total)} CO2e**`];
  if (comparison.base && comparison.delta.co2eKg === 0) parts.push('no change vs base');
  else if (comparison.base) {
    const percent = comparison.delta.percent === null ? '' : ` (${formatPercent(comparison.delta.percent)})`;
    parts.push(`${formatSignedKg(comparison.delta.co2eKg)}${percent} vs base`);
  } else {
    parts.push(comparison.budget.status === 'error' ? 'base branch not read' : 'no manifest on the base branch');
  }
  parts.push(BUDGET_LABEL[comparison.budget.status] ?? comparison.budget.status);
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
  if (row.change === 'unchanged' || row.deltaCo2eKg === 0) return '—';
  const percent = row.deltaPercent === null || row.change !== 'changed' ? '' : ` (${formatPercent(row.deltaPercent)})`;
  return `${formatSignedKg(row.deltaCo2eKg)}${percent}`;
}

function whyCell(row: RunComparison, inputs: RunInputs | undefined): string {
  const drivers = changeDrivers(row, inputs).map(proseCell);
  if (row.change === 'renamed') drivers.unshift(`renamed from ${codeCell(row.previousId ?? '')}`);
  const icon = { added: '🆕 ', removed: '🗑️ ', renamed: '✏️ ', changed: '', unchanged: '' }[row.change];
  return drivers.length ? `${icon}${drivers.join(', ')}` : 'unchanged';
}

function runRow(row: RunComparison, inputs: RunInputs | undefined): string[] {
  return [codeCell(row.id), figureCell(row.base), figureCell(row.head), changeCell(row), whyCell(row, inputs)];
}

const sumKg = (runs: (RunEstimate | undefined)[]) =>
  runs.reduce((total, run) => total + (run ? runTotalKg(run) : 0), 0);

/** The rows above the fold: changed runs by size of change, then unchanged ones while there is room. */
function foldRows(comparison: Comparison): { shown: RunComparison[]; hidden: RunComparison[] } {
  if (comparison.runs.length <= MAX_RUN_ROWS) return { shown: comparison.runs, hidden: [] };
  const ranked = [...comparison.runs].sort(
    (a, b) =>
      Number(a.change === 'unchanged') - Number(b.change === 'unchanged') ||
      Math.abs(b.deltaCo2eKg) - Math.abs(a.deltaCo2eKg),
  );
  const shown = new Set(ranked.slice(0, MAX_RUN_ROWS - 1));
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

function runTable(comparison: Comparison, inputs: RunInputs | undefined): { table: string; allRuns?: string } {
  const { shown, hidden } = foldRows(comparison);
  const rows = shown.map((row) => runRow(row, inputs));
  if (hidden.length) {
    const changed = hidden.filter((row) => row.change !== 'unchanged').length;
    const delta = hidden.reduce((total, row) => total + row.deltaCo2eKg, 0);
    rows.push([
      `${hidden.length} more runs`,
      comparison.base ? formatKg(sumKg(hidden.map((row) => row.base))) : '—',
      formatKg(sumKg(hidden.map((row) => row.head))),
      changed ? formatSignedKg(delta) : '—',
      changed ? `${changed} changed, ${hidden.length - changed} unchanged: all runs below` : 'unchanged',
    ]);
  }
  const total = comparison.head.total.co2eKg;
  rows.push([
    '**Total**',
    comparison.base ? `**${formatKg(comparison.base.total.co2eKg.value)}**` : '—',
    `**${formatKg(total.value)}**`,
    comparison.base && comparison.delta.co2eKg !== 0 ? `**${formatSignedKg(comparison.delta.co2eKg)}**` : '',
    `range ${formatRange(total, formatKg)}`,
  ]);
  const allRuns = hidden.length
    ? collapsed(`All ${comparison.runs.length} runs`, table(comparison.runs.map((row) => runRow(row, inputs))))
    : undefined;
  return { table: table(rows), ...(allRuns ? { allRuns } : {}) };
}

function budgetChangeNotes(budget: BudgetVerdict): string[] {
  return budget.changes.map((change) => {
    const rule = RULES[change.rule] ?? { name: change.rule, unit: formatNumber };
    const from = change.from === undefined ? 'unset' : rule.unit(change.from);
    const to = change.to === undefined ? 'unset' : rule.unit(change.to);
    const raises = change.to === undefined || (change.from !== undefined && change.to > change.from);
    const verb = raises ? '**raises**' : change.from === undefined ? 'sets' : 'lowers';
    return `> [!${raises ? 'WARNING' : 'NOTE'}]\n> This PR ${verb} the budget \`${rule.name}\` from ${from} to ${to}. The base branch's budget stays in force for this PR.`;
  });
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
  return `${split}${formatKwh(total.energyKwh.value)} of facility energy; ${carEquivalent(total.co2eKg)}.`;
}

export function renderReport(comparison: Comparison, options: ReportOptions = {}): string {
  const headRuns = comparison.head.runs;
  const readFiles = new Set(options.manifestsRead ?? (headRuns.length ? comparison.head.manifest.split(', ') : []));
  const problems = problemsSection(options.problems ?? [], readFiles);
  const runs = runTable(comparison, options.inputs);
  const aboveFold = [
    `### 🌱 ml-carbon: ${verdictLine(comparison)}`,
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
    headRuns.length ? renderPerRunDetails(headRuns) : '',
    renderMethodology(headRuns),
  ];
  return `${[...aboveFold, ...belowFold]
    .filter((section) => section.trim() !== '')
    .map(unbroken)
    .join('\n\n')}\n`;
}
