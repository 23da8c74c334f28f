// The WebAssembly scan kernel (AssemblyScript): finds line ends, commas, quotes and NULs in complete lines copied
// into linear memory, and reads power-log rows (timestamp, watts, GPU id) straight from their bytes. It takes a row
// only when it can give exactly what the JavaScript reader (nvidia-smi.ts `lineBytes`) would; any other line is
// handed back to JavaScript with its commas, which reads it the reference way. Built by `npm run build:wasm`.

/** Bytes of complete lines JavaScript may copy in per scan. */
const INPUT_CAPACITY: i32 = 1 << 20;
const MAX_COMMAS: i32 = 1023;
const RECORD_CAPACITY: i32 = 8192;
const MAX_DEVICES: i32 = 256;
const MAX_DEVICE_BYTES: i32 = 64;

const LF: u32 = 10;
const CR: u32 = 13;
const COMMA: u32 = 44;
const QUOTE: u32 = 34;
const HAS_QUOTE: i32 = 1;
const HAS_NUL: i32 = 2;

// Stop reasons, in status[0].
const STOP_END: i32 = 0;
const STOP_LINE: i32 = 1;
const STOP_FULL: i32 = 2;
const STOP_TOTALS: i32 = 3;

const MAX_RUNS: i32 = 4096;
const RUN_SLOTS: i32 = 8192;
const RUN_KEY_BYTES: usize = 36;

// Buffer addresses. The buffers start at the second page, above the static data (the table of powers of ten).
const INPUT: usize = 1 << 16;
const COMMAS: usize = INPUT + <usize>INPUT_CAPACITY;
/** stop reason, line start, line end, comma count (cell count for run totals), marks, line number, resume position, run index. */
const STATUS: usize = COMMAS + <usize>(MAX_COMMAS << 2) + 4;
/** A run-totals row's duration, gpu_count and pue where they read exactly, else NaN. */
const DURATION: usize = STATUS + 32;
/** Trimmed start and end of each cell of a run-totals row. */
const CELL_STARTS: usize = DURATION + 24;
const CELL_ENDS: usize = CELL_STARTS + <usize>((MAX_COMMAS + 1) << 2);
const TIMES: usize = CELL_ENDS + <usize>((MAX_COMMAS + 1) << 2);
const WATTS: usize = TIMES + <usize>(RECORD_CAPACITY << 3);
const DEVICES: usize = WATTS + <usize>(RECORD_CAPACITY << 3);
const LINES: usize = DEVICES + <usize>(RECORD_CAPACITY << 2);
/** Per known GPU id: its length (i32) then its bytes. */
const DEVICE_KEYS: usize = LINES + <usize>(RECORD_CAPACITY << 2);
const DEVICE_ENTRY: usize = <usize>(MAX_DEVICE_BYTES + 4);
/** Per byte value: 1 + the index of the one-byte GPU id, or 0. */
const SINGLE_BYTE_DEVICES: usize = DEVICE_KEYS + <usize>MAX_DEVICES * DEVICE_ENTRY;
/** Run ids (36 bytes each) by run index, and a hash table of 1 + run index. */
const RUN_KEYS: usize = SINGLE_BYTE_DEVICES + 1024;
const RUN_TABLE: usize = RUN_KEYS + <usize>MAX_RUNS * RUN_KEY_BYTES;
/**
 * Per run, two slots of TEXT_SLOT bytes for the energy, emissions and gpu_energy cells of a row (three lengths, a
 * spare byte, the bytes): the side JavaScript kept (KEPT_SIDE, one byte per run, flipped by JavaScript when it keeps
 * the row) and the other, where the next row of the run is staged.
 */
const TEXT_SLOT: usize = 128;
const RUN_TEXTS: usize = RUN_TABLE + (<usize>RUN_SLOTS << 2);
const KEPT_SIDE: usize = RUN_TEXTS + <usize>MAX_RUNS * 2 * TEXT_SLOT;
const memoryEnd: usize = KEPT_SIDE + <usize>MAX_RUNS;
export const input = INPUT;
export const commas = COMMAS;
export const status = STATUS;
export const times = TIMES;
export const watts = WATTS;
export const devices = DEVICES;
export const lines = LINES;
export const deviceKeys = DEVICE_KEYS;
export const runKeys = RUN_KEYS;
export const runTexts = RUN_TEXTS;
export const keptSide = KEPT_SIDE;
export const duration = DURATION;
export const cellStarts = CELL_STARTS;
export const cellEnds = CELL_ENDS;

const pagesNeeded = <i32>((memoryEnd + 0xffff) >> 16);
if (__heap_base > INPUT) unreachable();
if (memory.size() < pagesNeeded) memory.grow(pagesNeeded - memory.size());

/** 5^0 … 5^22 (below 2^52). */
const POWERS_OF_FIVE = memory.data<u64>([
  1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125, 6103515625,
  30517578125, 152587890625, 762939453125, 3814697265625, 19073486328125, 95367431640625, 476837158203125,
  2384185791015625,
]);

/** 10^0 … 10^22, each exact in a double. */
const POWERS_OF_TEN = memory.data<f64>([
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
]);

// The row shape JavaScript asks for; rowCells 0 hands every line back.
let rowCells: i32 = 0;
let timeColumn: i32 = -1;
let powerColumn: i32 = -1;
let milliwatts: bool = false;
let deviceColumn: i32 = -1;
let deviceCount: i32 = 0;
// Run-totals rows (CodeCarbon): rowCells as above, and these columns.
let totals: bool = false;
let timestampColumn: i32 = -1;
let keyColumn: i32 = -1;
let durationColumn: i32 = -1;
let energyColumn: i32 = -1;
let emissionsColumn: i32 = -1;
let gpuEnergyColumn: i32 = -1;
let gpuCountColumn: i32 = -1;
let pueColumn: i32 = -1;
let runCount: i32 = 0;

/** A power row: `cells` fields; the timestamp, power and GPU id columns; power in mW unless it says " W". */
export function configure(cells: i32, time: i32, power: i32, powerInMilliwatts: bool, device: i32): void {
  rowCells = cells;
  timeColumn = time;
  powerColumn = power;
  milliwatts = powerInMilliwatts;
  deviceColumn = device;
  totals = false;
}

/**
 * A run-totals row: `cells` fields (one more, empty, is allowed); a `YYYY-MM-DDTHH:MM:SS` timestamp, a UUID run id,
 * and a duration, energy and emissions that are plain non-negative decimals. Other rows go to JavaScript.
 */
export function configureTotals(
  cells: i32,
  timestamp: i32,
  key: i32,
  durationAt: i32,
  energy: i32,
  emissions: i32,
  gpuEnergy: i32,
  gpuCount: i32,
  pue: i32,
): void {
  gpuEnergyColumn = gpuEnergy;
  gpuCountColumn = gpuCount;
  pueColumn = pue;
  rowCells = cells;
  timestampColumn = timestamp;
  keyColumn = key;
  durationColumn = durationAt;
  energyColumn = energy;
  emissionsColumn = emissions;
  totals = true;
}

/** GPU ids interned so far (their bytes are at deviceKeys). */
export function knownDevices(): i32 {
  return deviceCount;
}

/** Starts a file: no GPU ids or run ids known. */
export function forget(): void {
  deviceCount = 0;
  memory.fill(SINGLE_BYTE_DEVICES, 0, 1024);
  runCount = 0;
  memory.fill(RUN_TABLE, 0, <usize>RUN_SLOTS << 2);
  memory.fill(KEPT_SIDE, 0, <usize>MAX_RUNS);
}

@inline
function isBlank(byte: u32): bool {
  return byte == 32 || byte - 9 <= 4;
}

@inline
function isDigit(byte: u32): bool {
  return byte - 48 <= 9;
}

/**
 * Reads the lines at memory[from, end) (inside input, ending with LF), writing the power rows it takes as records;
 * positions (commas, line start and end) are addresses in memory. Returns the number of records; status says why it
 * stopped: the end, a line for JavaScript (with its commas), or a full record buffer. Sixteen bytes at a time: one
 * mask marks the line ends, commas, quotes and NULs, another any byte above 0x7f.
 */
export function scan(from: i32, end: i32, lineNumber: i32): i32 {
  const lineFeeds = i8x16.splat(<i8>LF);
  const commaBytes = i8x16.splat(<i8>COMMA);
  const quotes = i8x16.splat(<i8>QUOTE);
  const zero = i8x16.splat(0);
  let count = 0;
  let lineStart = from;
  let commaCount = 0;
  let marks = 0;
  /** Lines starting before this may hold a byte above 0x7f. */
  let asciiFrom = from;
  let at = from;
  while (at < end) {
    const bytes = v128.load(<usize>at);
    let events = i8x16.bitmask(
      v128.or(
        v128.or(i8x16.eq(bytes, lineFeeds), i8x16.eq(bytes, commaBytes)),
        v128.or(i8x16.eq(bytes, quotes), i8x16.eq(bytes, zero)),
      ),
    );
    if (i8x16.bitmask(bytes) != 0) asciiFrom = at + 16;
    if (end - at < 16) events &= (1 << (end - at)) - 1;
    while (events != 0) {
      const offset = at + <i32>ctz(events);
      events &= events - 1;
      const byte = <u32>load<u8>(<usize>offset);
      if (byte == COMMA) {
        if (commaCount < MAX_COMMAS) store<i32>(COMMAS + (<usize>commaCount << 2), offset);
        commaCount++;
        continue;
      }
      if (byte == QUOTE) {
        marks |= HAS_QUOTE;
        continue;
      }
      if (byte == 0) {
        marks |= HAS_NUL;
        continue;
      }
      let lineEnd = offset;
      while (lineEnd > lineStart && <u32>load<u8>(<usize>lineEnd - 1) == CR) lineEnd--;
      lineNumber++;
      const ascii = lineStart >= asciiFrom;
      const taken =
        rowCells == 0
          ? -1
          : totals
            ? readTotalsRow(lineStart, lineEnd, commaCount, marks)
            : readPowerRow(lineStart, lineEnd, commaCount, marks, ascii, count, lineNumber);
      if (taken == 2) {
        store<i32>(STATUS, STOP_TOTALS);
        store<i32>(STATUS, lineStart, 4);
        store<i32>(STATUS, lineEnd, 8);
        store<i32>(STATUS, commaCount + 1, 12);
        store<i32>(STATUS, lineNumber, 20);
        store<i32>(STATUS, offset + 1, 24);
        return count;
      }
      if (taken < 0) {
        store<i32>(STATUS, STOP_LINE);
        store<i32>(STATUS, lineStart, 4);
        store<i32>(STATUS, lineEnd, 8);
        store<i32>(STATUS, commaCount, 12);
        store<i32>(STATUS, marks, 16);
        store<i32>(STATUS, lineNumber, 20);
        store<i32>(STATUS, offset + 1, 24);
        return count;
      }
      count += taken;
      lineStart = offset + 1;
      commaCount = 0;
      marks = 0;
      if (count == RECORD_CAPACITY && lineStart < end) {
        store<i32>(STATUS, STOP_FULL);
        store<i32>(STATUS, lineNumber, 20);
        store<i32>(STATUS, lineStart, 24);
        return count;
      }
    }
    at += 16;
  }
  store<i32>(STATUS, STOP_END);
  store<i32>(STATUS, lineNumber, 20);
  store<i32>(STATUS, end, 24);
  return count;
}

/**
 * 1: a record was written; 0: a blank line (nothing to do); -1: JavaScript must read this line. `ascii` says the
 * line has no byte above 0x7f, so only a cell starting like a header word (t, d) may read differently as text.
 */
function readPowerRow(
  start: i32,
  end: i32,
  commaCount: i32,
  marks: i32,
  ascii: bool,
  record: i32,
  lineNumber: i32,
): i32 {
  let first = start;
  while (first < end && isBlank(load<u8>(<usize>first))) first++;
  if (first == end) return 0;
  if (marks != 0 || !ascii || !isDigit(load<u8>(<usize>first))) return -1;
  if (commaCount + 1 != rowCells) return -1;
  let timeMs = NaN;
  let power = NaN;
  let device = -1;
  let cellStart = first;
  for (let cell = 0; cell < rowCells; cell++) {
    let cellEnd = cell < commaCount ? load<i32>(COMMAS + (<usize>cell << 2)) : end;
    const next = cellEnd + 1;
    while (cellStart < cellEnd && isBlank(load<u8>(<usize>cellStart))) cellStart++;
    // A cell JavaScript might read differently (a header word) sends the line back.
    const lead = <u32>load<u8>(<usize>cellStart) | 0x20;
    if (cellStart < cellEnd && (lead == 116 || lead == 100)) return -1;
    if (cell == timeColumn || cell == powerColumn || cell == deviceColumn) {
      while (cellEnd > cellStart && isBlank(load<u8>(<usize>cellEnd - 1))) cellEnd--;
      if (cell == timeColumn) timeMs = readTimestamp(cellStart, cellEnd);
      if (cell == powerColumn) power = readWatts(cellStart, cellEnd);
      if (cell == deviceColumn) device = internDevice(cellStart, cellEnd);
    }
    cellStart = next;
  }
  if (isNaN(timeMs) || isNaN(power) || device < 0) return -1;
  store<f64>(TIMES + (<usize>record << 3), timeMs);
  store<f64>(WATTS + (<usize>record << 3), power);
  store<i32>(DEVICES + (<usize>record << 2), device);
  store<i32>(LINES + (<usize>record << 2), lineNumber);
  return 1;
}

/**
 * 2: a run-totals row for JavaScript to keep or drop (cells at CELL_STARTS/CELL_ENDS, run index in status[7],
 * duration at DURATION); 0: a blank line; -1: JavaScript must read this line.
 */
function readTotalsRow(start: i32, end: i32, commaCount: i32, marks: i32): i32 {
  let first = start;
  while (first < end && isBlank(load<u8>(<usize>first))) first++;
  if (first == end) return 0;
  if (marks != 0 || commaCount > MAX_COMMAS) return -1;
  const count = commaCount + 1;
  let cellStart = first;
  for (let cell = 0; cell < count; cell++) {
    let cellEnd = cell < commaCount ? load<i32>(COMMAS + (<usize>cell << 2)) : end;
    const next = cellEnd + 1;
    while (cellStart < cellEnd && isBlank(load<u8>(<usize>cellStart))) cellStart++;
    while (cellEnd > cellStart && isBlank(load<u8>(<usize>cellEnd - 1))) cellEnd--;
    if (cellStart < cellEnd) {
      // A cell that may make the line a header, or that trim() would cut further, when read as text.
      const lead = <u32>load<u8>(<usize>cellStart) | 0x20;
      if (lead == 116 && startsWithWord(cellStart, cellEnd, TIMESTAMP_WORD, 9)) return -1;
      if (lead == 100 && startsWithWord(cellStart, cellEnd, DURATION_WORD, 8)) return -1;
      if ((lead >= 0xa0 || <u32>load<u8>(<usize>cellEnd - 1) >= 0x80) && hasUnicodeEdge(cellStart, cellEnd)) return -1;
    }
    store<i32>(CELL_STARTS + (<usize>cell << 2), cellStart);
    store<i32>(CELL_ENDS + (<usize>cell << 2), cellEnd);
    cellStart = next;
  }
  if (count != rowCells && !(count == rowCells + 1 && cellIsEmpty(rowCells))) return -1;
  if (!isCodeCarbonTimestamp(timestampColumn) || !isPlainNumber(durationColumn)) return -1;
  if (!isPlainNumber(energyColumn) || !isPlainNumber(emissionsColumn)) return -1;
  const keyStart = load<i32>(CELL_STARTS + (<usize>keyColumn << 2));
  if (load<i32>(CELL_ENDS + (<usize>keyColumn << 2)) - keyStart != 36 || !isUuid(<usize>keyStart)) return -1;
  const run = internRun(<usize>keyStart);
  store<i32>(STATUS, run, 28);
  store<i32>(STATUS, run >= 0 && stageTexts(run) ? 1 : 0, 16);
  const durationStart = load<i32>(CELL_STARTS + (<usize>durationColumn << 2));
  const durationEnd = load<i32>(CELL_ENDS + (<usize>durationColumn << 2));
  store<f64>(DURATION, readLongDecimal(durationStart, durationEnd));
  store<f64>(DURATION, shortNumberAt(gpuCountColumn), 8);
  store<f64>(DURATION, shortNumberAt(pueColumn), 16);
  return 2;
}

/** readDecimal of a cell, NaN when the column is absent (JavaScript then reads it). */
function shortNumberAt(cell: i32): f64 {
  if (cell < 0) return NaN;
  return readDecimal(load<i32>(CELL_STARTS + (<usize>cell << 2)), load<i32>(CELL_ENDS + (<usize>cell << 2)));
}

/** Copies the energy, emissions and gpu_energy cells into the run's free slot; false when they do not fit. */
function stageTexts(run: i32): bool {
  const energyStart = load<i32>(CELL_STARTS + (<usize>energyColumn << 2));
  const energyLength = load<i32>(CELL_ENDS + (<usize>energyColumn << 2)) - energyStart;
  const co2eStart = load<i32>(CELL_STARTS + (<usize>emissionsColumn << 2));
  const co2eLength = load<i32>(CELL_ENDS + (<usize>emissionsColumn << 2)) - co2eStart;
  let gpuStart = 0;
  let gpuLength = 0;
  if (gpuEnergyColumn >= 0) {
    gpuStart = load<i32>(CELL_STARTS + (<usize>gpuEnergyColumn << 2));
    gpuLength = load<i32>(CELL_ENDS + (<usize>gpuEnergyColumn << 2)) - gpuStart;
  }
  if (energyLength + co2eLength + gpuLength > <i32>TEXT_SLOT - 4) return false;
  const side = <usize>1 - <usize>load<u8>(KEPT_SIDE + <usize>run);
  const slot = RUN_TEXTS + (<usize>run * 2 + side) * TEXT_SLOT;
  store<u8>(slot, <u8>energyLength);
  store<u8>(slot + 1, <u8>co2eLength);
  store<u8>(slot + 2, <u8>gpuLength);
  memory.copy(slot + 4, <usize>energyStart, <usize>energyLength);
  memory.copy(slot + 4 + <usize>energyLength, <usize>co2eStart, <usize>co2eLength);
  memory.copy(slot + 4 + <usize>(energyLength + co2eLength), <usize>gpuStart, <usize>gpuLength);
  return true;
}

/** Tests call this to compare the kernel's decimal reading with Number(): the text at input, `length` bytes. */
export function readNumberForTest(length: i32): f64 {
  return readLongDecimal(<i32>INPUT, <i32>INPUT + length);
}

/**
 * `\d+(\.\d*)?` with up to 19 digits as the double Number() gives, else NaN. Up to 15 digits: exact (readDecimal).
 * Beyond, the quotient m / 10^k is estimated in doubles (within two units in the last place) and the estimate is
 * corrected by comparing the exact decimal with the midpoints between neighbouring doubles in 128-bit integers;
 * ties go to the even neighbour, as IEEE rounding does.
 */
function readLongDecimal(start: i32, end: i32): f64 {
  if (!scanDecimal(start, end, 19)) return NaN;
  if (scannedDigits <= 15) return exactDecimal();
  const mantissa = scannedMantissa;
  const fractionDigits = scannedFractionDigits;
  if (mantissa == 0) return 0;
  const power = load<f64>(POWERS_OF_TEN + (<usize>fractionDigits << 3));
  let candidate = <f64>mantissa / power;
  if (!(candidate >= 1e-300 && candidate <= 1e300)) return NaN;
  for (let step = 0; step < 4; step++) {
    const bits = reinterpret<u64>(candidate);
    const below = reinterpret<f64>(bits - 1);
    const above = reinterpret<f64>(bits + 1);
    const toLower = compareWithMidpoint(mantissa, fractionDigits, below, candidate);
    if (toLower == 2) return NaN;
    if (toLower < 0) {
      candidate = below;
      continue;
    }
    const toUpper = compareWithMidpoint(mantissa, fractionDigits, candidate, above);
    if (toUpper == 2) return NaN;
    if (toUpper > 0) {
      candidate = above;
      continue;
    }
    if (toLower == 0) return (bits & 1) == 0 ? candidate : below;
    if (toUpper == 0) return (bits & 1) == 0 ? candidate : above;
    return candidate;
  }
  return NaN;
}

/** -1, 0 or 1 as mantissa / 10^k is below, at or above the midpoint of the positive doubles low < high; 2: unknown. */
function compareWithMidpoint(mantissa: u64, k: i32, low: f64, high: f64): i32 {
  const lowBits = reinterpret<u64>(low);
  const highBits = reinterpret<u64>(high);
  const lowExponent = <i32>(lowBits >> 52);
  const highExponent = <i32>(highBits >> 52);
  if (lowExponent == 0 || highExponent == 0) return 2;
  const lowMantissa = (lowBits & 0xfffffffffffff) | 0x10000000000000;
  const highMantissa = (highBits & 0xfffffffffffff) | 0x10000000000000;
  const exponent = min(lowExponent, highExponent);
  // midpoint = (low + high) / 2 = sum × 2^(exponent - 1076), both terms on the smaller exponent.
  const sum = (lowMantissa << <u64>(lowExponent - exponent)) + (highMantissa << <u64>(highExponent - exponent));
  const shift = exponent - 1076 + k;
  // mantissa / 10^k vs sum × 2^(exponent - 1076)  ⇔  mantissa × 2^(-shift) vs sum × 5^k (when shift < 0).
  const fives = load<u64>(POWERS_OF_FIVE + (<usize>k << 3));
  multiply(sum, fives);
  const rightHigh = productHigh;
  const rightLow = productLow;
  let leftHigh: u64 = 0;
  let leftLow: u64 = mantissa;
  if (shift < 0) {
    const up = -shift;
    if (up >= 64 + <i32>clz(mantissa)) return 2;
    if (up >= 64) {
      leftHigh = mantissa << <u64>(up - 64);
      leftLow = 0;
    } else {
      leftHigh = up == 0 ? 0 : mantissa >> <u64>(64 - up);
      leftLow = mantissa << <u64>up;
    }
  } else return 2;
  if (leftHigh != rightHigh) return leftHigh < rightHigh ? -1 : 1;
  if (leftLow != rightLow) return leftLow < rightLow ? -1 : 1;
  return 0;
}

let productHigh: u64 = 0;
let productLow: u64 = 0;

/** The 128-bit product of two 64-bit integers, in productHigh and productLow. */
function multiply(a: u64, b: u64): void {
  const a0 = a & 0xffffffff;
  const a1 = a >> 32;
  const b0 = b & 0xffffffff;
  const b1 = b >> 32;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const middle = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  productLow = (middle << 32) | (p00 & 0xffffffff);
  productHigh = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
}

const TIMESTAMP_WORD = memory.data<u8>([116, 105, 109, 101, 115, 116, 97, 109, 112]);
const DURATION_WORD = memory.data<u8>([100, 117, 114, 97, 116, 105, 111, 110]);

function startsWithWord(start: i32, end: i32, word: usize, length: i32): bool {
  if (end - start < length) return false;
  for (let index = 0; index < length; index++)
    if ((<u32>load<u8>(<usize>(start + index)) | 0x20) != <u32>load<u8>(word + <usize>index)) return false;
  return true;
}

/** True when the cell starts or ends with non-ASCII whitespace, which String.prototype.trim removes. */
function hasUnicodeEdge(start: i32, end: i32): bool {
  if (start == end || (load<u8>(<usize>start) < 0x80 && load<u8>(<usize>end - 1) < 0x80)) return false;
  return (
    unicodeSpaceLength(start, end) > 0 ||
    (end - 2 >= start && unicodeSpaceLength(end - 2, end) == 2) ||
    (end - 3 >= start && unicodeSpaceLength(end - 3, end) == 3)
  );
}

/**
 * UTF-8 of the whitespace JavaScript's trim removes beyond ASCII: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000, U+FEFF. Returns the length of the one starting at `at`, or 0.
 */
function unicodeSpaceLength(at: i32, end: i32): i32 {
  const first = <u32>load<u8>(<usize>at);
  if (first == 0xc2) return at + 1 < end && load<u8>(<usize>at + 1) == 0xa0 ? 2 : 0;
  if (at + 2 >= end) return 0;
  const second = <u32>load<u8>(<usize>at + 1);
  const third = <u32>load<u8>(<usize>at + 2);
  if (first == 0xe1) return second == 0x9a && third == 0x80 ? 3 : 0;
  if (first == 0xe2) {
    if (second == 0x80) return third <= 0x8a || third == 0xa8 || third == 0xa9 || third == 0xaf ? 3 : 0;
    return second == 0x81 && third == 0x9f ? 3 : 0;
  }
  if (first == 0xe3) return second == 0x80 && third == 0x80 ? 3 : 0;
  if (first == 0xef) return second == 0xbb && third == 0xbf ? 3 : 0;
  return 0;
}

function cellIsEmpty(cell: i32): bool {
  return load<i32>(CELL_STARTS + (<usize>cell << 2)) == load<i32>(CELL_ENDS + (<usize>cell << 2));
}

/** `\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}` at the start of the cell. */
function isCodeCarbonTimestamp(cell: i32): bool {
  const start = load<i32>(CELL_STARTS + (<usize>cell << 2));
  if (load<i32>(CELL_ENDS + (<usize>cell << 2)) - start < 19) return false;
  const s = <usize>start;
  if (load<u8>(s + 4) != 45 || load<u8>(s + 7) != 45 || load<u8>(s + 10) != 84) return false;
  if (load<u8>(s + 13) != 58 || load<u8>(s + 16) != 58) return false;
  return (
    twoDigits(s) >= 0 &&
    twoDigits(s + 2) >= 0 &&
    twoDigits(s + 5) >= 0 &&
    twoDigits(s + 8) >= 0 &&
    twoDigits(s + 11) >= 0 &&
    twoDigits(s + 14) >= 0 &&
    twoDigits(s + 17) >= 0
  );
}

/**
 * `\d{1,200}(\.\d*)?([eE][-+]?\d{1,2})?`: a number JavaScript reads as finite and non-negative, however many
 * digits it has (the JavaScript reader converts it; only its validity is decided here).
 */
function isPlainNumber(cell: i32): bool {
  let index = load<i32>(CELL_STARTS + (<usize>cell << 2));
  const end = load<i32>(CELL_ENDS + (<usize>cell << 2));
  const intStart = index;
  while (index < end && isDigit(load<u8>(<usize>index))) index++;
  const intDigits = index - intStart;
  if (intDigits == 0 || intDigits > 200) return false;
  if (index < end && load<u8>(<usize>index) == 46) {
    index++;
    while (index < end && isDigit(load<u8>(<usize>index))) index++;
  }
  if (index == end) return true;
  const e = <u32>load<u8>(<usize>index) | 0x20;
  if (e != 101) return false;
  index++;
  if (index < end && (load<u8>(<usize>index) == 45 || load<u8>(<usize>index) == 43)) index++;
  const exponentStart = index;
  while (index < end && isDigit(load<u8>(<usize>index))) index++;
  return index == end && index > exponentStart && index - exponentStart <= 2;
}

function isUuid(at: usize): bool {
  for (let index: usize = 0; index < 36; index++) {
    const byte = <u32>load<u8>(at + index);
    if (index == 8 || index == 13 || index == 18 || index == 23) {
      if (byte != 45) return false;
    } else if (!isDigit(byte) && (byte | 0x20) - 97 > 5) return false;
  }
  return true;
}

/** The index of this run id among those seen (a new one is added), or -1 past MAX_RUNS. */
function internRun(at: usize): i32 {
  let hash = load<u64>(at) * 0x9e3779b97f4a7c15;
  hash = (hash ^ load<u64>(at + 8)) * 0x9e3779b97f4a7c15;
  hash = (hash ^ load<u64>(at + 16)) * 0x9e3779b97f4a7c15;
  hash = (hash ^ load<u64>(at + 24)) * 0x9e3779b97f4a7c15;
  hash = (hash ^ <u64>load<u32>(at + 32)) * 0x9e3779b97f4a7c15;
  let slot = <i32>(hash >> 40) & (RUN_SLOTS - 1);
  while (true) {
    const entry = RUN_TABLE + (<usize>slot << 2);
    const known = load<i32>(entry) - 1;
    if (known < 0) {
      if (runCount == MAX_RUNS) return -1;
      memory.copy(RUN_KEYS + <usize>runCount * RUN_KEY_BYTES, at, RUN_KEY_BYTES);
      store<i32>(entry, runCount + 1);
      return runCount++;
    }
    if (memory.compare(RUN_KEYS + <usize>known * RUN_KEY_BYTES, at, RUN_KEY_BYTES) == 0) return known;
    slot = (slot + 1) & (RUN_SLOTS - 1);
  }
}

/** "74.01 W" as written, or a bare number in the header's unit; NaN for anything else (JavaScript decides). */
function readWatts(start: i32, end: i32): f64 {
  if (end - start > 2 && load<u8>(<usize>end - 1) == 87 && load<u8>(<usize>end - 2) == 32)
    return readDecimal(start, end - 2);
  const value = readDecimal(start, end);
  return milliwatts ? value / 1000 : value;
}

/**
 * `\d*(\.\d*)?` with 1 to 15 digits, else NaN. Exact (Clinger's fast path): the digits form an exact integer below
 * 2^53 and 10^k is exact, so the one division is correctly rounded, as Number() is.
 */
function readDecimal(start: i32, end: i32): f64 {
  return scanDecimal(start, end, 15) ? exactDecimal() : NaN;
}

/** What scanDecimal read: the digits as an integer, how many, and how many after the point. */
let scannedMantissa: u64 = 0;
let scannedDigits = 0;
let scannedFractionDigits = 0;

/** Reads `\d*(\.\d*)?` over the whole of [start, end) with 1 to `maxDigits` (at most 19) digits; false otherwise. */
function scanDecimal(start: i32, end: i32, maxDigits: i32): bool {
  let mantissa: u64 = 0;
  let digits = 0;
  let fractionDigits = 0;
  let index = start;
  while (index < end) {
    const digit = <u32>load<u8>(<usize>index) - 48;
    if (digit > 9) break;
    mantissa = mantissa * 10 + <u64>digit;
    digits++;
    index++;
  }
  if (index < end && load<u8>(<usize>index) == 46) {
    index++;
    while (index < end) {
      const digit = <u32>load<u8>(<usize>index) - 48;
      if (digit > 9) break;
      mantissa = mantissa * 10 + <u64>digit;
      digits++;
      fractionDigits++;
      index++;
    }
  }
  if (index != end || digits == 0 || digits > maxDigits) return false;
  scannedMantissa = mantissa;
  scannedDigits = digits;
  scannedFractionDigits = fractionDigits;
  return true;
}

/** The scanned decimal of at most 15 digits as a double: exact, see readDecimal. */
function exactDecimal(): f64 {
  if (scannedMantissa == 0) return 0;
  if (scannedFractionDigits == 0) return <f64>scannedMantissa;
  return <f64>scannedMantissa / load<f64>(POWERS_OF_TEN + (<usize>scannedFractionDigits << 3));
}

@inline
function twoDigits(at: usize): i32 {
  const tens = <u32>load<u8>(at) - 48;
  const ones = <u32>load<u8>(at + 1) - 48;
  return tens <= 9 && ones <= 9 ? <i32>(tens * 10 + ones) : -1;
}

let cachedDayKey: i32 = -1;
let cachedDayMs: i64 = 0;
// The last timestamp read (rows of one tick share it): its length, its first 24 bytes, its value.
let lastStampLength: i32 = 0;
let lastStamp0: u64 = 0;
let lastStamp1: u64 = 0;
let lastStamp2: u64 = 0;
let lastStampMs: f64 = NaN;

/**
 * `YYYY[-/]MM[-/]DD[ T]HH:MM:SS` with an optional `.f`, `.ff` or `.fff` (`,` too), as milliseconds since the epoch
 * read as UTC, else NaN. Date.UTC's arithmetic in exact integers: its day number (years 0–99 mean 1900–1999) times
 * 86,400,000 plus the milliseconds of the day. Months outside 1–12 and days outside 1–31 are left to JavaScript.
 */
function readTimestamp(start: i32, end: i32): f64 {
  const length = end - start;
  if (length < 19 || length > 23 || length == 20) return NaN;
  const s = <usize>start;
  const word0 = load<u64>(s);
  const word1 = load<u64>(s + 8);
  const word2 = load<u64>(s + 16) & ((<u64>1 << (<u64>(length - 16) << 3)) - 1);
  if (length == lastStampLength && word0 == lastStamp0 && word1 == lastStamp1 && word2 == lastStamp2)
    return lastStampMs;
  const value = parseTimestamp(s, length);
  lastStampLength = isNaN(value) ? 0 : length;
  lastStamp0 = word0;
  lastStamp1 = word1;
  lastStamp2 = word2;
  lastStampMs = value;
  return value;
}

function parseTimestamp(s: usize, length: i32): f64 {
  const dateSeparator = <u32>load<u8>(s + 4);
  const monthSeparator = <u32>load<u8>(s + 7);
  if ((dateSeparator != 45 && dateSeparator != 47) || (monthSeparator != 45 && monthSeparator != 47)) return NaN;
  const middle = <u32>load<u8>(s + 10);
  if ((middle != 32 && middle != 84) || load<u8>(s + 13) != 58 || load<u8>(s + 16) != 58) return NaN;
  const high = twoDigits(s);
  const low = twoDigits(s + 2);
  const month = twoDigits(s + 5);
  const day = twoDigits(s + 8);
  const hour = twoDigits(s + 11);
  const minute = twoDigits(s + 14);
  const second = twoDigits(s + 17);
  if ((high | low | month | day | hour | minute | second) < 0) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  let millis: i64 = 0;
  if (length > 19) {
    const separator = <u32>load<u8>(s + 19);
    if (separator != 46 && separator != 44) return NaN;
    for (let index = 20; index < length; index++) {
      const digit = <u32>load<u8>(s + <usize>index) - 48;
      if (digit > 9) return NaN;
      millis = millis * 10 + <i64>digit;
    }
    if (length == 21) millis *= 100;
    else if (length == 22) millis *= 10;
  }
  let year = high * 100 + low;
  const key = year * 10000 + month * 100 + day;
  if (key != cachedDayKey) {
    if (year <= 99) year += 1900;
    cachedDayKey = key;
    cachedDayMs = daysFromCivil(year, month, day) * 86400000;
  }
  return <f64>(cachedDayMs + <i64>hour * 3600000 + <i64>minute * 60000 + <i64>second * 1000 + millis);
}

/** Days since 1970-01-01 of a proleptic Gregorian date; `day` may run past the month's end, as in Date.UTC. */
function daysFromCivil(year: i32, month: i32, day: i32): i64 {
  const y = month <= 2 ? year - 1 : year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yearOfEra = y - era * 400;
  const dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return <i64>era * 146097 + <i64>dayOfEra - 719468;
}

/** The index of this GPU id among those seen (a new one is added), or -1 when it cannot be kept. */
function internDevice(start: i32, end: i32): i32 {
  const length = end - start;
  if (length == 1) {
    // GPU indices 0–9: found by their byte.
    const slot = SINGLE_BYTE_DEVICES + (<usize>load<u8>(<usize>start) << 2);
    const known = load<i32>(slot) - 1;
    if (known >= 0) return known;
    const added = addDevice(start, length);
    if (added >= 0) store<i32>(slot, added + 1);
    return added;
  }
  if (length > MAX_DEVICE_BYTES) return -1;
  for (let index = 0; index < deviceCount; index++) {
    const entry = DEVICE_KEYS + <usize>index * DEVICE_ENTRY;
    if (load<i32>(entry) == length && memory.compare(entry + 4, <usize>start, <usize>length) == 0) return index;
  }
  return addDevice(start, length);
}

function addDevice(start: i32, length: i32): i32 {
  if (deviceCount == MAX_DEVICES) return -1;
  const entry = DEVICE_KEYS + <usize>deviceCount * DEVICE_ENTRY;
  store<i32>(entry, length);
  memory.copy(entry + 4, <usize>start, <usize>length);
  return deviceCount++;
}
