import type { Estimate, RunEstimate } from '../estimate/types.js';
import type { Budget } from '../manifest/types.js';

export interface BudgetInputs {
  /** The base branch's budget: the one in force. */
  base?: Budget;
  /** The PR's budget: in force only when the base has no manifest; otherwise changes to it are flagged. */
  head?: Budget;
  /** Limits from the action's inputs, which take precedence rule by rule. */
  override?: Budget;
  /**
   * Whether the base branch tip has a manifest, when that is not the compared base (a merge-base) or the base could not
   * be read (true: no manifest's budget may take over). Defaults to "the compared base has an estimate".
   */
  baseHasManifest?: boolean;
}

export type RunChange = 'added' | 'removed' | 'renamed' | 'changed' | 'unchanged';

export interface RunComparison {
  id: string;
  change: RunChange;
  /** For a renamed run, its id on the base branch. */
  previousId?: string;
  base?: RunEstimate;
  head?: RunEstimate;
  /** Head minus base, training and serving, central values. */
  deltaCo2eKg: number;
  /** Null when there is no base figure to divide by. */
  deltaPercent: number | null;
}

/** `error`: the budget in force could not be read (the base tip unreadable, or its manifest invalid). */
export type BudgetStatus = 'pass' | 'warn' | 'fail' | 'none' | 'error';

export interface BudgetCheck {
  rule: 'total_co2e_kg' | 'per_run_co2e_kg' | 'max_increase_percent' | 'warn_increase_percent';
  limit: number;
  actual: number;
  /** Run id for per-run checks. */
  run?: string;
  status: 'pass' | 'warn' | 'fail';
  message: string;
}

export interface BudgetChange {
  rule: keyof Budget;
  from?: number;
  to?: number;
}

export interface BudgetVerdict {
  status: BudgetStatus;
  /** Where the limits in force came from: the base branch's manifest, the head's (no base manifest), or action inputs. */
  authority: 'base' | 'head' | 'override' | 'none';
  limits: Budget;
  checks: BudgetCheck[];
  /** Human-readable reasons for a warn or fail. */
  reasons: string[];
  /** Budget limits the PR changes in its own manifest. */
  changes: BudgetChange[];
}

export interface Comparison {
  base?: Estimate;
  head: Estimate;
  runs: RunComparison[];
  delta: { co2eKg: number; percent: number | null };
  budget: BudgetVerdict;
}
