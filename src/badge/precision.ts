// Write a CO2e figure with no more precision than its low/high range supports: 2 significant figures at most,
// 1 when the range is wider than a unit in the second figure.
import type { Range } from '../estimate/types.js';

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

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Format a number already rounded to `figures` significant figures, without trailing noise. */
function formatRounded(value: number, figures: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, figures - 1 - exponent);
  const [whole, fraction] = value.toFixed(decimals).split('.');
  return fraction ? `${groupThousands(whole!)}.${fraction}` : groupThousands(whole!);
}

/** "42 kg", "0.5 kg", "1.2 t", "11,000 t": kg below one tonne, t from there on. */
export function formatCo2e(range: Range): string {
  const figures = significantFigures(range);
  const roundedKg = roundToSignificant(Math.max(0, range.value), figures);
  if (roundedKg === 0) return '0 kg';
  return roundedKg >= 1000
    ? `${formatRounded(roundedKg / 1000, figures)} t`
    : `${formatRounded(roundedKg, figures)} kg`;
}
