// The WebAssembly scan kernel (source: wasm/scan.ts) seen from JavaScript: complete lines are copied into its memory,
// it finds their commas and reads the power rows it can read exactly (timestamp, watts, GPU id) into arrays that the
// parser integrates in line order; every other line comes back with its commas for the parser's byte or text reader.
// Compiled once on first use; each reader borrows an instance (its own memory) and gives it back at the end.
import { ByteCells } from './byte-cells.js';
import { decodeRange, type ByteLineHandler, type LineShape } from './byte-lines.js';
import { SCAN_KERNEL_BASE64 } from './scan-kernel.generated.js';

/** The rows a parser lets the kernel read: power samples, or run totals. */
export type KernelRowShape = PowerRowShape | TotalsRowShape;

/** A CSV power log with one GPU id column: the kernel reads the samples. */
export interface PowerRowShape {
  readonly kind: 'power';
  readonly cells: number;
  readonly timeColumn: number;
  readonly powerColumn: number;
  /** Bare numbers are milliwatts (a header in mW); "74.01 W" is always watts. */
  readonly milliwatts: boolean;
  readonly deviceColumn: number;
}

/**
 * Cumulative run totals (CodeCarbon): the kernel checks the row as the parser's byte reader would and hands over its
 * cells, the run id and the duration; the parser keeps or drops it.
 */
export interface TotalsRowShape {
  readonly kind: 'totals';
  readonly cells: number;
  readonly timestampColumn: number;
  readonly keyColumn: number;
  readonly durationColumn: number;
  readonly energyColumn: number;
  readonly emissionsColumn: number;
  /** -1 where absent. */
  readonly gpuEnergyColumn: number;
  readonly gpuCountColumn: number;
  readonly pueColumn: number;
}

/** Power rows read by the kernel, valid only during the call: sample i is devices[ids[i]] at times[i] (ms). */
export interface PowerSamples {
  readonly count: number;
  readonly deviceNames: readonly string[];
  readonly deviceIds: Int32Array;
  readonly timesMs: Float64Array;
  readonly watts: Float64Array;
  readonly lineNumbers: Int32Array;
}

/** What a parser offers the kernel (nvidia-smi and CodeCarbon do; others get only the comma scan). */
export interface KernelRowReader {
  /** The current shape, the same object while it holds; undefined while rows must go through the parser. */
  kernelRowShape(): KernelRowShape | undefined;
  powerSamples?(samples: PowerSamples): void;
  /** A run-totals row the kernel checked (valid only during the call). */
  totalsRow?(row: TotalsRow): void;
  /** Called before the kernel is given back: staged texts still to be read must be read now. */
  kernelDone?(): void;
}

/** A run-totals row the kernel checked, with what it could read exactly (NaN where it could not). */
export interface TotalsRow {
  readonly cells: ByteCells;
  /** The run id when the kernel knows it. */
  readonly key: string | undefined;
  readonly durationSeconds: number;
  readonly gpuCount: number;
  readonly pue: number;
  /** The kernel's index of the run when the row's energy, emissions and gpu_energy cells are staged in it, else -1. */
  readonly stagedRun: number;
  readonly texts: StagedTexts;
}

/** The energy, emissions and gpu_energy cells of a run's kept row, kept in the kernel's memory. */
export interface StagedTexts {
  /** The row staged for `run` becomes its kept row (call when the parser keeps it). */
  keep(run: number): void;
  /** A copy of the kept row's three cells, one after the other, and where each ends. */
  read(run: number): { bytes: Uint8Array; energyEnd: number; co2eEnd: number; gpuEnergyEnd: number };
}

/** The part of the WebAssembly API used here (the project's lib settings declare none). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

/** An exported address (an immutable global). */
interface Address {
  readonly value: number;
}

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer };
  input: Address;
  commas: Address;
  status: Address;
  times: Address;
  watts: Address;
  devices: Address;
  lines: Address;
  deviceKeys: Address;
  runKeys: Address;
  runTexts: Address;
  keptSide: Address;
  duration: Address;
  cellStarts: Address;
  cellEnds: Address;
  configureTotals(
    cells: number,
    timestamp: number,
    key: number,
    duration: number,
    energy: number,
    emissions: number,
    gpuEnergy: number,
    gpuCount: number,
    pue: number,
  ): void;
  configure(cells: number, time: number, power: number, milliwatts: number, device: number): void;
  knownDevices(): number;
  forget(): void;
  scan(from: number, end: number, lineNumber: number): number;
}

const MAX_COMMAS = 1023;
const RECORDS = 8192;
const DEVICE_ENTRY_BYTES = 68;
const STOP_END = 0;
const STOP_LINE = 1;
const STOP_TOTALS = 3;
const RUN_KEY_BYTES = 36;
const TEXT_SLOT = 128;

let compiled: object | null | undefined;
const idle: ScanKernel[] = [];

/** A kernel instance for one reader, or undefined where WebAssembly is unavailable (the JavaScript engine reads). */
export function borrowScanKernel(): ScanKernel | undefined {
  const kernel = idle.pop();
  if (kernel) return kernel;
  const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(Buffer.from(SCAN_KERNEL_BASE64, 'base64')) : null;
    } catch {
      compiled = null;
    }
  }
  if (!compiled || !wasm) return undefined;
  return new ScanKernel(new wasm.Instance(compiled).exports as KernelExports);
}

export class ScanKernel {
  private readonly memory: Uint8Array;
  private readonly status: Int32Array;
  private readonly input: number;
  private readonly deviceKeys: number;
  private readonly shape: LineShape;
  private readonly samples: {
    count: number;
    deviceNames: string[];
    deviceIds: Int32Array;
    timesMs: Float64Array;
    watts: Float64Array;
    lineNumbers: Int32Array;
  };
  /** Bytes of lines the kernel takes per scan (its input buffer). */
  readonly inputBytes = 1 << 20;
  private reader?: KernelRowReader;
  private configured?: KernelRowShape;
  private readonly numbers: Float64Array;
  private readonly keptSide: Uint8Array;
  private readonly totalsRow: { -readonly [field in keyof TotalsRow]: TotalsRow[field] };
  private readonly totalsCells: ByteCells;
  private readonly runKeys: string[] = [];

  constructor(private readonly kernel: KernelExports) {
    const buffer = kernel.memory.buffer;
    // A Buffer, so that short ASCII cells become strings natively (latin1Slice; see byte-numbers.ts).
    this.memory = Buffer.from(buffer);
    this.status = new Int32Array(buffer, kernel.status.value, 8);
    this.input = kernel.input.value;
    this.deviceKeys = kernel.deviceKeys.value;
    this.numbers = new Float64Array(buffer, kernel.duration.value, 3);
    this.keptSide = new Uint8Array(buffer, kernel.keptSide.value, 4096);
    this.totalsCells = new ByteCells(
      new Int32Array(buffer, kernel.cellStarts.value, MAX_COMMAS + 1),
      new Int32Array(buffer, kernel.cellEnds.value, MAX_COMMAS + 1),
      this.memory,
    );
    this.totalsRow = {
      cells: this.totalsCells,
      key: undefined,
      durationSeconds: 0,
      gpuCount: 0,
      pue: 0,
      stagedRun: -1,
      texts: { keep: (run) => this.keepStaged(run), read: (run) => this.readStaged(run) },
    };
    this.shape = { commas: new Int32Array(buffer, kernel.commas.value, MAX_COMMAS), commaCount: 0, marks: 0 };
    this.samples = {
      count: 0,
      deviceNames: [],
      deviceIds: new Int32Array(buffer, kernel.devices.value, RECORDS),
      timesMs: new Float64Array(buffer, kernel.times.value, RECORDS),
      watts: new Float64Array(buffer, kernel.watts.value, RECORDS),
      lineNumbers: new Int32Array(buffer, kernel.lines.value, RECORDS),
    };
  }

  /** Starts a file: rows go to `reader` (when given) whenever it offers a shape. */
  begin(reader: KernelRowReader | undefined): void {
    this.reader = reader;
    this.samples.deviceNames.length = 0;
    this.runKeys.length = 0;
    this.kernel.forget();
    this.configure(reader?.kernelRowShape());
  }

  /** Gives the instance back for the next reader. */
  release(): void {
    this.reader?.kernelDone?.();
    this.reader = undefined;
    if (idle.length < 4) idle.push(this);
  }

  /**
   * Reads the complete lines bytes[from, to) (at most inputBytes, ending with LF) whose first line is
   * number `lineNumber + 1`; lines it does not read itself go to `handler`. Returns the last line's number.
   */
  scanLines(bytes: Uint8Array, from: number, to: number, lineNumber: number, handler: ByteLineHandler): number {
    const kernel = this.kernel;
    const status = this.status;
    const input = this.input;
    // The lines before these (a line completed across chunks) may have changed what the parser lets the kernel read.
    this.reconfigure();
    this.memory.set(bytes.subarray(from, to), input);
    const end = input + (to - from);
    let position = input;
    let line = lineNumber;
    for (;;) {
      const count = kernel.scan(position, end, line);
      if (count > 0) this.deliver(count);
      line = status[5]!;
      position = status[6]!;
      const stop = status[0]!;
      if (stop === STOP_END) return line;
      if (stop === STOP_TOTALS) this.deliverTotals();
      else if (stop === STOP_LINE) {
        this.shape.commaCount = status[3]!;
        this.shape.marks = status[4]!;
        handler(this.memory, status[1]!, status[2]!, line, false, this.shape);
        this.reconfigure();
      }
    }
  }

  private deliverTotals(): void {
    const cells = this.totalsCells;
    cells.count = this.status[3]!;
    const run = this.status[7]!;
    let key: string | undefined;
    if (run >= 0) {
      key = this.runKeys[run];
      if (key === undefined) {
        const at = this.kernel.runKeys.value + run * RUN_KEY_BYTES;
        key = decodeRange(this.memory, at, at + RUN_KEY_BYTES);
        this.runKeys[run] = key;
      }
    }
    const row = this.totalsRow;
    row.key = key;
    row.durationSeconds = this.numbers[0]!;
    row.gpuCount = this.numbers[1]!;
    row.pue = this.numbers[2]!;
    row.stagedRun = this.status[4] === 1 ? run : -1;
    this.reader!.totalsRow!(row);
  }

  private keepStaged(run: number): void {
    this.keptSide[run] = 1 - this.keptSide[run]!;
  }

  private readStaged(run: number) {
    const slot = this.kernel.runTexts.value + (run * 2 + this.keptSide[run]!) * TEXT_SLOT;
    const energyEnd = this.memory[slot]!;
    const co2eEnd = energyEnd + this.memory[slot + 1]!;
    const gpuEnergyEnd = co2eEnd + this.memory[slot + 2]!;
    // A copy (Buffer.slice would be a view of memory the next file reuses).
    const bytes = Uint8Array.from(this.memory.subarray(slot + 4, slot + 4 + gpuEnergyEnd));
    return { bytes, energyEnd, co2eEnd, gpuEnergyEnd };
  }

  private deliver(count: number): void {
    const samples = this.samples;
    const known = this.kernel.knownDevices();
    for (let id = samples.deviceNames.length; id < known; id++) {
      const entry = this.deviceKeys + id * DEVICE_ENTRY_BYTES;
      const length = this.memory[entry]! | (this.memory[entry + 1]! << 8);
      samples.deviceNames.push(decodeRange(this.memory, entry + 4, entry + 4 + length));
    }
    samples.count = count;
    this.reader!.powerSamples!(samples);
  }

  private reconfigure(): void {
    const shape = this.reader?.kernelRowShape();
    if (shape !== this.configured) this.configure(shape);
  }

  private configure(shape: KernelRowShape | undefined): void {
    this.configured = shape;
    if (!shape || shape.cells > MAX_COMMAS + 1) this.kernel.configure(0, -1, -1, 0, -1);
    else if (shape.kind === 'power')
      this.kernel.configure(
        shape.cells,
        shape.timeColumn,
        shape.powerColumn,
        shape.milliwatts ? 1 : 0,
        shape.deviceColumn,
      );
    else
      this.kernel.configureTotals(
        shape.cells,
        shape.timestampColumn,
        shape.keyColumn,
        shape.durationColumn,
        shape.energyColumn,
        shape.emissionsColumn,
        shape.gpuEnergyColumn,
        shape.gpuCountColumn,
        shape.pueColumn,
      );
  }
}
