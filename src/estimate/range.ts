// Arithmetic on uncertain quantities. A product of independent factors combines their spreads in quadrature in log
// space (so five factors each "x1.3 either way" give x1.8, not x3.7); a sum of ranges adds lows and highs.
import type { Range } from './types.js';

export const exact = (value: number): Range => ({ value, low: value, high: value });

export function range(value: number, low: number, high: number): Range {
  return { value, low: Math.min(low, value), high: Math.max(high, value) };
}

/** 1 / x: the low end of the result comes from the high end of the input. */
export function inverse(factor: Range): Range {
  return { value: 1 / factor.value, low: 1 / factor.high, high: 1 / factor.low };
}

export function product(...factors: Range[]): Range {
  let value = 1;
  let upSquared = 0;
  let downSquared = 0;
  for (const factor of factors) {
    if (factor.value === 0) return exact(0);
    value *= factor.value;
    upSquared += Math.log(factor.high / factor.value) ** 2;
    downSquared += Math.log(factor.value / factor.low) ** 2;
  }
  return { value, low: value / Math.exp(Math.sqrt(downSquared)), high: value * Math.exp(Math.sqrt(upSquared)) };
}

export function sum(...terms: Range[]): Range {
  return sumOf(terms);
}

/** The sum of any number of ranges (an array, so long lists never meet the argument-count limit). */
export function sumOf(terms: readonly Range[]): Range {
  return terms.reduce(
    (total, term) => ({ value: total.value + term.value, low: total.low + term.low, high: total.high + term.high }),
    exact(0),
  );
}

export function scale(quantity: Range, by: number): Range {
  return { value: quantity.value * by, low: quantity.low * by, high: quantity.high * by };
}
