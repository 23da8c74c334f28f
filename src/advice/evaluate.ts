// Proposal -> Advice: the saving is the engine's estimate of the original run minus that of the transformed run and
// of any one-time work, never a constant.
import { runTotalKg } from '../compare/run-total.js';
import type { RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import type { Advice } from '../estimate/advice-result.js';
import type { Estimator, Proposal, Technique } from './types.js';

const totalKwh = (estimate: RunEstimate): number =>
  estimate.energyKwh.value + (estimate.inference?.energyKwh.value ?? 0);
const servingKg = (estimate: RunEstimate): number => estimate.inference?.co2eKg.value ?? 0;
const servingPerDayKg = (estimate: RunEstimate): number => estimate.inference?.perDay.co2eKg.value ?? 0;

/** CO2e and energy of one-time work, summed. */
export function oneTimeCost(estimate: Estimator, runs: Run[] = []): { co2eKg: number; kwh: number } {
  const estimates = runs.map(estimate);
  return {
    co2eKg: estimates.reduce((total, estimate) => total + runTotalKg(estimate), 0),
    kwh: estimates.reduce((total, estimate) => total + totalKwh(estimate), 0),
  };
}

/**
 * Days of serving after which the one-time cost is repaid: what the training saving does not cover, divided by the
 * daily serving saving. Null when serving saves nothing per day and the training saving does not cover the cost.
 */
export function paybackDays(oneTimeKg: number, trainingSavingKg: number, servingSavingPerDayKg: number): number | null {
  const outstanding = oneTimeKg - trainingSavingKg;
  if (outstanding <= 0) return 0;
  if (servingSavingPerDayKg <= 0) return null;
  return outstanding / servingSavingPerDayKg;
}

export function evaluate(technique: Technique, proposal: Proposal, estimate: Estimator, before: RunEstimate): Advice {
  const after = estimate(proposal.transformed);
  const cost = oneTimeCost(estimate, proposal.oneTimeCost);
  const trainingSavingCo2eKg = before.co2eKg.value - after.co2eKg.value;
  const servingSavingCo2eKg = servingKg(before) - servingKg(after);
  const savingCo2eKg = trainingSavingCo2eKg + servingSavingCo2eKg - cost.co2eKg;
  const beforeKg = runTotalKg(before);
  const advice: Advice = {
    id: technique.id,
    group: technique.group,
    title: proposal.title,
    detail: proposal.detail,
    savingCo2eKg,
    savingPercent: beforeKg > 0 ? (savingCo2eKg / beforeKg) * 100 : 0,
    savingKwh: totalKwh(before) - totalKwh(after) - cost.kwh,
    trainingSavingCo2eKg,
    servingSavingCo2eKg,
    oneTimeCo2eKg: cost.co2eKg,
    caveat: proposal.caveat,
    effort: proposal.effort,
    evidence: proposal.evidence.map(({ source, year, url, claim }) => ({
      source,
      year,
      ...(url ? { url } : {}),
      ...(claim ? { claim } : {}),
    })),
  };
  if (proposal.oneTimeCost?.length) {
    const perDay = servingPerDayKg(before) - servingPerDayKg(after);
    advice.paybackDays = paybackDays(cost.co2eKg, trainingSavingCo2eKg, perDay);
  }
  return advice;
}
