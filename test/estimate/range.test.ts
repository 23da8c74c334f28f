import { describe, expect, it } from 'vitest';
import { exact, inverse, product, range, sum } from '../../src/estimate/range.js';

describe('range arithmetic', () => {
  it('multiplies central values and carries a single factor spread unchanged', () => {
    const result = product(range(2, 1, 4), exact(3));
    expect(result).toEqual({ value: 6, low: 3, high: 12 });
  });

  it('combines independent spreads in quadrature in log space', () => {
    // two factors each x2 either way: exp(sqrt(2) * ln 2) = 2^1.41421 = 2.6651
    const result = product(range(1, 0.5, 2), range(1, 0.5, 2));
    expect(result.value).toBe(1);
    expect(result.high).toBeCloseTo(2.6651, 4);
    expect(result.low).toBeCloseTo(1 / 2.6651, 4);
  });

  it('inverts a range so the low end comes from the high end', () => {
    expect(inverse(range(0.4, 0.2, 0.5))).toEqual({ value: 2.5, low: 2, high: 5 });
  });

  it('adds lows and highs of a sum', () => {
    expect(sum(range(1, 0.5, 2), range(10, 8, 12))).toEqual({ value: 11, low: 8.5, high: 14 });
  });

  it('keeps a zero product exact', () => {
    expect(product(range(2, 1, 3), exact(0))).toEqual(exact(0));
  });
});
