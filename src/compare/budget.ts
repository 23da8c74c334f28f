// The carbon-budget verdict. Gating uses central values; the report shows the ranges beside them.
import type { Estimate } from '../estimate/types.js';
import type { Budget } from '../manifest/types.js';
import { formatKg, formatKgLike, formatPercent } from '../util/format.js';
import { runTotalKg } from './run-total.js';
import type { BudgetChange, BudgetCheck, BudgetInputs, BudgetVerdict } from './types.js';

const RULES: (keyof Budget)[] = ['totalCo2eKg', 'perRunCo2eKg', 'maxIncreasePercent', 'warnIncreasePercent'];

function limitsInForce(
  hasBase: boolean,
  budgets: BudgetInputs,
): { limits: Budget; authority: BudgetVerdict['authority'] } {
  const manifestBudget = hasBase ? budgets.base : budgets.head;
  const limits: Budget = { ...manifestBudget };
  let fromOverride = false;
  for (const rule of RULES) {
    const override = budgets.override?.[rule];
    if (override !== undefined) {
      limits[rule] = override;
      fromOverride = true;
    }
  }
  const anyLimit = RULES.some((rule) => limits[rule] !== undefined);
  const authority = !anyLimit ? 'none' : fromOverride ? 'override' : hasBase ? 'base' : 'head';
  return { limits, authority };
}

export function budgetChanges(base: Budget | undefined, head: Budget | undefined): BudgetChange[] {
  return RULES.filter((rule) => base?.[rule] !== head?.[rule]).map((rule) => ({
    rule,
    from: base?.[rule],
    to: head?.[rule],
  }));
}

export function judgeBudget(
  head: Estimate,
  deltaPercent: number | null,
  hasBase: boolean,
  budgets: BudgetInputs,
): BudgetVerdict {
  const baseInForce = budgets.baseHasManifest ?? hasBase;
  const { limits, authority } = limitsInForce(baseInForce, budgets);
  const checks: BudgetCheck[] = [];
  const total = head.total.co2eKg.value;

  if (limits.totalCo2eKg !== undefined) {
    const over = total > limits.totalCo2eKg;
    checks.push({
      rule: 'total_co2e_kg',
      limit: limits.totalCo2eKg,
      actual: total,
      status: over ? 'fail' : 'pass',
      message: `total ${formatKg(total)} CO2e ${over ? 'exceeds' : 'is within'} the budget of ${formatKgLike(limits.totalCo2eKg, total)}`,
    });
  }
  if (limits.perRunCo2eKg !== undefined) {
    for (const run of head.runs) {
      const actual = runTotalKg(run);
      const over = actual > limits.perRunCo2eKg;
      checks.push({
        rule: 'per_run_co2e_kg',
        limit: limits.perRunCo2eKg,
        actual,
        run: run.id,
        status: over ? 'fail' : 'pass',
        message: `run "${run.id}" ${formatKg(actual)} CO2e ${over ? 'exceeds' : 'is within'} the per-run budget of ${formatKgLike(limits.perRunCo2eKg, actual)}`,
      });
    }
  }
  if (deltaPercent !== null) {
    for (const [rule, limit, failing] of [
      ['max_increase_percent', limits.maxIncreasePercent, 'fail'],
      ['warn_increase_percent', limits.warnIncreasePercent, 'warn'],
    ] as const) {
      if (limit === undefined) continue;
      const over = deltaPercent > limit;
      checks.push({
        rule,
        limit,
        actual: deltaPercent,
        status: over ? failing : 'pass',
        message: `change against base ${formatPercent(deltaPercent)} ${over ? 'is above' : 'is within'} the ${failing === 'fail' ? 'allowed' : 'warning'} increase of ${formatPercent(limit)}`,
      });
    }
  }

  const failed = checks.filter((check) => check.status === 'fail');
  const warned = checks.filter((check) => check.status === 'warn');
  const status = authority === 'none' ? 'none' : failed.length ? 'fail' : warned.length ? 'warn' : 'pass';
  return {
    status,
    authority,
    limits,
    checks,
    reasons: [...failed, ...warned].map((check) => check.message),
    changes: baseInForce ? budgetChanges(budgets.base, budgets.head) : [],
  };
}
