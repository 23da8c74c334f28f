// Human-friendly quantities in the manifest: counts with K/M/B/T suffixes (or the words), durations with units, and
// plain numbers written with their unit ("300 W", "40%", "1.2", "500 kg"). One rule throughout: a string is read
// exactly or refused with what was expected; it is never read as a different number ("1.5B" is never 1.5).

/** Count multipliers, by suffix as written (lower-cased, spaces dropped). "m" is million, as in "110M". */
const COUNT_SUFFIX: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  g: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
  p: 1e15,
  quadrillion: 1e15,
};
/** Words that may follow a count and say what is counted ("1.2e21 FLOPs", "2T tokens"); they change nothing. */
const COUNT_NOUNS =
  /\s*(?:flops?|tokens?|params?|parameters?|samples?|examples?|sequences?|requests?|gpus?|devices?|accelerators?|cards?|chips?|replicas?)$/i;

/** Duration units, hours per unit. "m" alone is none: it reads as minutes or months (in counts it means million). */
const HOURS_PER_UNIT: Record<string, number> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  secs: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  wk: 168,
  wks: 168,
  week: 168,
  weeks: 168,
  mo: 730,
  month: 730,
  months: 730,
  y: 8760,
  yr: 8760,
  yrs: 8760,
  year: 8760,
  years: 8760,
};

export type Parsed = { value: number } | { error: string };

const NUMBER = '([+-]?[0-9]*\\.?[0-9]+(?:e[+-]?[0-9]+)?)';
const COUNT_PATTERN = new RegExp(`^${NUMBER}\\s*([a-z]+)?$`, 'i');
const DURATION_PART = new RegExp(`${NUMBER}\\s*([a-z]+)?\\s*`, 'iy');
const MEASURE_PATTERN = new RegExp(`^${NUMBER}\\s*(.*)$`, 'i');
const CLOCK_PATTERN = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;

/** A string written as a number ("1e400") must not turn into Infinity. */
function finite(value: number, expected: string): Parsed {
  return Number.isFinite(value) ? { value } : { error: expected };
}

/**
 * Thousands separators are dropped when they group digits ("1,000,000", "50_000"); "1,5" is refused, since it may
 * be a decimal comma. Returns undefined for a number it cannot read exactly.
 */
function withoutSeparators(text: string): string | undefined {
  const trimmed = text.trim();
  const number = /^[+-]?[0-9][0-9_,]*/.exec(trimmed)?.[0];
  if (!number || !/[_,]/.test(number)) return trimmed;
  const digits = number.replace(/^[+-]/, '');
  const grouped = /^\d{1,3}(?:,\d{3})+$/.test(digits) || /^\d+(?:_\d+)+$/.test(digits);
  return grouped ? number.replace(/[_,]/g, '') + trimmed.slice(number.length) : undefined;
}

/** "7B" -> 7e9, "2.5T" -> 2.5e12, "1.5 billion" -> 1.5e9, "1.2e21 FLOPs" -> 1.2e21, "50,000" -> 5e4, 42 -> 42. */
export function parseCount(input: unknown): Parsed {
  const expected = 'a number or a string such as "7B", "110M", "2.5T", "1.5 billion" or "1.2e21"';
  if (typeof input === 'number') return finite(input, 'a finite number');
  if (typeof input !== 'string') return { error: expected };
  const text = withoutSeparators(input.trim().replace(COUNT_NOUNS, ''));
  const match = text === undefined ? null : COUNT_PATTERN.exec(text);
  if (!match) return { error: expected };
  const suffix = match[2]?.toLowerCase();
  const multiplier = suffix === undefined ? 1 : Object.hasOwn(COUNT_SUFFIX, suffix) ? COUNT_SUFFIX[suffix] : undefined;
  if (multiplier === undefined) return { error: `${expected} (suffixes: K, M, B, T)` };
  return finite(Number(match[1]) * multiplier, `a finite number (${JSON.stringify(input)} is too large)`);
}

const AMBIGUOUS_M = '"m" is ambiguous: write "min" for minutes or "mo" for months';
const UNITS_NOTE = '(units: s, min, h, d, w, mo, y, or the words)';

/**
 * Hours in "36h", "3 days", "1h30min", "1d 12h" or "02:30:00". In a compound after hours or days, "m" is minutes
 * ("1h30m"); alone it is refused.
 */
function parseDuration(input: unknown, defaultUnit: 'h' | 'd', expected: string): Parsed {
  if (typeof input === 'number') return finite(input * HOURS_PER_UNIT[defaultUnit]!, 'a finite number');
  if (typeof input !== 'string') return { error: expected };
  const text = withoutSeparators(input);
  if (text === undefined) return { error: expected };
  const clock = CLOCK_PATTERN.exec(text);
  if (clock) return { value: Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600 };
  let total = 0;
  let parts = 0;
  let previousPerUnit = Infinity;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < text.length) {
    const match = DURATION_PART.exec(text);
    if (!match) return { error: expected };
    parts++;
    let unit = match[2]?.toLowerCase();
    if (unit === undefined && (parts > 1 || DURATION_PART.lastIndex < text.length)) return { error: expected };
    unit ??= defaultUnit;
    if (unit === 'm') {
      if (previousPerUnit > 1 / 60 && previousPerUnit <= 24) unit = 'min';
      else return { error: AMBIGUOUS_M };
    }
    const perUnit = Object.hasOwn(HOURS_PER_UNIT, unit) ? HOURS_PER_UNIT[unit] : undefined;
    if (perUnit === undefined) return { error: `${expected} ${UNITS_NOTE}` };
    // "1h30min" goes from larger units to smaller ones; anything else ("30min 1h", "1h 1h") is a slip.
    if (perUnit >= previousPerUnit) return { error: expected };
    if (parts > 1 && Number(match[1]) < 0) return { error: expected };
    previousPerUnit = perUnit;
    total += Number(match[1]) * perUnit;
  }
  if (parts === 0) return { error: expected };
  return finite(total, `a finite number (${JSON.stringify(input)} is too large)`);
}

/** Hours: 36 -> 36, "36h" -> 36, "3 days" -> 72, "90min" -> 1.5, "1h30m" -> 1.5, "02:30" -> 2.5. A bare number is hours. */
export function parseHours(input: unknown): Parsed {
  return parseDuration(input, 'h', 'hours as a number, or a string such as "36h", "3 days", "90min" or "1h30min"');
}

/** Days: 365 -> 365, "12w" -> 84, "6mo" -> 182.5, "1y" -> 365, "48h" -> 2. A bare number is days. */
export function parseDays(input: unknown): Parsed {
  const hours = parseDuration(input, 'd', 'days as a number, or a string such as "365d", "12 weeks", "6mo" or "1y"');
  return 'error' in hours ? hours : { value: hours.value / 24 };
}

/**
 * A number, or a string of a number with one of `units` (lower-cased, spaces dropped; factor to the field's unit).
 * `""` in `units` is the bare number. "300 W" -> 300, "0.3 kW" -> 300, "1.2" -> 1.2; "300 V" is refused.
 */
export function parseMeasure(input: unknown, units: Readonly<Record<string, number>>, expected: string): Parsed {
  if (typeof input === 'number') return finite(input, 'a finite number');
  if (typeof input !== 'string') return { error: expected };
  const text = withoutSeparators(input);
  const match = text === undefined ? null : MEASURE_PATTERN.exec(text);
  if (!match) return { error: expected };
  const unit = match[2]!.toLowerCase().replace(/\s+/g, '').replace('₂', '2');
  const factor = Object.hasOwn(units, unit) ? units[unit] : undefined;
  if (factor === undefined) return { error: expected };
  return finite(Number(match[1]) * factor, `a finite number (${JSON.stringify(input)} is too large)`);
}

export const UNITS = {
  plain: { '': 1 },
  watts: { '': 1, w: 1, watt: 1, watts: 1, kw: 1000 },
  /** gCO2e/kWh, as the grid tables give it; kg/kWh and g/Wh convert. */
  intensity: {
    '': 1,
    'g/kwh': 1,
    'gco2/kwh': 1,
    'gco2e/kwh': 1,
    'gco2eq/kwh': 1,
    'kg/mwh': 1,
    'kgco2/mwh': 1,
    'kgco2e/mwh': 1,
    'kg/kwh': 1000,
    'kgco2/kwh': 1000,
    'kgco2e/kwh': 1000,
  },
  /** Kilograms of CO2e. */
  kilograms: { '': 1, kg: 1, kgco2e: 1, kgco2: 1, t: 1000, tco2e: 1000, tco2: 1000, g: 0.001, gco2e: 0.001 },
  percent: { '': 1, '%': 1 },
  /** A fraction of 1: "40%" is 0.4. */
  fraction: { '': 1, '%': 0.01 },
  tflops: { '': 1, tflops: 1, 'tflop/s': 1, pflops: 1000, 'pflop/s': 1000 },
} as const satisfies Record<string, Record<string, number>>;
