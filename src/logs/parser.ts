// The contract every format reader implements: fed one line at a time, so no file is ever held whole.
import type { LineShape } from './byte-lines.js';
import type { KernelRowShape, PowerSamples, TotalsRow } from './scan-kernel.js';
import type { Measurement } from './types.js';

export interface LogParser {
  /** One line without its line end; `lineNumber` is 1-based; `unterminated` marks a last line with no line end. */
  line(text: string, lineNumber: number, unterminated: boolean): void;
  /**
   * Optional fast path: one line as bytes (UTF-8, line end removed, valid only during the call). Returns false when
   * it does not take the line; the line is then decoded and given to `line`. Must give the same result as `line`.
   * `shape` holds the line's comma positions and whether it has quotes or NULs.
   */
  lineBytes?(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    unterminated: boolean,
    shape: LineShape,
  ): boolean;
  /**
   * Optional: the rows the WebAssembly kernel (scan-kernel.ts) may read or check itself (the same object while it
   * holds), or undefined while rows must go through lineBytes/line. Must give the same result as those.
   */
  kernelRowShape?(): KernelRowShape | undefined;
  /** Power rows the kernel read, in line order between the lines given to lineBytes/line. */
  powerSamples?(samples: PowerSamples): void;
  /** A run-totals row the kernel checked (valid only during the call). */
  totalsRow?(row: TotalsRow): void;
  /** Called before the kernel is given back: what the parser keeps in the kernel's memory must be read now. */
  kernelDone?(): void;
  /** Called once after the last line. */
  finish(): Measurement;
}

export interface ParserOptions {
  /** Sampling interval for power logs that carry no timestamps, seconds. */
  intervalSeconds?: number;
  /** Gaps longer than this many sampling intervals are not bridged. */
  maxGapIntervals?: number;
}
