// Human-friendly quantities in the manifest: counts with K/M/B/T suffixes and durations with units.

const COUNT_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12, p: 1e15 };
/** Duration units. "m" is not one: it reads as minutes or months, and in counts it means million. */
const HOURS_PER_UNIT: Record<string, number> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  min: 1 / 60,
  h: 1,
  hr: 1,
  d: 24,
  w: 168,
  mo: 730,
  y: 8760,
};

export type Parsed = { value: number } | { error: string };

const NUMBER = '([0-9]*\\.?[0-9]+(?:e[+-]?[0-9]+)?)';
const COUNT_PATTERN = new RegExp(`^\\s*${NUMBER}\\s*([kmbgtp])?\\s*$`, 'i');
const DURATION_PATTERN = new RegExp(`^\\s*${NUMBER}\\s*([a-z]+)?\\s*$`, 'i');

/** A string written as a number ("1e400") must not turn into Infinity. */
function finite(value: number, expected: string): Parsed {
  return Number.isFinite(value) ? { value } : { error: expected };
}

/** "7B" -> 7e9, "2.5T" -> 2.5e12, "1.2e21" -> 1.2e21, "50_000" / "50,000" -> 5e4, 42 -> 42. */
export function parseCount(input: unknown): Parsed {
  const expected = 'a number or a string such as "7B", "110M", "2.5T" or "1.2e21"';
  if (typeof input === 'number') return finite(input, 'a finite number');
  if (typeof input !== 'string') return { error: 'a number or a string such as "7B" or "2.5T"' };
  const match = COUNT_PATTERN.exec(input.replace(/[_,]/g, ''));
  if (!match) return { error: expected };
  const multiplier = match[2] ? COUNT_SUFFIX[match[2].toLowerCase()]! : 1;
  return finite(Number(match[1]) * multiplier, `a finite number (${JSON.stringify(input)} is too large)`);
}

const AMBIGUOUS_M = '"m" is ambiguous: write "min" for minutes or "mo" for months';

function parseDuration(input: unknown, defaultUnit: 'h' | 'd', expected: string): Parsed {
  if (typeof input === 'number') return finite(input * HOURS_PER_UNIT[defaultUnit]!, 'a finite number');
  if (typeof input !== 'string') return { error: expected };
  const match = DURATION_PATTERN.exec(input);
  if (!match) return { error: expected };
  const unit = (match[2] ?? defaultUnit).toLowerCase();
  if (unit === 'm') return { error: AMBIGUOUS_M };
  const perUnit = Object.hasOwn(HOURS_PER_UNIT, unit) ? HOURS_PER_UNIT[unit] : undefined;
  if (perUnit === undefined) return { error: `${expected} (units: s, min, h, d, w, mo, y)` };
  return finite(Number(match[1]) * perUnit, `a finite number (${JSON.stringify(input)} is too large)`);
}

/** Hours: 36 -> 36, "36h" -> 36, "2d" -> 48, "90min" -> 1.5, "1w" -> 168. A bare number is hours. */
export function parseHours(input: unknown): Parsed {
  return parseDuration(input, 'h', 'hours as a number, or a string such as "36h", "2d" or "90min"');
}

/** Days: 365 -> 365, "12w" -> 84, "6mo" -> 182.5, "1y" -> 365, "48h" -> 2. A bare number is days. */
export function parseDays(input: unknown): Parsed {
  const hours = parseDuration(input, 'd', 'days as a number, or a string such as "365d", "12w", "6mo" or "1y"');
  return 'error' in hours ? hours : { value: hours.value / 24 };
}
