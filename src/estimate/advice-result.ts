// What advice found for a run, as data: attached to a run's estimate and rendered by the report.
import type { Source } from '../data/types.js';

export type Effort = 'low' | 'medium' | 'high';

/** Where an effect size comes from, with the published claim when there is one. */
export interface Evidence extends Source {
  claim?: string;
}

export interface Advice {
  id: string;
  group: string;
  title: string;
  detail: string;
  /** Training + serving CO2e saved, net of any one-time cost, central values. */
  savingCo2eKg: number;
  /** Of the run's training + serving CO2e. */
  savingPercent: number;
  savingKwh: number;
  trainingSavingCo2eKg: number;
  servingSavingCo2eKg: number;
  oneTimeCo2eKg: number;
  /** Days of serving until the one-time cost is repaid; null when it never is; absent without a one-time cost. */
  paybackDays?: number | null;
  caveat: string;
  effort: Effort;
  evidence: Evidence[];
  /** For a measured run: the factor (measured / estimated CO2e) applied to the estimator's kilograms. */
  scaledToMeasured?: number;
}

/** The run with the top compatible advice applied together and re-estimated. */
export interface CombinedAdvice {
  ids: string[];
  beforeCo2eKg: number;
  afterCo2eKg: number;
  savingCo2eKg: number;
  savingPercent: number;
}

/** Advice shown in the comment, per run, and applied together for the combined figure. */
export const TOP_ADVICE_COUNT = 3;

/** The first `count` positive advice with distinct groups, in ranked order. */
export function topCompatible(advice: Advice[], count = TOP_ADVICE_COUNT): Advice[] {
  const groups = new Set<string>();
  const chosen: Advice[] = [];
  for (const item of advice) {
    if (chosen.length >= count) break;
    if (item.savingCo2eKg <= 0 || groups.has(item.group)) continue;
    groups.add(item.group);
    chosen.push(item);
  }
  return chosen;
}

/** One piece of advice for the pull request as a whole: the same change on every run it fits, summed. */
export interface PullRequestAdvice {
  id: string;
  group: string;
  title: string;
  detail: string;
  caveat: string;
  effort: Effort;
  evidence: Evidence[];
  /** The runs it applies to, with what it saves on each (net of one-time costs). */
  runs: { id: string; savingCo2eKg: number; paybackDays?: number | null }[];
  savingCo2eKg: number;
  /** Of the pull request's head CO2e. */
  savingPercent: number;
  /** True when some savings were scaled to a measured run's figure. */
  scaledToMeasured: boolean;
}

/** The advice the report shows: material items ranked by kilograms weighed by effort. */
export interface PullRequestAdviceSummary {
  /** Best first; the first `topCount` are compatible with each other (no two alternatives for the same thing). */
  items: PullRequestAdvice[];
  topCount: number;
  /** The top items applied together on every run and re-estimated; present for two or more top items. */
  combined?: { savingCo2eKg: number; savingPercent: number; sumOfItemsKg: number };
  /** Savings below this are not advice (the larger of 1 kg and 2% of the head). */
  materialKg: number;
  /** How many run-level suggestions fell below the threshold and are not shown. */
  belowThreshold: number;
  /** Runs whose objective was inferred from `training.method` rather than stated. */
  inferredObjectives: { runId: string; objective: string }[];
}
