// Cutting one CSV line (as bytes) into trimmed cells, without making strings. Lines the fast readers cannot take
// as they are (quotes, NULs, CRs inside the line, non-ASCII bytes) are refused, and the caller decodes them.
import { decodeRange } from './byte-lines.js';

import { type LineShape, MAX_COMMAS } from './byte-lines.js';

const MAX_CELLS = MAX_COMMAS + 1;

/**
 * ASCII whitespace String.prototype.trim removes: tab, LF, vertical tab, form feed, CR, space. (Non-ASCII
 * whitespace at a cell's edge is found by hasUnicodeEdge, and such cells go the string path.)
 */
export function isBlank(byte: number): boolean {
  return byte === 32 || (byte >= 9 && byte <= 13);
}

export class ByteCells {
  count = 0;

  constructor(
    /** Trimmed start and end of each cell. */
    readonly starts = new Int32Array(MAX_CELLS),
    readonly ends = new Int32Array(MAX_CELLS),
    public bytes: Uint8Array = new Uint8Array(0),
  ) {}

  /**
   * True after `split` when a cell may read differently as a string: non-ASCII whitespace at an edge (which
   * String.prototype.trim removes), or a start that could make the line a CodeCarbon header (`timestamp`, `duration`).
   */
  suspect = false;

  /** Cells of bytes[start, end) from the commas the splitter found, each trimmed; false past MAX_COMMAS commas. */
  split(bytes: Uint8Array, start: number, end: number, shape: LineShape): boolean {
    if (shape.commaCount > MAX_COMMAS) return false;
    this.bytes = bytes;
    const starts = this.starts;
    const ends = this.ends;
    const commas = shape.commas;
    const count = shape.commaCount + 1;
    let suspect = false;
    let cellStart = start;
    for (let cell = 0; cell < count; cell++) {
      let cellEnd = cell < count - 1 ? commas[cell]! : end;
      const next = cellEnd + 1;
      let cellBegin = cellStart;
      while (cellBegin < cellEnd && isBlank(bytes[cellBegin]!)) cellBegin++;
      while (cellEnd > cellBegin && isBlank(bytes[cellEnd - 1]!)) cellEnd--;
      starts[cell] = cellBegin;
      ends[cell] = cellEnd;
      if (cellBegin < cellEnd) {
        const first = bytes[cellBegin]! | 0x20;
        if (first === 116 || first === 100 || first >= 0xa0 || bytes[cellEnd - 1]! >= 0x80)
          suspect ||= this.suspectCell(cell);
      }
      cellStart = next;
    }
    this.count = count;
    this.suspect = suspect;
    return true;
  }

  private suspectCell(cell: number): boolean {
    return this.hasUnicodeEdge(cell) || this.startsWith(cell, 'timestamp') || this.startsWith(cell, 'duration');
  }

  isEmpty(cell: number): boolean {
    return this.starts[cell] === this.ends[cell];
  }

  text(cell: number): string {
    return decodeRange(this.bytes, this.starts[cell]!, this.ends[cell]!);
  }

  /** True when the cell, lower-cased, starts with `name` (ASCII letters only). */
  startsWith(cell: number, name: string): boolean {
    const start = this.starts[cell]!;
    if (this.ends[cell]! - start < name.length) return false;
    for (let index = 0; index < name.length; index++) {
      if ((this.bytes[start + index]! | 0x20) !== name.charCodeAt(index)) return false;
    }
    return true;
  }

  /** True when the cell starts or ends with non-ASCII whitespace, which String.prototype.trim would remove. */
  hasUnicodeEdge(cell: number): boolean {
    const start = this.starts[cell]!;
    const end = this.ends[cell]!;
    if (start === end || (this.bytes[start]! < 0x80 && this.bytes[end - 1]! < 0x80)) return false;
    return unicodeSpaceLength(this.bytes, start, end) > 0 || unicodeSpaceEndsAt(this.bytes, start, end);
  }
}

/**
 * UTF-8 of the whitespace JavaScript's trim removes beyond ASCII: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000, U+FEFF. Returns the length of the one starting at `at`, or 0.
 */
function unicodeSpaceLength(bytes: Uint8Array, at: number, end: number): number {
  const first = bytes[at]!;
  if (first === 0xc2) return at + 1 < end && bytes[at + 1] === 0xa0 ? 2 : 0;
  if (at + 2 >= end) return 0;
  const second = bytes[at + 1]!;
  const third = bytes[at + 2]!;
  if (first === 0xe1) return second === 0x9a && third === 0x80 ? 3 : 0;
  if (first === 0xe2) {
    if (second === 0x80) return third <= 0x8a || third === 0xa8 || third === 0xa9 || third === 0xaf ? 3 : 0;
    return second === 0x81 && third === 0x9f ? 3 : 0;
  }
  if (first === 0xe3) return second === 0x80 && third === 0x80 ? 3 : 0;
  if (first === 0xef) return second === 0xbb && third === 0xbf ? 3 : 0;
  return 0;
}

function unicodeSpaceEndsAt(bytes: Uint8Array, start: number, end: number): boolean {
  return (
    (end - 2 >= start && unicodeSpaceLength(bytes, end - 2, end) === 2) ||
    (end - 3 >= start && unicodeSpaceLength(bytes, end - 3, end) === 3)
  );
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
  /** One-byte values (GPU indices 0–9) by their byte. */
  private readonly singleBytes: (string | undefined)[] = new Array(256).fill(undefined);
  private size = 0;

  constructor(private readonly capacity = 4096) {}

  /** The string kept for these bytes, or undefined. */
  find(bytes: Uint8Array, start: number, end: number): string | undefined {
    for (let entry = this.table.get(hashOf(bytes, start, end)); entry; entry = entry.next) {
      if (sameBytes(entry.bytes, bytes, start, end)) return entry.text;
    }
    return undefined;
  }

  get(bytes: Uint8Array, start: number, end: number): string {
    if (end - start === 1) {
      const byte = bytes[start]!;
      const known = this.singleBytes[byte];
      if (known !== undefined) return known;
      const text = decodeRange(bytes, start, end);
      this.singleBytes[byte] = text;
      return text;
    }
    const hash = hashOf(bytes, start, end);
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

/** FNV-1a. */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return hash;
}

function sameBytes(kept: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let index = 0; index < kept.length; index++) if (kept[index] !== bytes[start + index]) return false;
  return true;
}
