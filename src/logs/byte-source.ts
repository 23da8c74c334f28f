// The chunks of one log, with the size limit and read errors turned into warnings.
import type { InputProblem } from '../errors.js';
import { logWarning } from './problems.js';

export class ByteSource {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private bytes = 0;
  ended = false;
  readonly warnings: InputProblem[] = [];

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly file: string,
    private readonly maxBytes?: number,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** The next chunk, or undefined at the end, after a read error, or past the size limit. */
  async next(): Promise<Uint8Array | undefined> {
    if (this.ended) return undefined;
    try {
      const result = await this.iterator.next();
      if (result.done) {
        this.ended = true;
        return undefined;
      }
      const chunk = result.value;
      this.bytes += chunk.length;
      if (this.maxBytes !== undefined && this.bytes > this.maxBytes) {
        this.ended = true;
        this.warnings.push(
          logWarning(
            this.file,
            undefined,
            `only the first ${formatMegabytes(this.maxBytes)} were read`,
            'the size limit for logs was reached',
          ),
        );
        await this.iterator.return?.();
        return chunk.subarray(0, Math.max(0, chunk.length - (this.bytes - this.maxBytes)));
      }
      return chunk;
    } catch (error) {
      this.ended = true;
      this.warnings.push(
        logWarning(
          this.file,
          undefined,
          `reading stopped: ${(error as Error).message}`,
          'the part read before the error is used',
        ),
      );
      return undefined;
    }
  }

  /** Stops reading early (the rest of the file is not needed). */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.iterator.return?.();
  }
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${bytes} bytes`;
}
