// The carbon-budget verdict. Gating uses central values; the report shows the ranges beside them.
import type { Estimate, Range, RunEstimate } from '../estimate/types.js';
import type { Budget } from '../manifest/types.js';
import { formatKg, formatKgLike, formatPercent } from '../util/format.js';
import { runTotalKg } from './run-total.js';
import type { BudgetChange, BudgetCheck, BudgetInputs, BudgetVerdict } from './types.js';

/**
 * A measured figure this many times below the low end of the run's own estimate is not believed by the gate: measured
 * runs land inside the estimate's range or a few times off it (docs/validation.md), so a gap this wide means an edited,
 * truncated or misattributed log. The report still shows the measured figure; the budget judges the estimate.
 */
export const IMPLAUSIBLY_LOW_FACTOR = 10;

export interface DistrustedMeasurement {
  run: string;
  /** The log files the measured figure came from. */
  files: string[];
  /** The run's CO2e as the logs made it. */
  measuredKg: number;
  /** The run's estimated CO2e from the manifest alone, central value. */
  estimatedKg: number;
}

const implausiblyLow = (measured: number, estimated: Range) => measured * IMPLAUSIBLY_LOW_FACTOR < estimated.low;

/**
 * Runs whose logs claim implausibly little: energy when measured (the CO2e adds the estimate's own embodied share,
 * which would hide the gap), else CO2e, else accelerator-hours (a Trainer's runtime replaces the estimated hours).
 */
export function distrustedMeasurements(head: Estimate): DistrustedMeasurement[] {
  return head.runs.flatMap((run) => {
    const measured = run.measured;
    if (!measured) return [];
    const { estimated } = measured;
    const implausible =
      measured.energyKwh !== undefined
        ? implausiblyLow(measured.energyKwh.value, estimated.energyKwh)
        : measured.co2eKg !== undefined
          ? implausiblyLow(measured.co2eKg.value, estimated.co2eKg)
          : measured.acceleratorHours !== undefined &&
            implausiblyLow(measured.acceleratorHours, estimated.acceleratorHours);
    if (!implausible) return [];
    return [
      {
        run: run.id,
        files: measured.files.map((file) => file.file),
        measuredKg: run.co2eKg.value,
        estimatedKg: estimated.co2eKg.value,
      },
    ];
  });
}

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

/** `baseTotalKg`: the base's total, undefined without a base. Runs with implausible measurements count their estimate. */
export function judgeBudget(head: Estimate, baseTotalKg: number | undefined, budgets: BudgetInputs): BudgetVerdict {
  const hasBase = baseTotalKg !== undefined;
  const baseInForce = budgets.baseHasManifest ?? hasBase;
  const { limits, authority } = limitsInForce(baseInForce, budgets);
  const checks: BudgetCheck[] = [];
  const distrusted = new Map(distrustedMeasurements(head).map((entry) => [entry.run, entry]));
  const correction = (run: RunEstimate) => {
    const entry = distrusted.get(run.id);
    return entry ? entry.estimatedKg - entry.measuredKg : 0;
  };
  const runKg = (run: RunEstimate) => runTotalKg(run) + correction(run);
  const total = head.total.co2eKg.value + head.runs.reduce((sum, run) => sum + correction(run), 0);
  const deltaPercent =
    baseTotalKg !== undefined && baseTotalKg > 0 ? ((total - baseTotalKg) / baseTotalKg) * 100 : null;

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
      const actual = runKg(run);
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
