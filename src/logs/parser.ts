// The contract every format reader implements: fed one line at a time, so no file is ever held whole.
import type { Measurement } from './types.js';

export interface LogParser {
  /** One line without its line end; `lineNumber` is 1-based; `unterminated` marks a last line with no line end. */
  line(text: string, lineNumber: number, unterminated: boolean): void;
  /** Called once after the last line. */
  finish(): Measurement;
}

export interface ParserOptions {
  /** Sampling interval for power logs that carry no timestamps, seconds. */
  intervalSeconds?: number;
  /** Gaps longer than this many sampling intervals are not bridged. */
  maxGapIntervals?: number;
}
