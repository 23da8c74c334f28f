// The byte readers must give exactly what the string readers give (Number, parseTimestampMs), or step aside.
import { describe, expect, it } from 'vitest';
import { longDecimalText, parseDecimal, TimestampReader } from '../../src/logs/byte-numbers.js';
import { parseTimestampMs } from '../../src/logs/timestamps.js';
import { Random } from './fuzz-logs.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('numbers from bytes', () => {
  it('equal Number() bit for bit on 100,000 seeded decimals, or return NaN for the caller to fall back', () => {
    const random = new Random(7);
    for (let index = 0; index < 100_000; index++) {
      const value = random.next() * 10 ** (random.int(30) - 15);
      const text = random.pick([
        value.toPrecision(1 + random.int(21)),
        value.toExponential(random.int(20)),
        String(value),
        `-${value.toFixed(random.int(12))}`,
        `${random.int(1000)}.`,
        `.${random.int(1000)}`,
      ]);
      const fast = parseDecimal(bytes(text), 0, text.length);
      if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text)), text).toBe(true);
      const later = longDecimalText(bytes(text), 0, text.length);
      if (later !== undefined) {
        expect(later).toBe(text);
        expect(Number(later)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('reject what Number() reads differently', () => {
    for (const text of ['', '-', '.', '1e', '+5', '0x10', 'Infinity', '1 2', '1e99999'])
      expect(parseDecimal(bytes(text), 0, text.length)).toBeNaN();
  });
});

describe('timestamps from bytes', () => {
  it('equal parseTimestampMs for every millisecond spelling, across day, month and year ends', () => {
    const reader = new TimestampReader();
    const random = new Random(3);
    for (let index = 0; index < 20_000; index++) {
      const date = new Date(Date.UTC(1999 + random.int(30), 0, 1) + random.int(366 * 86_400) * 1000 + random.int(1000));
      const iso = date.toISOString();
      const digits = random.int(4);
      const text = `${iso.slice(0, 10).replaceAll('-', random.chance(0.5) ? '/' : '-')}${random.pick([' ', 'T'])}${iso.slice(11, 19)}${digits ? `.${iso.slice(20, 20 + digits)}` : ''}`;
      expect(reader.read(bytes(text), 0, text.length), text).toBe(parseTimestampMs(text));
    }
  });

  it('step aside (NaN) for zones, microseconds and other spellings', () => {
    const reader = new TimestampReader();
    for (const text of ['2025-01-01T00:00:00Z', '2025/01/01 00:00:00.123456', '1735689600', '2025-01-01 00:00'])
      expect(reader.read(bytes(text), 0, text.length)).toBeNaN();
  });
});
