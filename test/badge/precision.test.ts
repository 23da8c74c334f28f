import { describe, expect, it } from 'vitest';
import { formatCo2e, significantFigures } from '../../src/badge/precision.js';
import { range } from './estimates.js';

describe('significantFigures', () => {
  it('keeps two figures when the half-width sits below the second digit place', () => {
    // 42 kg, 40..44: half-width 2 -> place 10^0, value place 10^1 -> 2 figures
    expect(significantFigures(range(42, 40, 44))).toBe(2);
  });
  it('drops to one figure when the range is as wide as the leading digit place', () => {
    // 42 kg, 30..60: half-width 15 -> place 10^1, same as the value's -> 1 figure
    expect(significantFigures(range(42, 30, 60))).toBe(1);
  });
  it('keeps two figures for an exact (measured, zero-width) value', () => {
    expect(significantFigures(range(1234))).toBe(2);
  });
});

describe('formatCo2e', () => {
  it('rounds to two significant figures in kg', () => {
    expect(formatCo2e(range(42.37, 41, 44))).toBe('42 kg');
  });
  it('rounds a wide range to one figure', () => {
    // 42 in 30..60 -> 1 figure -> 40
    expect(formatCo2e(range(42, 30, 60))).toBe('40 kg');
  });
  it('switches to tonnes from 1000 kg, keeping the figure count', () => {
    // 1234 kg exact -> 1200 kg -> 1.2 t
    expect(formatCo2e(range(1234))).toBe('1.2 t');
    // 999.7 kg -> 2 figures -> 1000 kg -> "1 t" (the report's formatter, util/format.ts, drops trailing zeros)
    expect(formatCo2e(range(999.7))).toBe('1 t');
  });
  it('scales thousands of tonnes to kilotonnes, as the report does', () => {
    // 11,437,000 kg, half-width 500,000 (place 10^5) vs value place 10^7 -> 2 figures -> 11,000,000 kg = 11 kt
    expect(formatCo2e(range(11_437_000, 11_000_000, 12_000_000))).toBe('11 kt');
    // 14,370,000 kg in 5e6..3e7: half-width 12,500,000 (place 10^7) = value place -> 1 figure -> 10,000,000 kg = 10 kt
    expect(formatCo2e(range(14_370_000, 5_000_000, 30_000_000))).toBe('10 kt');
  });
  it('writes figures below 1 kg in grams, as the report does, and zero as 0 kg', () => {
    // 0.0456 kg, half-width 0.0015 (place 10^-3) vs value place 10^-2 -> 2 figures -> 0.046 kg = 46 g
    expect(formatCo2e(range(0.0456, 0.044, 0.047))).toBe('46 g');
    expect(formatCo2e(range(0))).toBe('0 kg');
  });
});
