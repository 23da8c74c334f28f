// Bytes to lines in bounded memory: finds the encoding from the byte-order mark, strips NUL bytes,
// accepts LF, CRLF and CRCRLF, and never keeps more than one over-long line's worth of text.
import { logWarning } from './problems.js';
import type { InputProblem } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Lines longer than this are dropped (a binary file or a runaway writer), not buffered. */
export const MAX_LINE_CHARS = 1 << 20;

export function detectEncoding(firstBytes: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  if (firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf)
    return { encoding: 'utf-8', bomBytes: 3 };
  if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

export type LineHandler = (text: string, lineNumber: number, unterminated: boolean) => void;

/** Decodes chunks and hands complete lines to a handler. */
export class LineSplitter {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private pending = '';
  private lineNumber = 0;
  private skippingLongLine = false;
  private bomToSkip: number;
  readonly warnings: InputProblem[] = [];

  constructor(
    private readonly file: string,
    encoding: TextEncoding,
    bomBytes: number,
    public handler: LineHandler,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.bomToSkip = bomBytes;
  }

  get linesSeen(): number {
    return this.lineNumber;
  }

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.bomToSkip > 0) {
      const skip = Math.min(this.bomToSkip, bytes.length);
      bytes = bytes.subarray(skip);
      this.bomToSkip -= skip;
    }
    this.pushText(this.decoder.decode(bytes, { stream: true }));
  }

  end(): void {
    this.pushText(this.decoder.decode());
    if (this.skippingLongLine) {
      this.skippingLongLine = false;
      return;
    }
    if (this.pending !== '') {
      this.lineNumber++;
      const text = this.pending.replace(/\r+$/, '');
      this.pending = '';
      this.handler(text, this.lineNumber, true);
    }
  }

  private pushText(decoded: string): void {
    if (decoded === '') return;
    const text = decoded.includes('\0') ? decoded.replace(/\0+/g, '') : decoded;
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) break;
      this.lineNumber++;
      if (this.skippingLongLine) {
        this.skippingLongLine = false;
      } else {
        let line = this.pending === '' ? text.slice(start, newline) : this.pending + text.slice(start, newline);
        this.pending = '';
        while (line.endsWith('\r')) line = line.slice(0, -1);
        this.handler(line, this.lineNumber, false);
      }
      start = newline + 1;
    }
    if (this.skippingLongLine) return;
    const rest = start === 0 ? text : text.slice(start);
    if (this.pending.length + rest.length > MAX_LINE_CHARS) {
      this.warnings.push(
        logWarning(
          this.file,
          this.lineNumber + 1,
          `line longer than ${MAX_LINE_CHARS} characters ignored`,
          'is this a text log?',
        ),
      );
      this.pending = '';
      this.skippingLongLine = true;
      return;
    }
    this.pending += rest;
  }
}

/**
 * True when decoded text looks binary: many control characters other than tab, CR and LF, or many replacement
 * characters from invalid UTF-8.
 */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) suspicious++;
  }
  return suspicious / text.length > 0.05;
}
