// Expected texts worked out by hand: round to the stated significant figures, pick the largest unit in which the
// rounded value is ≥ 1, group thousands with commas, U+2212 for minus.
import { describe, expect, it } from 'vitest';
import {
  formatHours,
  formatKg,
  formatKgLike,
  formatKgOfRange,
  formatKgSpan,
  formatKwh,
  formatNumber,
  formatNumberOfRange,
  formatPercent,
  formatRange,
  formatSignedKg,
  formatSignificant,
  formatWhole,
  noWrap,
  significantFiguresFor,
} from '../../src/util/format.js';

describe('formatSignificant', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [12.345, '12.3'],
    [1234, '1,230'],
    [1234567, '1,230,000'],
    [999.96, '1,000'], // rounding carries into a new digit
    [0.012345, '0.0123'],
    [0.0001234, '0.000123'],
    [-4.567, '−4.57'],
    [2.5e18, '2.5 × 10¹⁸'],
    [1.7976931348623157e308, '1.8 × 10³⁰⁸'],
    [1.234e-7, '1.23 × 10⁻⁷'],
    [9.996e20, '1 × 10²¹'], // mantissa rounds up to 10
    [Number.MIN_VALUE, '4.94 × 10⁻³²⁴'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
    [Number.NaN, 'n/a'],
  ])('%s -> %s', (value, text) => {
    expect(formatSignificant(value)).toBe(text);
  });

  it('never throws for any magnitude and figure count', () => {
    for (let exponent = -330; exponent <= 310; exponent += 7)
      for (const figures of [0, 1, 3, 25])
        expect(() => formatSignificant(1.234 * 10 ** exponent, figures)).not.toThrow();
  });

  it('takes the figures asked for', () => {
    expect(formatNumber(60981.4, 1)).toBe('60,000');
    expect(formatNumber(60981.4, 2)).toBe('61,000');
    expect(formatNumber(1500)).toBe('1,500');
  });
});

describe('masses and energies', () => {
  it.each([
    [0.5, '500 g'],
    [0.0004, '0.4 g'],
    [12.345, '12.3 kg'],
    [152.45, '152 kg'],
    [999.4, '999 kg'],
    [999.7, '1 t'], // 999.7 rounds to 1,000 kg, which reads as a tonne
    [1234, '1.23 t'],
    [11_000_000, '11 kt'],
    [4.5e9, '4.5 Mt'],
    [3e20, '300,000,000 Gt'],
    [1e30, '1 × 10¹⁸ Gt'],
    [Number.MAX_VALUE, '1.8 × 10²⁹⁶ Gt'],
    [-538.2, '−538 kg'],
    [0, '0 kg'],
    [Infinity, '∞ kg'],
    [Number.NaN, 'n/a kg'],
  ])('%s kg -> %s', (kg, text) => {
    expect(formatKg(kg)).toBe(text);
  });

  it.each([
    [0.005, '5 Wh'],
    [12.34, '12.3 kWh'],
    [2500, '2.5 MWh'],
    [0, '0 kWh'],
  ])('%s kWh -> %s', (kwh, text) => {
    expect(formatKwh(kwh)).toBe(text);
  });

  it('hours', () => {
    expect(formatHours(1234.5)).toBe('1,230 h');
  });
});

describe('signs', () => {
  it('signs changes with U+2212, including percentages', () => {
    expect(formatSignedKg(-3)).toBe('−3 kg');
    expect(formatSignedKg(41.8)).toBe('+41.8 kg');
    expect(`${formatSignedKg(-684)} (${formatPercent(-50)})`).toBe('−684 kg (−50%)');
    expect(formatPercent(46.04)).toBe('+46%');
    expect(formatPercent(-3.14)).toBe('−3.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(Infinity)).toBe('+∞%');
  });

  it('writes a zero change in the unit of what it is about', () => {
    expect(formatSignedKg(0)).toBe('±0 kg');
    expect(formatSignedKg(0, 0.057)).toBe('±0 g');
    expect(formatSignedKg(1e-15, 0.057)).toBe('±0 g');
    expect(formatSignedKg(0, 2500)).toBe('±0 t');
    expect(formatSignedKg(0.0003)).toBe('+0.3 g');
  });
});

describe('ranges', () => {
  it('gives a central value only the figures its range supports', () => {
    // 4–54 t: half-width 25 t, same digit place as 20 t -> 1 figure
    expect(significantFiguresFor({ value: 19_700, low: 4_000, high: 54_000 })).toBe(1);
    // a mass in a table keeps two figures at least: 22.6 kg in 12–32 kg reads 23 kg
    expect(formatKgOfRange({ value: 19_700, low: 4_000, high: 54_000 })).toBe('20 t');
    expect(formatKgOfRange({ value: 22.6, low: 12, high: 32 })).toBe('23 kg');
    // 100–110 kg: half-width 5 is two digit places below 105 -> 3 figures (capped at 3)
    expect(formatKgOfRange({ value: 105.4, low: 100, high: 110 })).toBe('105 kg');
    // a km figure derived from that 4–54 t range gets 1 figure too: not "≈ 60,981 km"
    expect(formatNumberOfRange(60_981, { value: 19_700, low: 4_000, high: 54_000 })).toBe('60,000');
    expect(significantFiguresFor({ value: 5, low: 5, high: 5 })).toBe(3);
  });

  it('writes a range compactly in one unit when both ends fit it', () => {
    expect(formatKgSpan({ value: 120, low: 79.6, high: 217 })).toBe('80–220 kg');
    expect(formatKgSpan({ value: 2000, low: 1234, high: 3456 })).toBe('1.2–3.5 t');
    expect(formatKgSpan({ value: 0.9, low: 0.8, high: 1.2 })).toBe('0.8–1.2 kg');
    // the low end under a tenth of the high end's unit keeps its own unit
    expect(formatKgSpan({ value: 0.9, low: 0.05, high: 1.2 })).toBe('50 g – 1.2 kg');
    expect(formatKgSpan({ value: 0, low: 0, high: 0 })).toBe('0 kg – 0 kg');
  });

  it('formats both ends', () => {
    expect(formatRange({ value: 20, low: 4000, high: 54000 }, formatKg)).toBe('4 t – 54 t');
  });
});

describe('noWrap', () => {
  it('joins a value with U+00A0', () => {
    expect(noWrap('−538 kg')).toBe('−538\u00a0kg');
    expect(noWrap('4.94 × 10⁻³²⁴')).not.toContain(' ');
  });
});

describe('formatKgLike', () => {
  it('shows a budget in the unit of the figure it is compared with', () => {
    expect(formatKgLike(1500, 163)).toBe('1,500 kg');
    expect(formatKgLike(2500, 3200)).toBe('2.5 t');
    expect(formatKgLike(0.5, 163)).toBe('0.5 kg');
  });
  it('falls back to the unit of its own size when the two are three orders of magnitude apart', () => {
    expect(formatKgLike(1500, 0.163)).toBe('1.5 t');
    expect(formatKgLike(1e9, 163)).toBe('1 Mt');
    expect(formatKgLike(1500, 0)).toBe('1.5 t');
  });
});

describe('formatWhole', () => {
  it('groups thousands as en-US does, without Intl', () => {
    for (const value of [0, 7, 999, 1000, 65_536, 1_234_567, 16_777_216, 1e15])
      expect(formatWhole(value)).toBe(value.toLocaleString('en-US'));
    expect(formatWhole(1234.6)).toBe('1,235');
    expect(formatWhole(-12_000)).toBe('\u221212,000');
  });
});
