// Numbers and timestamps read straight from bytes. Each reader handles the plain spellings logs use and returns
// NaN for anything else, so the caller can fall back to the string reader; where it returns a number, that number
// is exactly what Number() / parseTimestampMs would give (see the notes on exactness).

/** 10^0 … 10^22: every one is exactly representable as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);
/** More significant digits than this may not fit a double's 53-bit mantissa exactly. */
const MAX_DIGITS = 15;

const isDigit = (byte: number) => byte >= 48 && byte <= 57;

/**
 * `-?\d+(\.\d*)?([eE][-+]?\d+)?` or `-?\.\d+…` in bytes[start, end), else NaN.
 * Exactness: with at most 15 significant digits the digits form an exact integer m, and with a decimal exponent of
 * at most 22 in size, 10^e is exact too; one IEEE multiplication or division of two exact values is correctly
 * rounded, which is what Number() returns (Clinger's fast path).
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  let negative = false;
  if (index < end && bytes[index] === 45) {
    negative = true;
    index++;
  }
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  let intDigits = 0;
  while (index < end && isDigit(bytes[index]!)) {
    mantissa = mantissa * 10 + (bytes[index]! - 48);
    index++;
    intDigits++;
  }
  digits = intDigits;
  if (index < end && bytes[index] === 46) {
    index++;
    while (index < end && isDigit(bytes[index]!)) {
      mantissa = mantissa * 10 + (bytes[index]! - 48);
      index++;
      fractionDigits++;
    }
    digits += fractionDigits;
  }
  if (digits === 0) return Number.NaN;
  let exponent = 0;
  if (index < end && (bytes[index] === 101 || bytes[index] === 69)) {
    index++;
    let exponentNegative = false;
    if (index < end && (bytes[index] === 45 || bytes[index] === 43)) {
      exponentNegative = bytes[index] === 45;
      index++;
    }
    const exponentStart = index;
    while (index < end && isDigit(bytes[index]!) && index - exponentStart < 4) {
      exponent = exponent * 10 + (bytes[index]! - 48);
      index++;
    }
    if (index === exponentStart) return Number.NaN;
    if (exponentNegative) exponent = -exponent;
  }
  if (index !== end) return Number.NaN;
  // Too many digits for an exact double: the syntax is plain, so Number() reads the same characters.
  if (digits > MAX_DIGITS) return Number(asciiText(bytes, start, end));
  const scale = exponent - fractionDigits;
  let value: number;
  if (mantissa === 0) value = 0;
  else if (scale === 0) value = mantissa;
  else if (scale > 0 && scale <= 22) value = mantissa * POWERS_OF_TEN[scale]!;
  else if (scale < 0 && scale >= -22) value = mantissa / POWERS_OF_TEN[-scale]!;
  else return Number.NaN;
  return negative ? -value : value;
}

/**
 * The text of a plain decimal (`\d+(\.\d*)?([eE][-+]?\d{1,3})?`) with more than 15 digits, which Number() will
 * read as a finite, non-negative number; undefined for anything else (short, signed, huge, or not plain).
 */
export function longDecimalText(bytes: Uint8Array, start: number, end: number): string | undefined {
  let index = start;
  let digits = 0;
  let intDigits = 0;
  while (index < end && isDigit(bytes[index]!)) index++;
  intDigits = index - start;
  if (intDigits === 0) return undefined;
  digits = intDigits;
  if (index < end && bytes[index] === 46) {
    const fractionStart = ++index;
    while (index < end && isDigit(bytes[index]!)) index++;
    digits += index - fractionStart;
  }
  if (digits <= MAX_DIGITS) return undefined;
  if (index < end) {
    if (bytes[index] !== 101 && bytes[index] !== 69) return undefined;
    index++;
    if (index < end && (bytes[index] === 45 || bytes[index] === 43)) index++;
    const exponentStart = index;
    while (index < end && isDigit(bytes[index]!)) index++;
    // At most 99: with the digits before the point this stays far below the largest double.
    if (index !== end || index === exponentStart || index - exponentStart > 2 || intDigits > 200) return undefined;
  } else if (intDigits > 300) return undefined;
  return asciiText(bytes, start, end);
}

type MaybeBuffer = Uint8Array & { latin1Slice?: (start: number, end: number) => string };

/** The characters of a short ASCII range: Node's Buffers slice natively; no subarray (it would build a Buffer). */
function asciiText(bytes: MaybeBuffer, start: number, end: number): string {
  if (bytes.latin1Slice) return bytes.latin1Slice(start, end);
  let text = '';
  for (let index = start; index < end; index++) text += String.fromCharCode(bytes[index]!);
  return text;
}

/**
 * Milliseconds since the epoch for `YYYY[-/]MM[-/]DD[ T]HH:MM:SS` with an optional `.f`, `.ff` or `.fff` and no zone
 * (read as UTC, as parseTimestampMs does), else NaN. Exactness: Date.UTC's day number times 86,400,000 plus the
 * integer milliseconds of the day is how the standard defines it, all in exact integers; the day is cached.
 */
export class TimestampReader {
  private dayKey = -1;
  private dayMs = 0;

  read(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length < 19 || length > 23 || length === 20) return Number.NaN;
    const b = bytes;
    const s = start;
    const dateSeparator = b[s + 4];
    if ((dateSeparator !== 45 && dateSeparator !== 47) || (b[s + 7] !== 45 && b[s + 7] !== 47)) return Number.NaN;
    if ((b[s + 10] !== 32 && b[s + 10] !== 84) || b[s + 13] !== 58 || b[s + 16] !== 58) return Number.NaN;
    const year = fourDigits(b, s);
    const month = twoDigits(b, s + 5);
    const day = twoDigits(b, s + 8);
    const hour = twoDigits(b, s + 11);
    const minute = twoDigits(b, s + 14);
    const second = twoDigits(b, s + 17);
    if ((year | month | day | hour | minute | second) < 0) return Number.NaN;
    let millis = 0;
    if (length > 19) {
      if (b[s + 19] !== 46 && b[s + 19] !== 44) return Number.NaN;
      for (let index = s + 20; index < end; index++) {
        if (!isDigit(b[index]!)) return Number.NaN;
        millis = millis * 10 + (b[index]! - 48);
      }
      millis *= POWERS_OF_TEN[23 - length]!;
    }
    const key = year * 10_000 + month * 100 + day;
    if (key !== this.dayKey) {
      this.dayKey = key;
      this.dayMs = Date.UTC(year, month - 1, day);
    }
    const ms = this.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis;
    return Number.isFinite(ms) ? ms : Number.NaN;
  }
}

function twoDigits(bytes: Uint8Array, at: number): number {
  const tens = bytes[at]! - 48;
  const ones = bytes[at + 1]! - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function fourDigits(bytes: Uint8Array, at: number): number {
  const high = twoDigits(bytes, at);
  const low = twoDigits(bytes, at + 2);
  return high < 0 || low < 0 ? -1 : high * 100 + low;
}
