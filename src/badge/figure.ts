// The one number a repository shows: which CO2e of its manifest the badge and the history track.
import type { InputProblem } from '../errors.js';
import type { Basis, Estimate, Range, RunEstimate } from '../estimate/types.js';
import { didYouMean } from '../util/suggest.js';

export const BADGE_FIGURES = ['training', 'training-and-inference', 'max-run'] as const;
export type BadgeFigure = (typeof BADGE_FIGURES)[number];

const DAYS_PER_YEAR = 365;

export const FIGURE_LABELS: Record<BadgeFigure, string> = {
  training: 'training CO2e',
  'training-and-inference': 'CO2e training + 1y serving',
  'max-run': 'largest run CO2e',
};

export interface RunFigure {
  id: string;
  basis: Basis;
  co2eKg: Range;
}

export interface RepositoryFigure {
  figure: BadgeFigure;
  co2eKg: Range;
  /** "mixed" when some runs are measured and others estimated. */
  basis: Basis | 'mixed';
  runs: RunFigure[];
}

const ZERO: Range = { value: 0, low: 0, high: 0 };

/** Ranges are added end to end (low with low, high with high): the runs share the same uncertain defaults. */
export function addRanges(a: Range, b: Range): Range {
  return { value: a.value + b.value, low: a.low + b.low, high: a.high + b.high };
}

function scaleRange(range: Range, factor: number): Range {
  return { value: range.value * factor, low: range.low * factor, high: range.high * factor };
}

/** A run's figure: its training CO2e, plus one year of its serving when the figure asks for it. */
export function runFigure(run: RunEstimate, figure: BadgeFigure): RunFigure {
  const serving =
    figure === 'training-and-inference' && run.inference
      ? scaleRange(run.inference.perDay.co2eKg, DAYS_PER_YEAR)
      : ZERO;
  return { id: run.id, basis: run.basis, co2eKg: addRanges(run.co2eKg, serving) };
}

function combinedBasis(runs: readonly RunFigure[]): Basis | 'mixed' {
  const bases = new Set(runs.map((run) => run.basis));
  const [first] = bases;
  if (first === undefined) return 'estimated';
  return bases.size === 1 ? first : 'mixed';
}

export function repositoryFigure(estimate: Estimate, figure: BadgeFigure = 'training'): RepositoryFigure {
  const runs = estimate.runs.map((run) => runFigure(run, figure));
  if (figure === 'max-run') {
    const largest = runs.reduce<RunFigure | undefined>(
      (best, run) => (!best || run.co2eKg.value > best.co2eKg.value ? run : best),
      undefined,
    );
    return { figure, co2eKg: largest?.co2eKg ?? ZERO, basis: largest?.basis ?? 'estimated', runs };
  }
  return {
    figure,
    co2eKg: runs.reduce((sum, run) => addRanges(sum, run.co2eKg), ZERO),
    basis: combinedBasis(runs),
    runs,
  };
}

/** Read the figure named by a user (CLI flag or action input); a did-you-mean when it is not one we know. */
export function parseBadgeFigure(
  text: string | undefined,
  file = 'badge-figure',
): { figure?: BadgeFigure; problems: InputProblem[] } {
  const wanted = (text ?? '').trim().toLowerCase();
  if (!wanted) return { figure: 'training', problems: [] };
  const aliases: Record<string, BadgeFigure> = {
    total: 'training',
    'training+inference': 'training-and-inference',
    'per-run-max': 'max-run',
  };
  const figure = (BADGE_FIGURES as readonly string[]).includes(wanted) ? (wanted as BadgeFigure) : aliases[wanted];
  if (figure) return { figure, problems: [] };
  const hint = didYouMean(wanted, BADGE_FIGURES) ?? `expected one of ${BADGE_FIGURES.join(', ')}`;
  return { problems: [{ file, message: `unknown badge figure "${text}"`, hint, severity: 'error' }] };
}
