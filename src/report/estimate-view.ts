// What `ml-carbon estimate` shows, as plain data (cells are formatted strings), so the terminal text and the markdown
// renderers print the same figures: headline, run table, budget checks, notes, the biggest savings.
import { runTotalKg } from '../compare/run-total.js';
import type { BudgetVerdict, Comparison } from '../compare/types.js';
import type { RunEstimate } from '../estimate/types.js';
import {
  formatHours,
  formatKg,
  formatKgOfRange,
  formatKwh,
  formatNumber,
  formatPercent,
  formatKgSpan,
} from '../util/format.js';

export type Align = 'l' | 'r';

export interface TableView {
  header: string[];
  align: Align[];
  rows: string[][];
  /** Rows drawn after a rule (totals). */
  footer?: string[][];
  /** Columns that give up width first when a terminal is too narrow (default: the left-aligned ones, in order). */
  shrink?: number[];
}

export interface CheckView {
  status: 'pass' | 'warn' | 'fail';
  message: string;
}

export interface EstimateView {
  manifest: string;
  /** "183 kg CO2e (120 kg – 260 kg)", "250 kWh of facility energy", "within budget". */
  headline: string[];
  runs: TableView;
  budget?: { authority: string; checks: CheckView[] };
  notes: string[];
  savings: string[];
}

export const BUDGET_WORDS: Record<BudgetVerdict['status'], string> = {
  pass: 'within budget',
  warn: 'budget warning',
  fail: 'over budget',
  none: '',
  error: 'budget not checked',
};

/** Top savings shown for the whole manifest; the JSON report has every one. */
const SAVINGS_SHOWN = 3;

function hardware(run: RunEstimate): string {
  return `${run.acceleratorCount}× ${run.accelerator}${run.repeats > 1 ? `, ${run.repeats} repeats` : ''}`;
}

function runRow(run: RunEstimate, withServing: boolean): string[] {
  const kg = run.co2eKg;
  return [
    run.id,
    hardware(run),
    formatHours(run.acceleratorHours.value),
    formatKwh(run.energyKwh.value),
    `${formatKgOfRange(kg)}${run.basis === 'measured' ? ' †' : ''}`,
    formatKgSpan(kg),
    ...(withServing
      ? [run.inference ? `${formatKgOfRange(run.inference.co2eKg)} / ${formatNumber(run.inference.days)} d` : '—']
      : []),
  ];
}

const TRANSFORMER_RULE =
  'Accelerator-hours from 6 × parameters × tokens, a transformer rule: for CNNs and other architectures give `flops` or `hours`.';

/** The estimate's hours came from FLOPs it counted as 6 x N x D (no flops and no hours given). */
const hoursFromParameterCount = (run: RunEstimate): boolean =>
  run.basis !== 'measured' &&
  run.assumptions.some((use) => use.name.startsWith('training FLOPs = 6 x')) &&
  run.assumptions.some((use) => use.name.startsWith('model FLOPs utilization'));

function notesOf(runs: RunEstimate[]): string[] {
  const byNote = new Map<string, string[]>();
  const add = (note: string, id: string) => byNote.set(note, [...(byNote.get(note) ?? []), id]);
  for (const run of runs) {
    // How the measured energy was taken (e.g. CodeCarbon's pue = 1 means the run's PUE was applied on top).
    if (run.measured?.energyNote) add(`Measured energy: ${run.measured.energyNote}.`, run.id);
    if (hoursFromParameterCount(run)) add(TRANSFORMER_RULE, run.id);
    for (const note of run.notes) add(note, run.id);
  }
  return [...byNote].map(([note, ids]) => `${note} (${ids.join(', ')})`);
}

function savingsOf(runs: RunEstimate[]): string[] {
  return runs
    .flatMap((run) => (run.advice ?? []).map((advice) => ({ run: run.id, advice })))
    .filter(({ advice }) => advice.savingCo2eKg > 0)
    .sort((a, b) => b.advice.savingCo2eKg - a.advice.savingCo2eKg)
    .slice(0, SAVINGS_SHOWN)
    .map(
      ({ run, advice }) =>
        `${run}: ${advice.title}: saves ${formatKg(advice.savingCo2eKg)} (${formatPercent(-advice.savingPercent)}), ${advice.effort} effort`,
    );
}

export function estimateView(comparison: Comparison): EstimateView {
  const estimate = comparison.head;
  const runs = estimate.runs;
  const total = estimate.total;
  const withServing = runs.some((run) => run.inference);
  const budget = comparison.budget;
  const headline = [
    `${formatKgOfRange(total.co2eKg)} CO2e (${formatKgSpan(total.co2eKg)})`,
    `${formatKwh(total.energyKwh.value)} of facility energy`,
  ];
  if (withServing)
    headline.push(
      `training ${formatKgOfRange(total.trainingCo2eKg)}, serving ${formatKgOfRange(total.inferenceCo2eKg)}`,
    );
  if (budget.status !== 'none') headline.push(BUDGET_WORDS[budget.status]);
  const totalRow = [
    'Total',
    '',
    formatHours(runs.reduce((sum, run) => sum + run.acceleratorHours.value, 0)),
    formatKwh(total.energyKwh.value),
    formatKgOfRange(total.trainingCo2eKg),
    formatKgSpan(total.trainingCo2eKg),
    ...(withServing ? [formatKgOfRange(total.inferenceCo2eKg)] : []),
  ];
  return {
    manifest: estimate.manifest,
    headline,
    runs: {
      header: [
        'Run',
        'Hardware',
        'Acc-hours',
        'Energy',
        withServing ? 'Training' : 'CO2e',
        'Range',
        ...(withServing ? ['Serving'] : []),
      ],
      align: ['l', 'l', 'r', 'r', 'r', 'r', ...(withServing ? (['r'] as Align[]) : [])],
      rows: runs.map((run) => runRow(run, withServing)),
      footer: runs.length > 1 ? [totalRow] : undefined,
      shrink: [1, 0],
    },
    budget:
      budget.status === 'none'
        ? undefined
        : {
            authority: budget.authority === 'override' ? 'the limits given' : 'the manifest',
            checks: budget.checks.map(({ status, message }) => ({ status, message })),
          },
    notes: [
      ...(runs.some((run) => run.basis === 'measured') ? ["† measured: from the run's logs"] : []),
      ...notesOf(runs),
    ],
    savings: savingsOf(runs),
  };
}

/** Training + serving CO2e of a run, as the compare table shows it. */
export const runFigure = (run: RunEstimate | undefined): string => (run ? formatKg(runTotalKg(run)) : '—');
