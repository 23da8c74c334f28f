// The PR comment: verdict line, per-run comparison, totals and range, details, methodology.
import { markdownTable } from 'markdown-table';
import type { BudgetVerdict, Comparison, RunComparison } from '../compare/types.js';
import { runTotalKg } from '../compare/run-total.js';
import { CAR_KG_CO2E_PER_KM } from '../data/defaults.js';
import { formatProblem, type InputProblem } from '../errors.js';
import type { RunEstimate } from '../estimate/types.js';
import {
  formatHours,
  formatKg,
  formatKwh,
  formatNumber,
  formatPercent,
  formatRange,
  formatSignedKg,
} from '../util/format.js';
import { renderMethodology } from './methodology.js';

export interface ReportOptions {
  problems?: InputProblem[];
  /** Extra sections other parts append (advice, measured logs, base commit), in order. */
  sections?: string[];
  /** A line under the title, e.g. which base commit was compared. */
  context?: string;
}

const BUDGET_LABEL: Record<BudgetVerdict['status'], string> = {
  pass: '✅ within budget',
  warn: '⚠️ budget warning',
  fail: '❌ over budget',
  none: 'no budget set',
};

const CHANGE_LABEL: Record<RunComparison['change'], string> = {
  added: '🆕 added',
  removed: '🗑️ removed',
  renamed: '✏️ renamed',
  changed: 'changed',
  unchanged: 'unchanged',
};

const RULE_NAMES: Record<string, string> = {
  totalCo2eKg: 'total_co2e_kg',
  perRunCo2eKg: 'per_run_co2e_kg',
  maxIncreasePercent: 'max_increase_percent',
  warnIncreasePercent: 'warn_increase_percent',
};

export function verdictLine(comparison: Comparison): string {
  const total = comparison.head.total.co2eKg.value;
  const parts = [`**${formatKg(total)} CO2e**`];
  if (comparison.base) {
    const percent = comparison.delta.percent === null ? '' : `, ${formatPercent(comparison.delta.percent)}`;
    parts.push(`${formatSignedKg(comparison.delta.co2eKg)}${percent} vs base`);
  } else {
    parts.push('no manifest on the base branch');
  }
  parts.push(BUDGET_LABEL[comparison.budget.status]);
  return parts.join(' · ');
}

function carEquivalent(kg: number): string {
  const km = kg / CAR_KG_CO2E_PER_KM.value;
  return `≈ ${formatNumber(km)} km driven by an average passenger car (${CAR_KG_CO2E_PER_KM.source}, ${CAR_KG_CO2E_PER_KM.year})`;
}

function cell(run: RunEstimate | undefined): string {
  if (!run) return '—';
  const marker = run.basis === 'measured' ? ' 📏' : '';
  return `${formatKg(runTotalKg(run))}${marker}`;
}

function changeCell(row: RunComparison): string {
  if (row.change === 'unchanged' || row.change === 'renamed') return '—';
  const percent = row.deltaPercent === null || row.change === 'removed' ? '' : ` (${formatPercent(row.deltaPercent)})`;
  return `${formatSignedKg(row.deltaCo2eKg)}${percent}`;
}

function runTable(comparison: Comparison): string {
  const rows = comparison.runs.map((row) => [
    `\`${row.id}\``,
    cell(row.base),
    cell(row.head),
    changeCell(row),
    row.change === 'renamed' ? `✏️ renamed from \`${row.previousId}\`` : CHANGE_LABEL[row.change],
  ]);
  const baseTotal = comparison.base ? `**${formatKg(comparison.base.total.co2eKg.value)}**` : '—';
  rows.push([
    '**Total**',
    baseTotal,
    `**${formatKg(comparison.head.total.co2eKg.value)}**`,
    comparison.base ? `**${formatSignedKg(comparison.delta.co2eKg)}**` : '',
    '',
  ]);
  return markdownTable([['Run', 'Base', 'Head', 'Change', ''], ...rows], {
    align: ['l', 'r', 'r', 'r', 'l'],
    alignDelimiters: false,
  });
}

function budgetSection(budget: BudgetVerdict): string {
  const lines: string[] = [];
  for (const change of budget.changes) {
    const from = change.from === undefined ? 'unset' : formatNumber(change.from);
    const to = change.to === undefined ? 'unset' : formatNumber(change.to);
    const raises = change.to === undefined || (change.from !== undefined && change.to > change.from);
    lines.push(
      `> [!${raises ? 'WARNING' : 'NOTE'}]\n> This PR ${raises ? '**raises**' : 'changes'} the budget \`${RULE_NAMES[change.rule] ?? change.rule}\` from ${from} to ${to}. The base branch's budget stays in force for this PR.`,
    );
  }
  if (budget.status === 'none') return lines.join('\n\n');
  const authority = {
    base: "the base branch's manifest",
    head: "this PR's manifest (no manifest on base)",
    override: 'the workflow inputs',
    none: '',
  }[budget.authority];
  lines.push(`**Budget** (from ${authority}, judged on central values):`);
  lines.push(
    budget.checks
      .map((check) => `- ${check.status === 'fail' ? '❌' : check.status === 'warn' ? '⚠️' : '✅'} ${check.message}`)
      .join('\n'),
  );
  return lines.join('\n\n');
}

function detailTable(runs: RunEstimate[]): string {
  const rows = runs.map((run) => [
    `\`${run.id}\``,
    `${run.acceleratorCount} × ${run.accelerator}${run.repeats > 1 ? `, ${run.repeats} repeats` : ''}`,
    formatHours(run.acceleratorHours.value),
    formatKwh(run.energyKwh.value),
    `${formatNumber(run.carbonIntensityGPerKwh)} g/kWh · PUE ${formatNumber(run.pue)}`,
    formatKg(run.breakdown.operationalCo2eKg.value),
    formatKg(run.breakdown.embodiedCo2eKg.value),
    formatRange(run.co2eKg, formatKg),
    run.inference
      ? `${formatKg(run.inference.co2eKg.value)} over ${formatNumber(run.inference.days)} d (${formatRange(run.inference.co2eKg, formatKg)})`
      : '—',
  ]);
  return markdownTable(
    [
      [
        'Run',
        'Hardware',
        'Accelerator-hours',
        'Energy (facility)',
        'Grid · PUE',
        'Operational',
        'Embodied',
        'Training range',
        'Serving',
      ],
      ...rows,
    ],
    { align: ['l', 'l', 'r', 'r', 'l', 'r', 'r', 'r', 'l'], alignDelimiters: false },
  );
}

function notesOf(runs: RunEstimate[]): string[] {
  const notes = new Map<string, string[]>();
  for (const run of runs) for (const note of run.notes) notes.set(note, [...(notes.get(note) ?? []), run.id]);
  return [...notes].map(([note, ids]) => `- ${note} (${ids.map((id) => `\`${id}\``).join(', ')})`);
}

function problemsSection(problems: InputProblem[]): string {
  if (!problems.length) return '';
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const title = errors
    ? `⚠️ ${errors} error${errors > 1 ? 's' : ''} in the input: the runs they affect are not counted`
    : `${problems.length} warning${problems.length > 1 ? 's' : ''} about the input`;
  return [`**${title}**`, '', '```text', ...problems.map(formatProblem), '```'].join('\n');
}

export function renderReport(comparison: Comparison, options: ReportOptions = {}): string {
  const headRuns = comparison.head.runs;
  const total = comparison.head.total;
  const sections = [
    `### 🌱 ml-carbon: ${verdictLine(comparison)}`,
    options.context ?? '',
    problemsSection(options.problems ?? []),
    budgetSection(comparison.budget),
    runTable(comparison),
    `Range for the head: ${formatRange(total.co2eKg, formatKg)} CO2e (training ${formatKg(total.trainingCo2eKg.value)}, serving ${formatKg(total.inferenceCo2eKg.value)}); ${formatKwh(total.energyKwh.value)} of facility energy. ${carEquivalent(total.co2eKg.value)}.`,
    ...(options.sections ?? []),
    headRuns.length
      ? [
          '<details><summary>Per-run details</summary>',
          '',
          detailTable(headRuns),
          '',
          ...notesOf(headRuns),
          '',
          '</details>',
        ].join('\n')
      : '',
    renderMethodology(headRuns),
  ];
  return sections.filter((section) => section.trim() !== '').join('\n\n') + '\n';
}
