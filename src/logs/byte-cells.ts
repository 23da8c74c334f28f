// Cutting one CSV line (as bytes) into trimmed cells, without making strings. Lines the fast readers cannot take
// as they are (quotes, NULs, CRs inside the line, non-ASCII bytes) are refused, and the caller decodes them.
import { decodeRange } from './byte-lines.js';

const COMMA = 44;
const QUOTE = 34;

/** Whitespace String.prototype.trim removes, in ASCII: tab, vertical tab, form feed, space. (CR refuses the line.) */
export function isBlank(byte: number): boolean {
  return byte === 32 || byte === 9 || byte === 11 || byte === 12;
}

export class ByteCells {
  /** Trimmed start and end of each cell. */
  readonly starts = new Int32Array(1024);
  readonly ends = new Int32Array(1024);
  count = 0;
  bytes: Uint8Array = new Uint8Array(0);

  /** Cuts bytes[start, end) at commas; false when the line needs the string path. */
  split(bytes: Uint8Array, start: number, end: number): boolean {
    this.bytes = bytes;
    const starts = this.starts;
    const ends = this.ends;
    let count = 0;
    let cellStart = start;
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!;
      if (byte === COMMA) {
        if (count < 1023) {
          starts[count] = cellStart;
          ends[count] = index;
        }
        count++;
        cellStart = index + 1;
      } else if (byte === QUOTE || byte === 0 || byte === 13 || byte >= 128) return false;
    }
    if (count < 1023) {
      starts[count] = cellStart;
      ends[count] = end;
    }
    count++;
    if (count > 1023) return false;
    for (let cell = 0; cell < count; cell++) {
      let cellBegin = starts[cell]!;
      let cellEnd = ends[cell]!;
      while (cellBegin < cellEnd && isBlank(bytes[cellBegin]!)) cellBegin++;
      while (cellEnd > cellBegin && isBlank(bytes[cellEnd - 1]!)) cellEnd--;
      starts[cell] = cellBegin;
      ends[cell] = cellEnd;
    }
    this.count = count;
    return true;
  }

  isEmpty(cell: number): boolean {
    return this.starts[cell] === this.ends[cell];
  }

  text(cell: number): string {
    return decodeRange(this.bytes, this.starts[cell]!, this.ends[cell]!);
  }

  /** True when the cell, lower-cased, is `name`. */
  is(cell: number, name: string): boolean {
    const start = this.starts[cell]!;
    if (this.ends[cell]! - start !== name.length) return false;
    for (let index = 0; index < name.length; index++) {
      if ((this.bytes[start + index]! | 0x20) !== name.charCodeAt(index)) return false;
    }
    return true;
  }
}

interface Interned {
  bytes: Uint8Array;
  text: string;
  next?: Interned;
}

/**
 * The same string for the same bytes (GPU ids, run ids, model names repeat on every row), so rows make no new
 * strings. Holds at most `capacity` strings; past that it decodes without keeping.
 */
export class ByteStrings {
  private readonly table = new Map<number, Interned>();
  private size = 0;

  constructor(private readonly capacity = 4096) {}

  get(bytes: Uint8Array, start: number, end: number): string {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
    const first = this.table.get(hash);
    for (let entry = first; entry; entry = entry.next) {
      if (sameBytes(entry.bytes, bytes, start, end)) return entry.text;
    }
    const text = decodeRange(bytes, start, end);
    if (this.size < this.capacity) {
      this.size++;
      this.table.set(hash, { bytes: bytes.slice(start, end), text, ...(first ? { next: first } : {}) });
    }
    return text;
  }
}

function sameBytes(kept: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let index = 0; index < kept.length; index++) if (kept[index] !== bytes[start + index]) return false;
  return true;
}
