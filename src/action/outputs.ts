// The step outputs, computed from an analysis: plain strings, always all of them, empty when there is no value.
import type { Comparison } from '../compare/types.js';

export interface StepOutputs {
  'co2e-kg': string;
  'energy-kwh': string;
  'base-co2e-kg': string;
  'delta-co2e-kg': string;
  'delta-percent': string;
  'budget-status': string;
  'report-json': string;
}

/** Six significant digits: as much as any estimate here can claim, and stable across platforms. */
export function outputNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(6)));
}

/** `budgetError`: the budget in force is unknown (base unreadable, or the run could not finish): status `error`. */
export function stepOutputs(
  comparison: Comparison | undefined,
  reportJsonPath: string,
  budgetError = false,
): StepOutputs {
  return {
    'co2e-kg': outputNumber(comparison?.head.total.co2eKg.value),
    'energy-kwh': outputNumber(comparison?.head.total.energyKwh.value),
    'base-co2e-kg': outputNumber(comparison?.base?.total.co2eKg.value),
    'delta-co2e-kg': comparison?.base ? outputNumber(comparison.delta.co2eKg) : '',
    'delta-percent': comparison?.base ? outputNumber(comparison.delta.percent) : '',
    'budget-status': budgetError ? 'error' : (comparison?.budget.status ?? 'none'),
    'report-json': reportJsonPath,
  };
}
