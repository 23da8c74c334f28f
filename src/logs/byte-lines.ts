// Bytes to lines without decoding: the fast twin of LineSplitter for UTF-8 logs. Lines are handed over as ranges of
// a byte array (valid only during the call); the same line numbers, line ends (LF, CRLF, CRCRLF) and over-long-line
// rule as LineSplitter, so a parser may decode any line it cannot read from bytes (decodeLine) and get the same text.
import type { InputProblem } from '../errors.js';
import { logWarning } from './problems.js';
import type { ScanKernel } from './scan-kernel.js';
import { MAX_LINE_CHARS } from './text-lines.js';

export type ByteLineHandler = (
  bytes: Uint8Array,
  start: number,
  end: number,
  lineNumber: number,
  unterminated: boolean,
  shape: LineShape,
) => void;

/** What the splitter saw in a line while looking for its end: where its commas are, and whether it has quotes or NULs. */
export interface LineShape {
  /** Positions of the line's commas (the first MAX_COMMAS of them). */
  readonly commas: Int32Array;
  commaCount: number;
  /** HAS_QUOTE | HAS_NUL. */
  marks: number;
}

export const HAS_QUOTE = 1;
export const HAS_NUL = 2;
export const MAX_COMMAS = 1023;

const LF = 10;
const CR = 13;
const COMMA = 44;

/** Finds commas, quotes and NULs of one line (lines that span chunks; the rest are shaped in `push`'s loop). */
function shapeLine(bytes: Uint8Array, start: number, end: number, shape: LineShape): void {
  let count = 0;
  let marks = 0;
  for (let index = start; index < end; index++) {
    const byte = bytes[index]!;
    if (byte > COMMA) continue;
    if (byte === COMMA) {
      if (count < MAX_COMMAS) shape.commas[count] = index;
      count++;
    } else if (byte === 34) marks |= HAS_QUOTE;
    else if (byte === 0) marks |= HAS_NUL;
  }
  shape.commaCount = count;
  shape.marks = marks;
}

export class ByteLineSplitter {
  private carry = new Uint8Array(4096);
  private carryLength = 0;
  private lineNumber = 0;
  private skippingLongLine = false;
  private bomToSkip: number;
  private readonly shape: LineShape = { commas: new Int32Array(MAX_COMMAS), commaCount: 0, marks: 0 };
  readonly warnings: InputProblem[] = [];

  constructor(
    private readonly file: string,
    bomBytes: number,
    private readonly handler: ByteLineHandler,
    /** When given, the WebAssembly kernel scans the complete lines of each chunk instead of the loop below. */
    private readonly kernel?: ScanKernel,
  ) {
    this.bomToSkip = bomBytes;
  }

  push(chunk: Uint8Array): void {
    // A plain Uint8Array view (no copy): element access stays monomorphic whether the source gives Buffers or not.
    let bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.bomToSkip > 0) {
      const skip = Math.min(this.bomToSkip, bytes.length);
      bytes = bytes.subarray(skip);
      this.bomToSkip -= skip;
    }
    let start = 0;
    if (this.carryLength > 0 || this.skippingLongLine) {
      const newline = bytes.indexOf(LF);
      if (newline === -1) {
        this.keep(bytes, 0);
        return;
      }
      this.lineNumber++;
      if (this.skippingLongLine) this.skippingLongLine = false;
      else {
        this.append(bytes, 0, newline);
        const line = this.carry;
        const length = this.carryLength;
        this.carryLength = 0;
        this.emitShaped(line, 0, length, false);
      }
      start = newline + 1;
    }
    if (this.kernel) {
      this.scanWithKernel(this.kernel, bytes, start);
      return;
    }
    // One pass finds line ends, commas, quotes and NULs, so parsers need not look at every byte again.
    const shape = this.shape;
    const commas = shape.commas;
    let count = 0;
    let marks = 0;
    let lineStart = start;
    const length = bytes.length;
    for (let index = start; index < length; index++) {
      const byte = bytes[index]!;
      if (byte > COMMA) continue;
      if (byte === COMMA) {
        if (count < MAX_COMMAS) commas[count] = index;
        count++;
      } else if (byte === LF) {
        this.lineNumber++;
        shape.commaCount = count;
        shape.marks = marks;
        let end = index;
        while (end > lineStart && bytes[end - 1] === CR) end--;
        this.handler(bytes, lineStart, end, this.lineNumber, false, shape);
        count = 0;
        marks = 0;
        lineStart = index + 1;
      } else if (byte === 34) marks |= HAS_QUOTE;
      else if (byte === 0) marks |= HAS_NUL;
    }
    this.keep(bytes, lineStart);
  }

  end(): void {
    if (this.skippingLongLine) {
      this.skippingLongLine = false;
      return;
    }
    if (this.carryLength > 0) {
      this.lineNumber++;
      const length = this.carryLength;
      this.carryLength = 0;
      this.emitShaped(this.carry, 0, length, true);
    }
  }

  /** The complete lines of bytes[start…] go through the kernel in pieces that fit its input; the rest is kept. */
  private scanWithKernel(kernel: ScanKernel, bytes: Uint8Array, start: number): void {
    const last = bytes.lastIndexOf(LF);
    let from = start;
    while (from <= last) {
      let to = last + 1;
      if (to - from > kernel.inputBytes) {
        const cut = bytes.lastIndexOf(LF, from + kernel.inputBytes - 1);
        if (cut < from) {
          // One line longer than the kernel's input: shaped here.
          const newline = bytes.indexOf(LF, from);
          this.lineNumber++;
          this.emitShaped(bytes, from, newline, false);
          from = newline + 1;
          continue;
        }
        to = cut + 1;
      }
      this.lineNumber = kernel.scanLines(bytes, from, to, this.lineNumber, this.handler);
      from = to;
    }
    this.keep(bytes, Math.max(start, last + 1));
  }

  private emitShaped(bytes: Uint8Array, start: number, end: number, unterminated: boolean): void {
    while (end > start && bytes[end - 1] === CR) end--;
    shapeLine(bytes, start, end, this.shape);
    this.handler(bytes, start, end, this.lineNumber, unterminated, this.shape);
  }

  /** Keeps the unfinished last line of a chunk, or starts skipping it when it grows past the line limit. */
  private keep(bytes: Uint8Array, start: number): void {
    if (this.skippingLongLine || start >= bytes.length) return;
    if (this.carryLength + (bytes.length - start) > MAX_LINE_CHARS) {
      this.warnings.push(
        logWarning(
          this.file,
          this.lineNumber + 1,
          `line longer than ${MAX_LINE_CHARS} characters ignored`,
          'is this a text log?',
        ),
      );
      this.carryLength = 0;
      this.skippingLongLine = true;
      return;
    }
    this.append(bytes, start, bytes.length);
  }

  private append(bytes: Uint8Array, start: number, end: number): void {
    const needed = this.carryLength + (end - start);
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(bytes.subarray(start, end), this.carryLength);
    this.carryLength = needed;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text LineSplitter would give for these bytes of one line: decoded, NULs dropped, trailing CRs removed. */
export function decodeLine(bytes: Uint8Array, start: number, end: number): string {
  let text = decoder.decode(bytes.subarray(start, end));
  if (text.includes('\0')) text = text.replace(/\0+/g, '');
  while (text.endsWith('\r')) text = text.slice(0, -1);
  return text;
}

/** Decodes a short range (a cell) for messages and rare slow paths. */
export function decodeRange(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}
