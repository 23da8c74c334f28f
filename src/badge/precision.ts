// Badges and model cards write a CO2e figure with no more precision than its low/high range supports: 2 significant
// figures at most, 1 when the range is wider than a unit in the second figure. The formatting is util/format.ts's.
import type { Range } from '../estimate/types.js';
import { formatKg, roundSignificant, significantFiguresFor } from '../util/format.js';

/** Significant figures the range justifies, capped to 1..2. */
export function significantFigures(range: Range): 1 | 2 {
  return significantFiguresFor(range, 2) >= 2 ? 2 : 1;
}

/** `value` at `figures` significant figures; non-finite values become 0 (a model card needs a number). */
export function roundToSignificant(value: number, figures: number): number {
  return Number.isFinite(value) ? roundSignificant(value, figures) : 0;
}

/** "42 kg", "500 g", "1.2 t", "11 kt": the report's units, at the figures the range supports. */
export function formatCo2e(range: Range): string {
  return formatKg(Math.max(0, range.value), significantFigures(range));
}
