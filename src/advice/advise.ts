// Run -> ranked advice, and the run with the top compatible advice applied together.
import { runTotalKg } from '../compare/run-total.js';
import { estimateRun, type EstimateOptions } from '../estimate/estimate.js';
import type { RunEstimator } from '../estimate/estimate-cache.js';
import type { Estimate, RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import { evaluate, oneTimeCost } from './evaluate.js';
import { TECHNIQUES } from './all-techniques.js';
import {
  type Advice,
  type CombinedAdvice,
  type PullRequestAdvice,
  type PullRequestAdviceSummary,
  TOP_ADVICE_COUNT,
  topCompatible,
} from '../estimate/advice-result.js';
import { EFFORT_RANKING_WEIGHT, MATERIAL_SAVING_KG, MATERIAL_SAVING_SHARE } from '../data/advice-applicability.js';
import { objectiveOf } from './objective.js';
import type { Estimator, Technique } from './types.js';

export interface AdviceOptions {
  /** Passed to the engine for every estimate, e.g. a calibration from the repository's measured runs. */
  estimateOptions?: EstimateOptions;
  techniques?: Technique[];
  /** The engine: `estimateRun` unless the caller shares a remembering one (estimate/estimate-cache.ts). */
  estimate?: RunEstimator;
}

const estimatorFor = (options: AdviceOptions): Estimator => {
  const estimate = options.estimate ?? estimateRun;
  return (run) => estimate(run, options.estimateOptions);
};

/**
 * All advice that applies to the run, largest saving first. Advice that saves nothing is dropped unless it carries a
 * one-time cost, whose "never pays back" is itself worth saying.
 */
export function adviseRun(run: Run, options: AdviceOptions = {}): Advice[] {
  const estimate = estimatorFor(options);
  const before = estimate(run);
  const advice: Advice[] = [];
  for (const technique of options.techniques ?? TECHNIQUES) {
    const proposal = safely(() => technique.propose(run, estimate));
    if (!proposal) continue;
    const evaluated = safely(() => evaluate(technique, proposal, estimate, before));
    if (!evaluated) continue;
    if (evaluated.savingCo2eKg > 0 || evaluated.paybackDays !== undefined) advice.push(evaluated);
  }
  return advice.sort((a, b) => b.savingCo2eKg - a.savingCo2eKg);
}

/** A technique that throws on an odd run is treated as not applying: advice must never break the report. */
function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

/**
 * Applies the chosen advice one after another, each technique re-proposed on the already-transformed run (so a
 * region move after a precision change saves on the smaller energy), collects every one-time cost, and re-estimates.
 */
export function combineAdvice(run: Run, chosen: Advice[], options: AdviceOptions = {}): CombinedAdvice | undefined {
  if (!chosen.length) return undefined;
  const estimate = estimatorFor(options);
  const techniques = options.techniques ?? TECHNIQUES;
  const before = runTotalKg(estimate(run));
  let current = run;
  const costs: Run[] = [];
  const applied: string[] = [];
  for (const item of chosen) {
    const technique = techniques.find((candidate) => candidate.id === item.id);
    const proposal = technique && safely(() => technique.propose(current, estimate));
    if (!proposal) continue;
    current = proposal.transformed;
    costs.push(...(proposal.oneTimeCost ?? []));
    applied.push(item.id);
  }
  const after = runTotalKg(estimate(current)) + oneTimeCost(estimate, costs).co2eKg;
  return {
    ids: applied,
    beforeCo2eKg: before,
    afterCo2eKg: after,
    savingCo2eKg: before - after,
    savingPercent: before > 0 ? ((before - after) / before) * 100 : 0,
  };
}

/** The estimate with its advice attached (`advice`, largest saving first, and `adviceCombined`). */
export function withAdvice(estimate: RunEstimate, run: Run, options: AdviceOptions = {}): RunEstimate {
  const scale = measuredScale(estimate, run, options);
  const advice = adviseRun(run, options).map((item) => scaleAdvice(item, scale));
  const combined = combineAdvice(run, topCompatible(advice), options);
  return { ...estimate, advice, ...(combined ? { adviceCombined: scaleCombined(combined, scale) } : {}) };
}

/**
 * A measured run keeps the estimator's counterfactual ratio but applies it to what was measured: kilograms are scaled
 * by measured / estimated, percentages and payback periods are unchanged.
 */
function measuredScale(estimate: RunEstimate, run: Run, options: AdviceOptions): number {
  if (estimate.basis !== 'measured') return 1;
  const estimatedKg = runTotalKg(estimatorFor(options)(run));
  return estimatedKg > 0 ? runTotalKg(estimate) / estimatedKg : 1;
}

function scaleAdvice(advice: Advice, scale: number): Advice {
  if (scale === 1) return advice;
  return {
    ...advice,
    savingCo2eKg: advice.savingCo2eKg * scale,
    savingKwh: advice.savingKwh * scale,
    trainingSavingCo2eKg: advice.trainingSavingCo2eKg * scale,
    servingSavingCo2eKg: advice.servingSavingCo2eKg * scale,
    oneTimeCo2eKg: advice.oneTimeCo2eKg * scale,
    scaledToMeasured: scale,
  };
}

function scaleCombined(combined: CombinedAdvice, scale: number): CombinedAdvice {
  if (scale === 1) return combined;
  return {
    ...combined,
    beforeCo2eKg: combined.beforeCo2eKg * scale,
    afterCo2eKg: combined.afterCo2eKg * scale,
    savingCo2eKg: combined.savingCo2eKg * scale,
  };
}

/** Attaches advice to every run of an estimate built from `runs`, in the same order (as the pipeline builds it). */
export function attachAdvice(estimate: Estimate, runs: Run[], options: AdviceOptions = {}): Estimate {
  if (runs.length !== estimate.runs.length) return estimate;
  return {
    ...estimate,
    runs: estimate.runs.map((runEstimate, index) => withAdvice(runEstimate, runs[index]!, options)),
  };
}

/** Savings below this are not advice: the larger of the absolute and the relative threshold (src/data). */
export function materialSavingKg(headTotalKg: number): number {
  return Math.max(MATERIAL_SAVING_KG.value, MATERIAL_SAVING_SHARE.value * headTotalKg);
}

/** Kilograms weighed by effort: a low-effort change is not buried under a high-effort one that saves a little more. */
export const rankingScore = (advice: { savingCo2eKg: number; effort: Advice['effort'] }): number =>
  advice.savingCo2eKg * EFFORT_RANKING_WEIGHT[advice.effort];

const keyOf = (advice: Advice): string => `${advice.id}\u0000${advice.title}`;

/**
 * The advice for the pull request as a whole, from the runs' own advice (attached by `attachAdvice`, same order as
 * `runs`): the same change on several runs becomes one item, immaterial items are dropped, the rest ranked by
 * kilograms weighed by effort. The top items are compatible, and their combined saving is re-estimated run by run.
 */
export function advisePullRequest(
  estimate: Estimate,
  runs: Run[],
  options: AdviceOptions & { topCount?: number } = {},
): PullRequestAdviceSummary {
  const headKg = estimate.runs.reduce((total, run) => total + runTotalKg(run), 0);
  const materialKg = materialSavingKg(headKg);
  const byKey = new Map<string, PullRequestAdvice>();
  for (const run of estimate.runs) {
    for (const advice of run.advice ?? []) {
      const key = keyOf(advice);
      const item = byKey.get(key) ?? {
        id: advice.id,
        group: advice.group,
        title: advice.title,
        detail: advice.detail,
        caveat: advice.caveat,
        effort: advice.effort,
        evidence: advice.evidence,
        runs: [],
        savingCo2eKg: 0,
        savingPercent: 0,
        scaledToMeasured: false,
      };
      // The detail's figures (alternatives' savings, hours per run) are one run's: keep the run that saves most,
      // which the report names as the first of the item's runs.
      if (item.runs.every((other) => advice.savingCo2eKg > other.savingCo2eKg)) {
        item.detail = advice.detail;
        item.caveat = advice.caveat;
      }
      item.runs.push({
        id: run.id,
        savingCo2eKg: advice.savingCo2eKg,
        ...(advice.paybackDays !== undefined ? { paybackDays: advice.paybackDays } : {}),
      });
      item.savingCo2eKg += advice.savingCo2eKg;
      item.scaledToMeasured ||= advice.scaledToMeasured !== undefined;
      byKey.set(key, item);
    }
  }
  const all = [...byKey.values()].map((item) => ({
    ...item,
    savingPercent: headKg > 0 ? (item.savingCo2eKg / headKg) * 100 : 0,
  }));
  const material = all
    .filter((item) => item.savingCo2eKg >= materialKg)
    .sort((a, b) => rankingScore(b) - rankingScore(a) || b.savingCo2eKg - a.savingCo2eKg);
  const top = topCompatibleItems(material, options.topCount ?? TOP_ADVICE_COUNT);
  const items = [...top, ...material.filter((item) => !top.includes(item))];
  const combined = top.length > 1 ? combineForPullRequest(estimate, runs, top, options) : undefined;
  const belowThreshold = all.filter((item) => item.savingCo2eKg > 0 && item.savingCo2eKg < materialKg).length;
  const inferredObjectives = runs.flatMap((run, index) => {
    const found = objectiveOf(run);
    return found?.inferred ? [{ runId: estimate.runs[index]?.id ?? run.id, objective: found.objective }] : [];
  });
  return {
    items,
    topCount: top.length,
    ...(combined
      ? { combined: { ...combined, savingPercent: headKg > 0 ? (combined.savingCo2eKg / headKg) * 100 : 0 } }
      : {}),
    materialKg,
    belowThreshold,
    inferredObjectives,
  };
}

function topCompatibleItems(items: PullRequestAdvice[], count: number): PullRequestAdvice[] {
  const groups = new Set<string>();
  const chosen: PullRequestAdvice[] = [];
  for (const item of items) {
    if (chosen.length >= count) break;
    if (groups.has(item.group)) continue;
    groups.add(item.group);
    chosen.push(item);
  }
  return chosen;
}

/** Each run with the chosen items that fit it applied together, re-estimated, scaled to a measured run's figure. */
function combineForPullRequest(
  estimate: Estimate,
  runs: Run[],
  chosen: PullRequestAdvice[],
  options: AdviceOptions,
): { savingCo2eKg: number; sumOfItemsKg: number } | undefined {
  if (runs.length !== estimate.runs.length) return undefined;
  const keys = new Set(chosen.map((item) => `${item.id}\u0000${item.title}`));
  let saving = 0;
  estimate.runs.forEach((runEstimate, index) => {
    const mine = (runEstimate.advice ?? []).filter((advice) => keys.has(keyOf(advice)));
    if (!mine.length) return;
    if (mine.length === 1) {
      saving += mine[0]!.savingCo2eKg;
      return;
    }
    const run = runs[index]!;
    const combined = combineAdvice(run, mine, options);
    if (combined) saving += scaleCombined(combined, measuredScale(runEstimate, run, options)).savingCo2eKg;
  });
  return { savingCo2eKg: saving, sumOfItemsKg: chosen.reduce((total, item) => total + item.savingCo2eKg, 0) };
}
