// Human-friendly quantities in the manifest: counts with K/M/B/T suffixes and durations with units.

const COUNT_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12, p: 1e15 };
const HOURS_PER_UNIT: Record<string, number> = { s: 1 / 3600, m: 1 / 60, min: 1 / 60, h: 1, d: 24, w: 168, y: 8760 };

export type Parsed = { value: number } | { error: string };

/** "7B" -> 7e9, "2.5T" -> 2.5e12, "1.2e21" -> 1.2e21, "50_000" / "50,000" -> 5e4, 42 -> 42. */
export function parseCount(input: unknown): Parsed {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : { error: 'a finite number' };
  if (typeof input !== 'string') return { error: 'a number or a string such as "7B" or "2.5T"' };
  const match = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*([kmbgtp])?\s*$/i.exec(input.replace(/[_,]/g, ''));
  if (!match) return { error: 'a number or a string such as "7B", "110M", "2.5T" or "1.2e21"' };
  const multiplier = match[2] ? COUNT_SUFFIX[match[2].toLowerCase()]! : 1;
  return { value: Number(match[1]) * multiplier };
}

/** Hours: 36 -> 36, "36h" -> 36, "2d" -> 48, "90m" -> 1.5, "1w" -> 168. A bare number is hours. */
export function parseHours(input: unknown): Parsed {
  if (typeof input === 'number')
    return Number.isFinite(input) ? { value: input } : { error: 'a finite number of hours' };
  if (typeof input !== 'string') return { error: 'hours as a number, or a string such as "36h", "2d" or "90m"' };
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(s|min|m|h|d|w|y)?\s*$/i.exec(input);
  if (!match) return { error: 'hours as a number, or a string such as "36h", "2d" or "90m"' };
  const perUnit = HOURS_PER_UNIT[(match[2] ?? 'h').toLowerCase()]!;
  return { value: Number(match[1]) * perUnit };
}

/** Days: 365 -> 365, "12w" -> 84, "1y" -> 365, "48h" -> 2. */
export function parseDays(input: unknown): Parsed {
  if (typeof input === 'number')
    return Number.isFinite(input) ? { value: input } : { error: 'a finite number of days' };
  const hours = parseHours(typeof input === 'string' && /^\s*[0-9.]+\s*$/.test(input) ? `${input}d` : input);
  if ('error' in hours) return { error: 'days as a number, or a string such as "365d", "12w" or "1y"' };
  return { value: hours.value / 24 };
}
