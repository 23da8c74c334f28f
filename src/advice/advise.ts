// Run -> ranked advice, and the run with the top compatible advice applied together.
import { runTotalKg } from '../compare/run-total.js';
import { estimateRun, type EstimateOptions } from '../estimate/estimate.js';
import type { Estimate, RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import { evaluate, oneTimeCost } from './evaluate.js';
import { TECHNIQUES } from './all-techniques.js';
import { type Advice, type CombinedAdvice, topCompatible } from '../estimate/advice-result.js';
import type { Estimator, Technique } from './types.js';

export interface AdviceOptions {
  /** Passed to the engine for every estimate, e.g. a calibration from the repository's measured runs. */
  estimateOptions?: EstimateOptions;
  techniques?: Technique[];
}

const estimatorFor =
  (options: AdviceOptions): Estimator =>
  (run) =>
    estimateRun(run, options.estimateOptions);

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
