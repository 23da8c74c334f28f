// The --json contract. Fields may be added; `runs[].id`, `acceleratorHours`, `energyKwh`, `co2eKg` ({value, low,
// high}), `breakdown`, `inference`, `total`, and for compare `base`, `head`, `delta`, `budget.status` never change name.
import type { Comparison } from '../compare/types.js';
import type { InputProblem } from '../errors.js';
import type { Estimate } from '../estimate/types.js';

export const JSON_SCHEMA_VERSION = 1;

export function estimateJson(estimate: Estimate, problems: InputProblem[] = []) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    manifest: estimate.manifest,
    runs: estimate.runs,
    total: estimate.total,
    ...(estimate.calibration ? { calibration: estimate.calibration } : {}),
    problems,
  };
}

export function reportJson(comparison: Comparison, problems: InputProblem[] = []) {
  const { budget } = comparison;
  return {
    ...estimateJson(comparison.head, problems),
    base: comparison.base
      ? { manifest: comparison.base.manifest, runs: comparison.base.runs, total: comparison.base.total }
      : null,
    head: { manifest: comparison.head.manifest, runs: comparison.head.runs, total: comparison.head.total },
    changes: comparison.runs.map(({ id, change, previousId, deltaCo2eKg, deltaPercent }) => ({
      id,
      change,
      previousId,
      deltaCo2eKg,
      deltaPercent,
    })),
    delta: comparison.delta,
    budget: {
      status: budget.status,
      reasons: budget.reasons,
      authority: budget.authority,
      limits: budget.limits,
      checks: budget.checks,
      changes: budget.changes,
    },
  };
}
