// The one number formatter for people: significant figures, thousands separators, a unit on every figure that scales
// (g/kg/t…, Wh/kWh/MWh…), U+2212 for every minus sign. Never throws: any finite number, ±Infinity and NaN have a text.
// Values use a plain space between number and unit; renderers that can wrap (markdown, terminal text) pass each value
// through `noWrap` so "−538 kg" never breaks across lines.

/** A central value with its low/high range: structurally the estimate's Range (util/ imports nothing above it). */
interface Range {
  value: number;
  low: number;
  high: number;
}

export const MINUS = '\u2212';
export const NBSP = '\u00a0';

/** Deltas smaller than a microgram are float noise, not a change. */
const ZERO_KG = 1e-9;
/** Outside 1e-4 ≤ |x| < 1e15 a plain decimal gets unreadable; write a power of ten instead. */
const PLAIN_MIN = 1e-4;
const PLAIN_MAX = 1e15;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** `value` rounded to `figures` significant figures (1..21). Zero and non-finite values come back unchanged. */
export function roundSignificant(value: number, figures = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(Math.min(21, Math.max(1, Math.round(figures)))));
}

/** "1234567.5" -> "1,234,567.5"; the input is a plain non-negative decimal. */
function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  let grouped = '';
  for (let index = 0; index < whole!.length; index++) {
    if (index > 0 && (whole!.length - index) % 3 === 0) grouped += ',';
    grouped += whole![index];
  }
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A plain decimal string of a finite number with no exponent (String() switches to "1e-7" below 1e-6). */
function plainDecimal(magnitude: number): string {
  const text = String(magnitude);
  if (!text.includes('e')) return text;
  const [mantissa, exponentText] = text.split('e');
  const exponent = Number(exponentText);
  const digits = mantissa!.replace('.', '');
  const pointAt = mantissa!.indexOf('.') === -1 ? mantissa!.length : mantissa!.indexOf('.');
  const position = pointAt + exponent;
  if (position <= 0) return `0.${'0'.repeat(-position)}${digits}`;
  if (position >= digits.length) return digits + '0'.repeat(position - digits.length);
  return `${digits.slice(0, position)}.${digits.slice(position)}`;
}

/**
 * A number for people, `figures` significant figures, no unit: "1,230", "0.0123", "−4.5", "2.5 × 10¹⁸", "∞", "n/a".
 * The sign uses U+2212.
 */
export function formatSignificant(value: number, figures = 3): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return `${MINUS}∞`;
  if (value === 0) return '0';
  const sign = value < 0 ? MINUS : '';
  const magnitude = Math.abs(value);
  if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX)
    return sign + groupThousands(plainDecimal(roundSignificant(magnitude, figures)));
  // toExponential rounds mantissa and exponent together, also at the edges of the double range.
  const [mantissa, power] = magnitude.toExponential(Math.min(20, Math.max(0, Math.round(figures) - 1))).split('e');
  const trimmed = mantissa!.includes('.') ? mantissa!.replace(/0+$/, '').replace(/\.$/, '') : mantissa!;
  const superscript = [...String(Number(power))].map((character) => SUPERSCRIPT[character] ?? character).join('');
  return `${sign}${trimmed} × 10${superscript}`;
}

/**
 * Significant figures a central value deserves given its low/high range: the digit place of the half-width, within
 * min..max.
 */
export function significantFiguresFor(range: Range, max = 3, min = 1): number {
  const value = Math.abs(range.value);
  const halfWidth = Math.abs(range.high - range.low) / 2;
  if (!Number.isFinite(value) || !Number.isFinite(halfWidth) || value === 0 || halfWidth === 0) return max;
  const digits = Math.floor(Math.log10(value)) - Math.floor(Math.log10(halfWidth)) + 1;
  return Math.min(max, Math.max(min, digits));
}

interface Unit {
  symbol: string;
  /** How many of the base unit one of this unit is. */
  size: number;
}

const MASS_UNITS: Unit[] = [
  { symbol: 'g', size: 1e-3 },
  { symbol: 'kg', size: 1 },
  { symbol: 't', size: 1e3 },
  { symbol: 'kt', size: 1e6 },
  { symbol: 'Mt', size: 1e9 },
  { symbol: 'Gt', size: 1e12 },
];

const ENERGY_UNITS: Unit[] = [
  { symbol: 'Wh', size: 1e-3 },
  { symbol: 'kWh', size: 1 },
  { symbol: 'MWh', size: 1e3 },
  { symbol: 'GWh', size: 1e6 },
  { symbol: 'TWh', size: 1e9 },
];

/** The largest unit in which the rounded value is at least 1 (the smallest unit below that). */
function unitFor(rounded: number, units: Unit[]): Unit {
  const magnitude = Math.abs(rounded);
  let chosen = units[0]!;
  for (const unit of units) if (magnitude >= unit.size * (1 - 1e-12)) chosen = unit;
  return chosen;
}

/** `baseUnit` names zero and non-finite values. */
function formatScaled(value: number, units: Unit[], figures: number, baseUnit: string): string {
  if (!Number.isFinite(value)) return `${formatSignificant(value)} ${baseUnit}`;
  const rounded = roundSignificant(value, figures);
  if (rounded === 0) return `0 ${baseUnit}`;
  // Rounding the largest doubles up overflows to Infinity; scale those unrounded.
  const basis = Number.isFinite(rounded) ? rounded : value;
  const unit = unitFor(basis, units);
  return `${formatSignificant(basis / unit.size, figures)} ${unit.symbol}`;
}

/** "500 g", "12.3 kg", "1.23 t", "4.5 Mt": three significant figures unless told. */
export function formatKg(kg: number, figures = 3): string {
  return formatScaled(kg, MASS_UNITS, figures, 'kg');
}

/**
 * A mass in the unit another figure is shown in, so two figures that are compared read alike: a 1,500 kg budget
 * beside a 163 kg total reads "1,500 kg", not "1.5 t". Falls back to `formatKg` when the reference cannot pick a unit
 * or the two figures are three orders of magnitude or more apart ("1.5 t" beside "163 g").
 */
export function formatKgLike(kg: number, referenceKg: number, figures = 3): string {
  const reference = roundSignificant(Math.abs(referenceKg), figures);
  if (!Number.isFinite(kg) || !Number.isFinite(reference) || reference === 0) return formatKg(kg, figures);
  const ratio = Math.abs(kg) / reference;
  if (ratio >= 1000 || ratio <= 0.001) return formatKg(kg, figures);
  const unit = unitFor(reference, MASS_UNITS);
  const scaled = kg / unit.size;
  const wholeDigits = Math.max(1, Math.floor(Math.log10(Math.abs(scaled) || 1)) + 1);
  return `${formatSignificant(scaled, Math.max(figures, Math.min(wholeDigits, 15)))} ${unit.symbol}`;
}

/** "5 Wh", "12.3 kWh", "1.23 MWh". */
export function formatKwh(kwh: number, figures = 3): string {
  return formatScaled(kwh, ENERGY_UNITS, figures, 'kWh');
}

export function formatHours(hours: number, figures = 3): string {
  return `${formatSignificant(hours, figures)} h`;
}

export function formatNumber(value: number, figures = 3): string {
  return formatSignificant(value, figures);
}

/** "+46%", "−3.1%", "0%": two significant figures, always signed. */
export function formatPercent(percent: number, figures = 2): string {
  const text = formatSignificant(percent, figures);
  return `${percent > 0 && text !== '0' ? '+' : ''}${text}%`;
}

/**
 * A change in mass, always signed: "+41.8 kg", "−3 kg", "±0 g". `scaleKg` (e.g. the figure the change is about) picks
 * the unit of a zero change, so a gram-sized run reads "±0 g", not "±0 kg".
 */
export function formatSignedKg(kg: number, scaleKg?: number): string {
  if (Number.isNaN(kg)) return 'n/a';
  if (Math.abs(kg) < ZERO_KG || roundSignificant(kg, 3) === 0) {
    const reference = Math.abs(scaleKg ?? 1);
    const unit = Number.isFinite(reference) && reference > 0 ? unitFor(reference, MASS_UNITS) : MASS_UNITS[1]!;
    return `±0 ${unit.symbol}`;
  }
  return `${kg > 0 ? '+' : MINUS}${formatKg(Math.abs(kg))}`;
}

/** "1.2 – 3.4 t": each end formatted by `unit`. */
export function formatRange(quantity: Range, unit: (value: number) => string): string {
  return `${unit(quantity.low)} – ${unit(quantity.high)}`;
}

/**
 * A whole number with thousands separators: "1,234", "−12,000". Written out rather than `toLocaleString('en-US')`,
 * whose first call loads Intl's number formatting (about 15 ms, paid on every action run that prints a count).
 */
export function formatWhole(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  return `${rounded < 0 ? MINUS : ''}${groupThousands(String(Math.abs(rounded)))}`;
}

/** Counts of parameters, tokens, samples: 350M, 15B, 1.2T. */
export function formatCount(count: number): string {
  const magnitude = Math.abs(count);
  if (magnitude >= 1e12) return `${formatSignificant(count / 1e12)}T`;
  if (magnitude >= 1e9) return `${formatSignificant(count / 1e9)}B`;
  if (magnitude >= 1e6) return `${formatSignificant(count / 1e6)}M`;
  if (magnitude >= 1e3) return `${formatSignificant(count / 1e3)}K`;
  return formatSignificant(count);
}

/**
 * A range in one unit where both ends fit it: "80–220 kg", "1.2–3.4 t"; "800 g – 1.2 kg" otherwise. Two significant
 * figures: the ends of a range are themselves uncertain.
 */
export function formatKgSpan(range: Range, figures = 2): string {
  const low = roundSignificant(range.low, figures);
  const high = roundSignificant(range.high, figures);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= 0 || low < 0)
    return formatRange(range, (kg) => formatKg(kg, figures));
  const unit = unitFor(high, MASS_UNITS);
  if (low !== 0 && low / unit.size < 0.1) return formatRange(range, (kg) => formatKg(kg, figures));
  return `${formatSignificant(low / unit.size, figures)}–${formatSignificant(high / unit.size, figures)} ${unit.symbol}`;
}

/**
 * A central value with the figures its range supports, two at least so rows still add up to their total by eye:
 * 22.6 kg in 12–32 kg reads "23 kg", 105.4 kg in 100–110 kg "105 kg".
 */
export function formatKgOfRange(range: Range): string {
  return formatKg(range.value, significantFiguresFor(range, 3, 2));
}

/** Any quantity derived from an uncertain central value (e.g. km driven), rounded as its range allows. */
export function formatNumberOfRange(value: number, range: Range): string {
  return formatSignificant(value, significantFiguresFor(range));
}

/** One value that must not wrap: its spaces become U+00A0. For markdown and terminal renderers. */
export function noWrap(text: string): string {
  return text.replaceAll(' ', NBSP);
}
