// Base estimate vs head estimate: runs matched by id (renames detected), deltas, and the budget verdict.
import type { Estimate, RunEstimate } from '../estimate/types.js';
import { judgeBudget } from './budget.js';
import { runTotalKg } from './run-total.js';
import type { BudgetInputs, Comparison, RunComparison } from './types.js';

const percent = (delta: number, base: number): number | null => (base > 0 ? (delta / base) * 100 : null);

function sameWork(a: RunEstimate, b: RunEstimate): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
  return (
    a.accelerator === b.accelerator &&
    close(a.acceleratorHours.value, b.acceleratorHours.value) &&
    close(runTotalKg(a), runTotalKg(b))
  );
}

export function matchRuns(base: RunEstimate[], head: RunEstimate[]): RunComparison[] {
  const baseById = new Map(base.map((run) => [run.id, run]));
  const headIds = new Set(head.map((run) => run.id));
  const unmatchedBase = base.filter((run) => !headIds.has(run.id));
  const result: RunComparison[] = [];

  for (const headRun of head) {
    const baseRun = baseById.get(headRun.id);
    if (baseRun) {
      const delta = runTotalKg(headRun) - runTotalKg(baseRun);
      const unchanged = sameWork(baseRun, headRun);
      result.push({
        id: headRun.id,
        change: unchanged ? 'unchanged' : 'changed',
        base: baseRun,
        head: headRun,
        deltaCo2eKg: unchanged ? 0 : delta,
        deltaPercent: unchanged ? 0 : percent(delta, runTotalKg(baseRun)),
      });
      continue;
    }
    const renamedIndex = unmatchedBase.findIndex((candidate) => sameWork(candidate, headRun));
    if (renamedIndex >= 0) {
      const [previous] = unmatchedBase.splice(renamedIndex, 1);
      result.push({
        id: headRun.id,
        change: 'renamed',
        previousId: previous!.id,
        base: previous,
        head: headRun,
        deltaCo2eKg: 0,
        deltaPercent: 0,
      });
      continue;
    }
    result.push({
      id: headRun.id,
      change: 'added',
      head: headRun,
      deltaCo2eKg: runTotalKg(headRun),
      deltaPercent: null,
    });
  }
  for (const removed of unmatchedBase) {
    result.push({
      id: removed.id,
      change: 'removed',
      base: removed,
      deltaCo2eKg: -runTotalKg(removed),
      deltaPercent: -100,
    });
  }
  return result;
}

export function compareEstimates(base: Estimate | undefined, head: Estimate, budgets: BudgetInputs = {}): Comparison {
  const runs = matchRuns(base?.runs ?? [], head.runs);
  const baseTotal = base?.total.co2eKg.value ?? 0;
  const deltaKg = head.total.co2eKg.value - baseTotal;
  const delta = { co2eKg: deltaKg, percent: base ? percent(deltaKg, baseTotal) : null };
  return { base, head, runs, delta, budget: judgeBudget(head, base ? baseTotal : undefined, budgets) };
}
