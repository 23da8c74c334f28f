// `estimateRun` remembered by content for the length of one analysis: the advice estimates each run's original
// several times (ranking, combining, the pull request's combination), its techniques try the same candidates on many
// runs, and base and head share every run a pull request left alone.
import type { Run } from '../manifest/types.js';
import { type EstimateOptions, estimateRun } from './estimate.js';
import type { RunEstimate } from './types.js';

/** `estimateRun`'s signature. A remembering one hands the same object out again: its callers only read it. */
export type RunEstimator = (run: Run, options?: EstimateOptions) => RunEstimate;

/** Non-finite numbers and -0, which JSON would write as null or 0, get a spelling of their own in the key. */
const spelled = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
    ? { number: Object.is(value, -0) ? '-0' : String(value) }
    : value;

/**
 * An estimator that answers a run it has estimated before (equal content, equal options: every field the engine
 * could read) with the same estimate. Holds at most `limit` estimates: when full it starts over, which keeps what
 * repeats close together (a run's advice) and bounds memory on huge repositories.
 * Make one per analysis and pass it on: nothing outlives the analysis that made it.
 */
export function rememberingEstimator(limit = 10_000): RunEstimator {
  const known = new Map<string, RunEstimate>();
  return (run, options = {}) => {
    const key = JSON.stringify([run, options], spelled);
    let estimate = known.get(key);
    if (estimate === undefined) {
      estimate = estimateRun(run, options);
      if (known.size >= limit) known.clear();
      known.set(key, estimate);
    }
    return estimate;
  };
}
