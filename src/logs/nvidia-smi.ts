// nvidia-smi logs: `--query-gpu=... --format=csv[,noheader][,nounits]` and, cheaply, `nvidia-smi dmon`.
// Energy is the integral of board power over time per GPU (see power-integrator.ts for gap handling); it covers
// the accelerators only, so host overhead and PUE are added by the engine.
import type { InputProblem } from '../errors.js';
import { ByteCells, ByteStrings, isBlank } from './byte-cells.js';
import type { LineShape } from './byte-lines.js';
import { parseDecimal, TimestampReader } from './byte-numbers.js';
import { readHeaderName } from './csv.js';
import { splitCsvLine } from '../util/csv.js';
import { defined } from './fields.js';
import type { LogParser, ParserOptions } from './parser.js';
import { DEFAULT_MAX_GAP_INTERVALS, type DeviceState, PowerIntegrator } from './power-integrator.js';
import type { PowerRowShape, PowerSamples } from './scan-kernel.js';
import { logWarning, RejectedRows } from './problems.js';
import { parseTimestampMs } from './timestamps.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds, kwhFromJoules } from '../util/units.js';

const utf8 = new TextEncoder();
const POWER_COLUMNS = ['power.draw', 'power.draw.average', 'power.draw.instant'];
const DEVICE_COLUMNS = ['index', 'gpu', 'gpu_index', 'pci.bus_id', 'uuid', 'gpu_uuid'];
const TIME_COLUMNS = ['timestamp', 'time', 'datetime'];
const KNOWN_FIELDS =
  /^(timestamp|index|name|uuid|pci\.bus_id|pstate|gpu|driver_version|(power|utilization|memory|temperature|clocks|fan|enforced)[._].*)$/;
const MISSING = /^(\[.*\]|n\/a|-|null|none|)$/i;
const VALUE_WITH_UNIT = /^(-?\d+(?:\.\d+)?)\s*([a-z%]*)$/i;

interface Layout {
  cells: number;
  timeColumn?: number;
  powerColumn?: number;
  /** Unit the power values carry: "W" or "mW". */
  powerUnit: string;
  deviceColumns: number[];
  nameColumn?: number;
  /** Whitespace-separated dmon rows instead of CSV. */
  dmon: boolean;
  dmonDateColumn?: number;
}

export class NvidiaSmiParser implements LogParser {
  private layout?: Layout;
  private headerText?: string;
  private repeatedHeaders = 0;
  private preamble = 0;
  private powerMissing = 0;
  private acceleratorName?: string;
  private readonly integrator: PowerIntegrator;
  private readonly rejected: RejectedRows;
  private readonly warnings: InputProblem[] = [];
  private noPowerWarned = false;
  private tickPosition = 0;
  private readonly untimedSampleIndex = new Map<string, number>();
  private readonly commaCells = new CommaCells();
  private lastStampText?: string;
  private lastStampMs?: number;
  private readonly byteCells = new ByteCells();
  private readonly byteStrings = new ByteStrings();
  private readonly timestamps = new TimestampReader();
  private tickStamp = new Uint8Array(64);
  private tickStampLength = -1;
  private rowShape?: PowerRowShape & { layout: Layout };
  /** Integrator states by the kernel's GPU id (names[id] keys them in the integrator). */
  private readonly kernelStates: (DeviceState | undefined)[] = [];

  constructor(
    private readonly file: string,
    private readonly options: ParserOptions = {},
  ) {
    this.integrator = new PowerIntegrator(file, options.maxGapIntervals ?? DEFAULT_MAX_GAP_INTERVALS);
    this.rejected = new RejectedRows(file, 'sample ignored');
  }

  line(text: string, lineNumber: number, unterminated: boolean): void {
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      this.dmonHeader(trimmed, lineNumber);
      return;
    }
    if (this.layout?.dmon) {
      this.row(arrayCells(trimmed.split(/\s+/)), lineNumber, unterminated);
      return;
    }
    if (trimmed === this.headerText) {
      this.repeatedHeaders++;
      return;
    }
    // Data rows of multi-gigabyte logs take the fast path: only the cells used are cut out of the line.
    if (this.layout && startsWithDigit(trimmed) && !trimmed.includes('"')) {
      this.row(this.commaCells.reset(trimmed), lineNumber, unterminated);
      return;
    }
    const cells = splitCsvLine(trimmed);
    if (!startsWithDigit(trimmed) && isHeader(cells)) {
      this.csvHeader(cells, trimmed, lineNumber);
      return;
    }
    if (!this.layout) {
      if (!this.inferHeaderless(cells, lineNumber)) {
        this.preamble++;
        return;
      }
    }
    this.row(arrayCells(cells), lineNumber, unterminated);
  }

  /**
   * The fast path for data rows of CSV logs, read from bytes with the same rules as `line` and `row`. Returns false
   * for any line it does not take (headers, dmon, quotes, odd bytes), which the caller then decodes for `line`.
   */
  lineBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    unterminated: boolean,
    shape: LineShape,
  ): boolean {
    const layout = this.layout;
    if (!layout || layout.dmon) return false;
    let first = start;
    while (first < end && isBlank(bytes[first]!)) first++;
    if (first === end) return true;
    if (bytes[first]! < 48 || bytes[first]! > 57 || shape.marks !== 0) return false;
    const cells = this.byteCells;
    if (!cells.split(bytes, first, end, shape) || cells.suspect) return false;
    if (unterminated) {
      this.rejected.add(lineNumber, 'the last line has no line end (cut while being written)');
      return true;
    }
    if (cells.count !== layout.cells) {
      this.rejected.add(lineNumber, `${cells.count} fields where the header has ${layout.cells}`);
      return true;
    }
    if (this.acceleratorName === undefined && layout.nameColumn !== undefined && !cells.isEmpty(layout.nameColumn))
      this.acceleratorName = cells.text(layout.nameColumn);
    if (layout.powerColumn === undefined) return true;
    let timeMs: number | undefined;
    if (layout.timeColumn !== undefined) {
      const column = layout.timeColumn;
      timeMs = this.timestamps.read(bytes, cells.starts[column]!, cells.ends[column]!);
      if (Number.isNaN(timeMs)) {
        const stamp = cells.text(column);
        timeMs = parseTimestampMs(stamp);
        if (timeMs === undefined) {
          this.rejected.add(lineNumber, `"${stamp.slice(0, 40)}" is not a timestamp`);
          return true;
        }
      }
    }
    const watts = this.wattsOf(cells, layout);
    if (watts === 'missing') {
      this.powerMissing++;
      return true;
    }
    if (watts === undefined || watts < 0) {
      this.rejected.add(lineNumber, `power "${cells.text(layout.powerColumn).slice(0, 20)}" is not a number of watts`);
      return true;
    }
    const device = this.deviceKeyOfBytes(cells, layout);
    if (timeMs === undefined && this.options.intervalSeconds)
      timeMs = this.untimedMs(device, this.options.intervalSeconds);
    this.integrator.sample(device, timeMs, watts, lineNumber);
    return true;
  }

  /**
   * The rows the scan kernel may read itself: CSV rows with a timestamp, a power column and one GPU id column, once
   * the GPU name (when there is a name column) is known. It reads them as lineBytes does and hands back the rest.
   */
  kernelRowShape(): PowerRowShape | undefined {
    const layout = this.layout;
    if (
      !layout ||
      layout.dmon ||
      layout.timeColumn === undefined ||
      layout.powerColumn === undefined ||
      layout.deviceColumns.length !== 1 ||
      (this.acceleratorName === undefined && layout.nameColumn !== undefined)
    )
      return undefined;
    if (this.rowShape?.layout !== layout)
      this.rowShape = {
        kind: 'power',
        layout,
        cells: layout.cells,
        timeColumn: layout.timeColumn,
        powerColumn: layout.powerColumn,
        milliwatts: layout.powerUnit.toLowerCase() === 'mw',
        deviceColumn: layout.deviceColumns[0]!,
      };
    return this.rowShape;
  }

  powerSamples(samples: PowerSamples): void {
    const { deviceNames, deviceIds, timesMs, watts, lineNumbers } = samples;
    const states = this.kernelStates;
    const integrator = this.integrator;
    for (let index = 0; index < samples.count; index++) {
      const id = deviceIds[index]!;
      // Looked up at the GPU's first sample, as `sample` does: the integrator sums GPUs in that order.
      let state = states[id];
      if (state === undefined) {
        state = integrator.stateOf(deviceNames[id]!);
        states[id] = state;
      }
      integrator.sampleDevice(state, deviceNames[id]!, timesMs[index]!, watts[index]!, lineNumbers[index]!);
    }
  }

  /** readWatts from bytes: "74.01 W", or a bare number in the header's unit; anything else goes to readWatts. */
  private wattsOf(cells: ByteCells, layout: Layout): number | undefined | 'missing' {
    const bytes = cells.bytes;
    const start = cells.starts[layout.powerColumn!]!;
    const end = cells.ends[layout.powerColumn!]!;
    if (end - start > 2 && bytes[end - 1] === 87 && bytes[end - 2] === 32) {
      const value = parseDecimal(bytes, start, end - 2);
      if (!Number.isNaN(value)) return value;
    } else {
      const value = parseDecimal(bytes, start, end);
      if (!Number.isNaN(value)) return layout.powerUnit.toLowerCase() === 'mw' ? value / 1000 : value;
    }
    return readWatts(cells.text(layout.powerColumn!), layout.powerUnit);
  }

  private deviceKeyOfBytes(cells: ByteCells, layout: Layout): string {
    const bytes = cells.bytes;
    const columns = layout.deviceColumns;
    if (columns.length === 1) return this.byteStrings.get(bytes, cells.starts[columns[0]!]!, cells.ends[columns[0]!]!);
    if (columns.length > 0) return columns.map((column) => cells.text(column)).join('/');
    if (layout.timeColumn === undefined) return '0';
    return this.tickKey(bytes, cells.starts[layout.timeColumn]!, cells.ends[layout.timeColumn]!);
  }

  /** Position of this line within the lines that share its timestamp (both paths compare the stamp's bytes). */
  private tickKey(bytes: Uint8Array, start: number, end: number): string {
    const length = end - start;
    let same = length === this.tickStampLength;
    for (let index = 0; same && index < length; index++) same = this.tickStamp[index] === bytes[start + index];
    if (same) this.tickPosition++;
    else {
      if (length > this.tickStamp.length) this.tickStamp = new Uint8Array(length);
      this.tickStamp.set(bytes.subarray(start, end));
      this.tickStampLength = length;
      this.tickPosition = 0;
    }
    return String(this.tickPosition);
  }

  private untimedMs(device: string, intervalSeconds: number): number {
    const index = this.untimedSampleIndex.get(device) ?? 0;
    this.untimedSampleIndex.set(device, index + 1);
    return index * intervalSeconds * 1000;
  }

  private csvHeader(cells: string[], text: string, lineNumber: number): void {
    const names = cells.map((cell) => readHeaderName(cell));
    const powerColumn =
      findColumn(
        names.map((n) => n.name),
        POWER_COLUMNS,
      ) ?? names.findIndex((n) => /^power[._ ]?draw/.test(n.name));
    const unit =
      powerColumn >= 0 ? (names[powerColumn]!.unit ?? (/_mw$/.test(names[powerColumn]!.name) ? 'mW' : 'W')) : 'W';
    this.headerText = text;
    this.layout = {
      cells: cells.length,
      ...defined(
        'timeColumn',
        findColumn(
          names.map((n) => n.name),
          TIME_COLUMNS,
        ),
      ),
      ...(powerColumn >= 0 ? { powerColumn } : {}),
      powerUnit: unit,
      deviceColumns: DEVICE_COLUMNS.map((name) => names.findIndex((n) => n.name === name)).filter((i) => i >= 0),
      ...defined(
        'nameColumn',
        findColumn(
          names.map((n) => n.name),
          ['name', 'gpu_name'],
        ),
      ),
      dmon: false,
    };
    this.warnNoPower(lineNumber);
  }

  private dmonHeader(text: string, lineNumber: number): void {
    const names = text
      .replace(/^#\s*/, '')
      .split(/\s+/)
      .map((name) => name.toLowerCase());
    if (names[0] !== 'gpu' && !(names[0] === 'date' || names[0] === 'time')) return; // the units line "# Idx W C ..."
    const pwr = names.indexOf('pwr');
    this.headerText = undefined;
    this.layout = {
      cells: names.length,
      ...(names.includes('time') ? { timeColumn: names.indexOf('time') } : {}),
      ...(names.includes('date') ? { dmonDateColumn: names.indexOf('date') } : {}),
      ...(pwr >= 0 ? { powerColumn: pwr } : {}),
      powerUnit: 'W',
      deviceColumns: names.includes('gpu') ? [names.indexOf('gpu')] : [],
      dmon: true,
    };
    this.warnNoPower(lineNumber);
  }

  private warnNoPower(lineNumber: number): void {
    if (this.layout?.powerColumn !== undefined || this.noPowerWarned) return;
    this.noPowerWarned = true;
    this.warnings.push(
      logWarning(
        this.file,
        lineNumber,
        'this nvidia-smi log has no power column, so it holds no energy',
        'log with nvidia-smi --query-gpu=timestamp,index,power.draw --format=csv -l 1',
      ),
    );
  }

  /** A `noheader` file: the timestamp is the cell that reads as one, power the cell in W. */
  private inferHeaderless(cells: string[], lineNumber: number): boolean {
    const timeColumn = cells.findIndex((cell) => parseTimestampMs(cell) !== undefined);
    const powerColumn = cells.findIndex((cell) => /^\d+(\.\d+)?\s*W$/.test(cell));
    if (timeColumn < 0 && powerColumn < 0) return false;
    this.layout = {
      cells: cells.length,
      ...(timeColumn >= 0 ? { timeColumn } : {}),
      ...(powerColumn >= 0 ? { powerColumn } : {}),
      powerUnit: 'W',
      deviceColumns: [],
      dmon: false,
    };
    const found = [
      timeColumn >= 0 ? `column ${timeColumn + 1} as the timestamp` : '',
      powerColumn >= 0 ? `column ${powerColumn + 1} (values in W) as power.draw` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    this.warnings.push(
      logWarning(
        this.file,
        lineNumber,
        `no header line: took ${found}`,
        'write the log with a header (drop ",noheader") so columns are known by name',
      ),
    );
    this.warnNoPower(lineNumber);
    return true;
  }

  private row(cells: Cells, lineNumber: number, unterminated: boolean): void {
    const layout = this.layout!;
    if (unterminated) {
      this.rejected.add(lineNumber, 'the last line has no line end (cut while being written)');
      return;
    }
    if (cells.count !== layout.cells) {
      this.rejected.add(lineNumber, `${cells.count} fields where the header has ${layout.cells}`);
      return;
    }
    if (this.acceleratorName === undefined && layout.nameColumn !== undefined)
      this.acceleratorName = cells.get(layout.nameColumn) || undefined;
    if (layout.powerColumn === undefined) return;
    let timeMs: number | undefined;
    if (layout.timeColumn !== undefined) {
      const stamp =
        layout.dmonDateColumn !== undefined
          ? `${dmonDate(cells.get(layout.dmonDateColumn))} ${cells.get(layout.timeColumn)}`
          : cells.get(layout.timeColumn);
      timeMs = stamp === this.lastStampText ? this.lastStampMs : parseTimestampMs(stamp);
      this.lastStampText = stamp;
      this.lastStampMs = timeMs;
      if (timeMs === undefined) {
        this.rejected.add(lineNumber, `"${stamp.slice(0, 40)}" is not a timestamp`);
        return;
      }
    }
    const powerCell = cells.get(layout.powerColumn);
    const watts = readWatts(powerCell, layout.powerUnit);
    if (watts === 'missing') {
      this.powerMissing++;
      return;
    }
    if (watts === undefined || watts < 0) {
      this.rejected.add(lineNumber, `power "${powerCell.slice(0, 20)}" is not a number of watts`);
      return;
    }
    const device = this.deviceKey(cells, layout);
    if (timeMs === undefined && this.options.intervalSeconds)
      timeMs = this.untimedMs(device, this.options.intervalSeconds);
    else if (timeMs === undefined && layout.dmon) {
      const index = this.untimedSampleIndex.get(device) ?? 0;
      this.untimedSampleIndex.set(device, index + 1);
      timeMs = index * 1000; // dmon samples every second unless -d says otherwise
    }
    this.integrator.sample(device, timeMs, watts, lineNumber);
  }

  /**
   * GPUs are told apart by their id columns; without any, lines that share a timestamp are taken as one tick
   * with one line per GPU in a fixed order.
   */
  private deviceKey(cells: Cells, layout: Layout): string {
    if (layout.deviceColumns.length === 1) return cells.get(layout.deviceColumns[0]!);
    if (layout.deviceColumns.length > 0) return layout.deviceColumns.map((column) => cells.get(column)).join('/');
    if (layout.timeColumn === undefined) return '0';
    const stamp = utf8.encode(cells.get(layout.timeColumn));
    return this.tickKey(stamp, 0, stamp.length);
  }

  finish(): Measurement {
    const power = this.integrator.result();
    const layout = this.layout;
    const warnings = [...this.warnings, ...this.rejected.problems(), ...power.warnings];
    if (this.powerMissing > 0)
      warnings.push(
        logWarning(
          this.file,
          undefined,
          `${this.powerMissing} samples had no power value ([N/A], [Not Supported]); they were skipped`,
        ),
      );
    const base: Measurement = {
      file: this.file,
      format: 'nvidia-smi',
      warnings,
      ...defined('acceleratorName', this.acceleratorName),
      ...defined('gpuModel', this.acceleratorName),
      ...(layout && layout.deviceColumns.length > 0 && power.deviceCount > 0 ? { gpuCount: power.deviceCount } : {}),
    };
    if (!layout) {
      warnings.push(logWarning(this.file, undefined, 'no nvidia-smi header or samples found: nothing measured'));
      return base;
    }
    if (power.samples === 0) {
      if (layout.powerColumn !== undefined)
        warnings.push(logWarning(this.file, undefined, 'no usable power samples: nothing measured'));
      return base;
    }
    if (layout.deviceColumns.length === 0 && power.deviceCount > 1) {
      warnings.push(
        logWarning(
          this.file,
          undefined,
          `no index column: lines sharing a timestamp were taken as ${power.deviceCount} GPUs in a fixed order`,
          'add index to --query-gpu',
        ),
      );
    }
    const timed = layout.timeColumn !== undefined || this.options.intervalSeconds !== undefined || layout.dmon;
    if (!timed) {
      warnings.push(
        logWarning(
          this.file,
          undefined,
          `no timestamps: mean draw ${power.meanSampleWatts!.toFixed(1)} W is known, energy is not`,
          'add timestamp to --query-gpu, or give the sampling interval',
        ),
      );
      return { ...base, averagePowerWatts: power.meanSampleWatts!, acceleratorCount: power.deviceCount };
    }
    if (layout.dmon && layout.timeColumn === undefined && this.options.intervalSeconds === undefined) {
      warnings.push(
        logWarning(
          this.file,
          undefined,
          'dmon log without time columns: samples taken as 1 s apart (the dmon default)',
          'run dmon with -o DT',
        ),
      );
    }
    const measurement: Measurement = {
      ...base,
      energyKwh: kwhFromJoules(power.energyJoules),
      energyScope: 'accelerator',
      pueIncluded: false,
      durationHours: hoursFromSeconds(power.longestDeviceSeconds),
      acceleratorCount: power.deviceCount,
      ...(power.deviceSeconds > 0
        ? { averagePowerWatts: power.energyJoules / power.deviceSeconds }
        : { averagePowerWatts: power.meanSampleWatts! }),
    };
    return measurement;
  }
}

/** Trimmed cells of one row by position. */
interface Cells {
  readonly count: number;
  get(index: number): string;
}

function arrayCells(cells: string[]): Cells {
  return { count: cells.length, get: (index) => (cells[index] ?? '').trim() };
}

/** Finds the commas of an unquoted line once and cuts out only the cells asked for; reused for every line. */
class CommaCells implements Cells {
  private text = '';
  private readonly starts: number[] = [];
  count = 0;

  reset(text: string): this {
    this.text = text;
    this.starts.length = 0;
    this.starts.push(0);
    for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) this.starts.push(comma + 1);
    this.count = this.starts.length;
    return this;
  }

  get(index: number): string {
    const start = this.starts[index];
    if (start === undefined) return '';
    const next = this.starts[index + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).trim();
  }
}

function isHeader(cells: string[]): boolean {
  const names = cells.map((cell) => readHeaderName(cell).name);
  return (
    names.every((name) => !/^[-+]?\d/.test(name)) &&
    names.some((name) => KNOWN_FIELDS.test(name) || /^power/.test(name))
  );
}

/** Watts from "74.01 W", "74.01" (nounits), "74010 mW"; 'missing' for [N/A] and friends. */
function readWatts(cell: string, headerUnit: string): number | undefined | 'missing' {
  if (cell.endsWith(' W')) return numberOrUndefined(cell.slice(0, -2));
  const bare = numberOrUndefined(cell);
  if (bare !== undefined) return headerUnit.toLowerCase() === 'mw' ? bare / 1000 : bare;
  if (MISSING.test(cell)) return 'missing';
  const match = VALUE_WITH_UNIT.exec(cell);
  if (!match || !/^m?w$/i.test(match[2]!)) return undefined;
  return Number(match[1]) / (match[2]!.toLowerCase() === 'mw' ? 1000 : 1);
}

function numberOrUndefined(text: string): number | undefined {
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function findColumn(names: string[], wanted: readonly string[]): number | undefined {
  for (const name of wanted) {
    const position = names.indexOf(name);
    if (position >= 0) return position;
  }
  return undefined;
}

/** dmon -o D prints 20240131. */
function dmonDate(cell: string): string {
  return /^\d{8}$/.test(cell) ? `${cell.slice(0, 4)}-${cell.slice(4, 6)}-${cell.slice(6, 8)}` : cell;
}
