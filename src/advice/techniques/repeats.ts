// Hyper-parameter sweeps: successive halving (ASHA) stops weak trials early instead of running every trial in full.
import { SUCCESSIVE_HALVING_ETA, SWEEP_MIN_REPEATS } from '../../data/techniques.js';
import type { Run } from '../../manifest/types.js';
import { formatNumber } from '../../util/format.js';
import type { Technique } from '../types.js';

/**
 * Budget successive halving spends on `trials` trials, in full-run units. With s = floor(log_eta(trials)) rungs above
 * the first, rung i keeps floor(trials / eta^i) trials and trains them from budget eta^(i-1-s) up to eta^(i-s),
 * resuming from checkpoints.
 */
export function successiveHalvingBudget(trials: number, eta: number): number {
  let rungs = 0;
  while (eta ** (rungs + 1) <= trials) rungs++;
  let budget = 0;
  let previousFraction = 0;
  for (let rung = 0; rung <= rungs; rung++) {
    const fraction = eta ** (rung - rungs);
    budget += Math.floor(trials / eta ** rung) * (fraction - previousFraction);
    previousFraction = fraction;
  }
  return budget;
}

export const earlyStoppingSweep: Technique = {
  id: 'early-stopping-sweep',
  group: 'repeats',
  propose(run: Run) {
    if (run.repeats < SWEEP_MIN_REPEATS) return undefined;
    const eta = SUCCESSIVE_HALVING_ETA.value;
    const budget = successiveHalvingBudget(run.repeats, eta);
    if (budget >= run.repeats) return undefined;
    return {
      title: `Stop weak sweep trials early (successive halving, η = ${eta})`,
      detail: `${run.repeats} full runs become the compute of ${formatNumber(budget)}: every trial starts, the best third continues at each rung.`,
      transformed: { ...run, repeats: budget },
      caveat:
        'Only for hyper-parameter searches, not repeated seeds; early rankings must predict final ones (tune the first rung length).',
      effort: 'low',
      evidence: [SUCCESSIVE_HALVING_ETA],
    };
  },
};
