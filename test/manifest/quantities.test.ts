import { describe, expect, it } from 'vitest';
import { parseCount, parseDays, parseHours } from '../../src/manifest/quantities.js';

describe('counts', () => {
  it.each([
    ['7B', 7e9],
    ['2.5T', 2.5e12],
    ['110M', 110e6],
    ['50K', 5e4],
    ['1.2e21', 1.2e21],
    ['50_000', 5e4],
    ['1,000', 1000],
    [42, 42],
    ['0.5b', 5e8],
  ])('%s -> %d', (input, expected) => {
    expect(parseCount(input)).toEqual({ value: expected });
  });

  it.each(['lots', '', '1.2.3B', true, null])('refuses %j with what was expected', (input) => {
    const parsed = parseCount(input);
    expect('error' in parsed && parsed.error).toMatch(/7B/);
  });
});

describe('durations', () => {
  it.each([
    [36, 36],
    ['36h', 36],
    ['2d', 48],
    ['90min', 1.5],
    ['1w', 168],
    ['3600s', 1],
  ])('%s -> %d hours', (input, hours) => {
    expect(parseHours(input)).toEqual({ value: hours });
  });
  it('refuses a unit it does not know', () => {
    expect(parseHours('3 fortnights')).toHaveProperty('error');
  });
  it.each([
    [365, 365],
    ['365d', 365],
    ['12w', 84],
    ['1y', 365],
    ['48h', 2],
    ['30', 30],
  ])('days: %s -> %d', (input, days) => {
    expect(parseDays(input)).toEqual({ value: days });
  });
});
