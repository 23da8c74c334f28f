// Write a CO2e figure with no more precision than its low/high range supports: 2 significant figures at most,
// 1 when the range is wider than a unit in the second figure.
import type { Range } from '../estimate/types.js';
import { formatKg } from '../util/format.js';

/** Significant figures the range justifies: the digit place of the half-width, capped to 1..2. */
export function significantFigures(range: Range): 1 | 2 {
  const value = Math.abs(range.value);
  const halfWidth = Math.max(0, (range.high - range.low) / 2);
  if (value === 0 || halfWidth === 0) return 2;
  const digits = Math.floor(Math.log10(value)) - Math.floor(Math.log10(halfWidth)) + 1;
  return digits >= 2 ? 2 : 1;
}

export function roundToSignificant(value: number, figures: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  return Number(value.toPrecision(figures));
}

/** "42 kg", "500 g", "1.2 t", "11,000 t": the report's units (util/format.ts), at the figures the range supports. */
export function formatCo2e(range: Range): string {
  return formatKg(roundToSignificant(Math.max(0, range.value), significantFigures(range)));
}
