// Timestamps as the log writers print them. Most carry no timezone: they are read as UTC and used for durations only.

const DATE_TIME = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const EPOCH_SECONDS = /^\d{9,11}(?:\.\d+)?$/;

/**
 * Milliseconds since the epoch for "2026/01/03 15:36:53.507" (nvidia-smi), "2023-11-09T12:28:05" (CodeCarbon),
 * ISO 8601 with an offset, or epoch seconds. Local times without an offset are taken as UTC.
 */
export function parseTimestampMs(text: string): number | undefined {
  const trimmed = text.trim();
  const match = DATE_TIME.exec(trimmed);
  if (match) {
    const [, year, month, day, hour, minute, second, fraction, zone] = match;
    const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
    const local = Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
      millis,
    );
    if (!Number.isFinite(local)) return undefined;
    return local - zoneOffsetMs(zone);
  }
  if (EPOCH_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  return undefined;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** "0:01:00.02" or "111:11:54" (carbontracker durations) -> seconds. */
export function parseClockDurationSeconds(text: string): number | undefined {
  const match = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
