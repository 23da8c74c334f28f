// What the step concludes: the check run verdict and whether the step fails. Only the budget, unusable input and an
// unreadable base decide the exit code; comment or check failures never do. The gate fails closed: when the budget in
// force cannot be known, it does not pass.
import type { Comparison } from '../compare/types.js';
import type { Verdict } from '../github/checks.js';
import { BUDGET_WORDS } from '../report/estimate-view.js';
import { formatKg, formatPercent, formatSignedKg } from '../util/format.js';

export interface Decision {
  verdict: Verdict;
  /** One line for the check run title and commit status description. */
  title: string;
  /** Set when the step must fail: names the runs and the figures. */
  failure?: string;
}

export interface DecisionOptions {
  mode: 'gate' | 'report';
  failOnBudget: boolean;
  inputErrors: number;
  /** Why the budget in force is unknown (the base tip could not be read); the gate then does not pass. */
  baseError?: string;
  /** `fail` (default): failing check and step; `neutral`: neutral check, the step passes with a warning. */
  onBaseError?: 'fail' | 'neutral';
}

export function decide(comparison: Comparison, options: DecisionOptions): Decision {
  const { budget } = comparison;
  if (options.baseError !== undefined) {
    const blocks = options.mode === 'gate' && options.onBaseError !== 'neutral';
    const title = 'budget not checked: the base branch could not be read';
    return {
      verdict: blocks ? 'fail' : 'neutral',
      title,
      failure: blocks
        ? `ml-carbon ${title} (${options.baseError}), so the budget in force is unknown and the gate does not pass`
        : undefined,
    };
  }
  const total = `${formatKg(comparison.head.total.co2eKg.value)} CO2e`;
  const delta = comparison.base
    ? `, ${formatSignedKg(comparison.delta.co2eKg)} ${comparison.delta.percent === null ? '' : `(${formatPercent(comparison.delta.percent)}) `}vs base`
    : ', no baseline';
  const gating = options.mode === 'gate';
  if (options.inputErrors > 0) {
    const title = `${options.inputErrors} error${options.inputErrors > 1 ? 's' : ''} in the ml-carbon manifest`;
    return {
      verdict: gating ? 'fail' : 'neutral',
      title,
      failure: gating ? `${title}; see the report for file, line and field` : undefined,
    };
  }
  const label = BUDGET_WORDS[budget.status] || 'no budget set';
  const title = `${total}${delta}: ${label}`;
  if (budget.status === 'fail') {
    const blocks = gating && options.failOnBudget;
    return {
      verdict: blocks ? 'fail' : 'neutral',
      title,
      failure: blocks ? `ml-carbon budget exceeded: ${budget.reasons.join('; ')}` : undefined,
    };
  }
  if (budget.status === 'warn') return { verdict: 'warn', title };
  return { verdict: budget.status === 'pass' ? 'pass' : 'neutral', title };
}
