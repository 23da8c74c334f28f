// CodeCarbon emissions.csv, every column set from 1.x to 3.x.
//
// Row-to-run mapping: every row holds the cumulative totals of one tracker since its start(). Rows are grouped by
// run_id (1.x files have none: there experiment_id, which 1.x drew afresh for each row); of each group the row with
// the longest duration is kept (equal to the last row in an append-mode file, and right even when merged files
// reorder rows); the kept rows are summed. Energy already includes CodeCarbon's PUE, so it is facility energy.
import type { InputProblem } from '../errors.js';
import type { LineShape } from './byte-lines.js';
import { ByteCells, ByteStrings, isBlank } from './byte-cells.js';
import { decodeRange } from './byte-lines.js';
import { longDecimalText, parseDecimal } from './byte-numbers.js';
import { columnIndex, parseNumberCell, readHeaderName } from './csv.js';
import { splitCsvLine } from '../util/csv.js';
import type { LogParser } from './parser.js';
import { defined, nonEmpty, sum } from './fields.js';
import { logWarning, RejectedRows } from './problems.js';
import type { StagedTexts, TotalsRow, TotalsRowShape } from './scan-kernel.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds, intensityGPerKwhOf } from '../util/units.js';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const RUN_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENERGY_PARTS = ['cpu_energy', 'gpu_energy', 'ram_energy'] as const;
/**
 * Distinct runs kept per file. A file with a new run id on every row (CodeCarbon 1.x, or a damaged file) would
 * otherwise hold one entry per row; past this, rows of new runs are left out and reported.
 */
export const MAX_RUNS = 100_000;

/** Column positions the byte reader needs, -1 when absent. */
interface Positions {
  timestamp: number;
  runKey: number;
  duration: number;
  energy: number;
  parts: number[];
  emissions: number;
  gpuEnergy: number;
  gpuCount: number;
  gpuModel: number;
  pue: number;
  countryIsoCode: number;
  region: number;
  cloudProvider: number;
  cloudRegion: number;
}

/**
 * A number, or the text of a plain, finite, non-negative decimal that Number() turns into one when the file is
 * done: long decimals are costly to convert and most rows are superseded by a later row of their run.
 */
type LaterNumber = number | string;

interface RunRow {
  durationSeconds: number;
  energyKwh: LaterNumber;
  co2eKg: LaterNumber | undefined;
  gpuEnergyKwh: LaterNumber | undefined;
  gpuCount: number | undefined;
  pue: number | undefined;
  /** Only kept for the newest run: the last run of the file is the one whose metadata is reported. */
  meta?: RunMeta;
  /**
   * Rows the scan kernel checked keep energy_consumed, emissions and gpu_energy as bytes until the file is done
   * (most rows are superseded by a later row of their run); energyKwh, co2eKg and gpuEnergyKwh are read from them.
   */
  pending?: PendingTexts | StagedRun;
}

/** The kernel's index of a run whose kept row's cells are staged in the kernel (until kernelDone). */
type StagedRun = number;

/** The bytes of three cells, one after the other. */
interface PendingTexts {
  bytes: Uint8Array;
  energyEnd: number;
  co2eEnd: number;
  gpuEnergyEnd: number;
}

interface RunMeta {
  gpuModel: string | undefined;
  countryIsoCode: string | undefined;
  region: string | undefined;
  cloudProvider: string | undefined;
  cloudRegion: string | undefined;
}

export class CodeCarbonParser implements LogParser {
  private header?: string[];
  private columns = new Map<string, number>();
  private runKeyColumn?: string;
  private readonly runs = new Map<string, RunRow>();
  private readonly rejected: RejectedRows;
  private readonly warnings: InputProblem[] = [];
  private headerWarned = false;
  /** Task-mode files (`task_name`, 2.3+) hold one row per finished task, not cumulative totals. */
  private taskMode = false;
  private positions?: Positions;
  private readonly byteCells = new ByteCells();
  /** The cells numberAt, laterNumberAt and textAt read: the byte reader's, or the scan kernel's. */
  private cells = this.byteCells;
  private totalsShape?: TotalsRowShape & { positions: Positions };
  private stagedTexts?: StagedTexts;
  private readonly byteStrings = new ByteStrings();
  private readonly runIds = new ByteStrings(MAX_RUNS);
  private newestRun?: string;
  private droppedRuns = 0;

  constructor(private readonly file: string) {
    this.rejected = new RejectedRows(file, 'row ignored');
  }

  line(text: string, lineNumber: number, unterminated: boolean): void {
    if (text.trim() === '') return;
    const cells = splitCsvLine(text);
    if (this.isHeader(cells)) {
      this.useHeader(cells, lineNumber);
      return;
    }
    if (!this.header) {
      this.rejected.add(lineNumber, 'no header line before it', 'the first line of emissions.csv names the columns');
      return;
    }
    this.readRow(cells, lineNumber, unterminated);
  }

  private isHeader(cells: string[]): boolean {
    const names = cells.map((cell) => readHeaderName(cell).name);
    return names.includes('timestamp') && names.includes('duration');
  }

  private useHeader(cells: string[], lineNumber: number): void {
    const names = cells.map((cell) => readHeaderName(cell).name);
    this.header = names;
    this.columns = columnIndex(names);
    this.runKeyColumn = this.columns.has('run_id')
      ? 'run_id'
      : this.columns.has('experiment_id')
        ? 'experiment_id'
        : undefined;
    const missing = ['duration', 'emissions'].filter((name) => !this.columns.has(name));
    if (!this.columns.has('energy_consumed') && !ENERGY_PARTS.every((name) => this.columns.has(name)))
      missing.push('energy_consumed');
    this.taskMode = this.columns.has('task_name');
    const at = (name: string) => this.columns.get(name) ?? -1;
    this.positions = {
      timestamp: at('timestamp'),
      runKey: this.runKeyColumn ? at(this.runKeyColumn) : -1,
      duration: at('duration'),
      energy: at('energy_consumed'),
      parts: ENERGY_PARTS.map(at),
      emissions: at('emissions'),
      gpuEnergy: at('gpu_energy'),
      gpuCount: at('gpu_count'),
      gpuModel: at('gpu_model'),
      pue: at('pue'),
      countryIsoCode: at('country_iso_code'),
      region: at('region'),
      cloudProvider: at('cloud_provider'),
      cloudRegion: at('cloud_region'),
    };
    if (!this.runKeyColumn && !this.taskMode) missing.push('run_id');
    if (missing.length > 0 && !this.headerWarned) {
      this.headerWarned = true;
      this.warnings.push(
        logWarning(
          this.file,
          lineNumber,
          `CodeCarbon header lacks ${missing.join(', ')}`,
          'expected the columns CodeCarbon writes: timestamp, run_id, duration, emissions, energy_consumed, ...',
        ),
      );
    }
  }

  private cell(cells: string[], name: string): string | undefined {
    const position = this.columns.get(name);
    return position === undefined ? undefined : cells[position];
  }

  private readRow(cells: string[], lineNumber: number, unterminated: boolean): void {
    const header = this.header!;
    const cut = unterminated ? ' (the last line has no line end: the file was probably cut while being written)' : '';
    if (cells.length !== header.length && !(cells.length === header.length + 1 && cells.at(-1) === '')) {
      this.rejected.add(
        lineNumber,
        `${cells.length} fields where the header has ${header.length}${cut}`,
        'a row with missing fields is corrupt (values shift left); it is not padded',
      );
      return;
    }
    const timestamp = this.cell(cells, 'timestamp') ?? '';
    if (!TIMESTAMP.test(timestamp)) {
      this.rejected.add(
        lineNumber,
        `timestamp "${timestamp.slice(0, 30)}" is not YYYY-MM-DDTHH:MM:SS${cut}`,
        'rows garbled by two writers are dropped',
      );
      return;
    }
    const runKey =
      this.runKeyColumn && !this.taskMode
        ? (this.cell(cells, this.runKeyColumn) ?? '')
        : `${this.cell(cells, 'task_name') ?? 'row'}@${lineNumber}`;
    if (this.runKeyColumn && !this.taskMode && !RUN_KEY.test(runKey)) {
      this.rejected.add(lineNumber, `${this.runKeyColumn} "${runKey.slice(0, 40)}" is not a UUID${cut}`);
      return;
    }
    const durationSeconds = parseNumberCell(this.cell(cells, 'duration'));
    const energyKwh =
      parseNumberCell(this.cell(cells, 'energy_consumed')) ??
      sumParts(ENERGY_PARTS.map((name) => parseNumberCell(this.cell(cells, name))));
    const co2eKg = parseNumberCell(this.cell(cells, 'emissions'));
    if (
      durationSeconds === undefined ||
      durationSeconds < 0 ||
      energyKwh === undefined ||
      energyKwh < 0 ||
      (co2eKg !== undefined && co2eKg < 0)
    ) {
      this.rejected.add(lineNumber, `duration, energy_consumed or emissions is missing or negative${cut}`);
      return;
    }
    const row: RunRow = {
      durationSeconds,
      energyKwh,
      co2eKg,
      gpuEnergyKwh: parseNumberCell(this.cell(cells, 'gpu_energy')),
      gpuCount: parseNumberCell(this.cell(cells, 'gpu_count')),
      pue: parseNumberCell(this.cell(cells, 'pue')),
    };
    this.keep(runKey, row, () => ({
      gpuModel: nonEmpty(this.cell(cells, 'gpu_model')),
      countryIsoCode: nonEmpty(this.cell(cells, 'country_iso_code')),
      region: nonEmpty(this.cell(cells, 'region')),
      cloudProvider: nonEmpty(this.cell(cells, 'cloud_provider')),
      cloudRegion: nonEmpty(this.cell(cells, 'cloud_region')),
    }));
  }

  /** Keeps the row when it is its run's longest so far; reads the metadata only for the newest run. */
  private keep(key: string, row: RunRow, meta: () => RunMeta): void {
    const previous = this.runs.get(key);
    if (previous && row.durationSeconds < previous.durationSeconds) return;
    if (!previous) {
      if (this.runs.size >= MAX_RUNS) {
        this.droppedRuns++;
        return;
      }
      this.newestRun = key;
    }
    if (key === this.newestRun) row.meta = meta();
    this.runs.set(key, row);
  }

  /**
   * The fast path for data rows, read from bytes with the same rules as `line` and `readRow`. Returns false for any
   * line it does not take (headers, task mode, quotes, odd bytes), which the caller then decodes for `line`.
   */
  lineBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    unterminated: boolean,
    shape: LineShape,
  ): boolean {
    const at = this.positions;
    if (!at || this.taskMode || at.runKey < 0) return false;
    let first = start;
    while (first < end && isBlank(bytes[first]!)) first++;
    if (first === end) return true;
    if (shape.marks !== 0) return false;
    const cells = this.byteCells;
    if (!cells.split(bytes, first, end, shape) || cells.suspect) return false;
    this.cells = cells;
    const columns = this.header!.length;
    const cut = unterminated ? ' (the last line has no line end: the file was probably cut while being written)' : '';
    if (cells.count !== columns && !(cells.count === columns + 1 && cells.isEmpty(columns))) {
      this.rejected.add(
        lineNumber,
        `${cells.count} fields where the header has ${columns}${cut}`,
        'a row with missing fields is corrupt (values shift left); it is not padded',
      );
      return true;
    }
    if (!isCodeCarbonTimestamp(bytes, cells.starts[at.timestamp]!, cells.ends[at.timestamp]!)) {
      const timestamp = cells.text(at.timestamp);
      this.rejected.add(
        lineNumber,
        `timestamp "${timestamp.slice(0, 30)}" is not YYYY-MM-DDTHH:MM:SS${cut}`,
        'rows garbled by two writers are dropped',
      );
      return true;
    }
    const keyStart = cells.starts[at.runKey]!;
    const keyEnd = cells.ends[at.runKey]!;
    // Only valid ids are kept in runIds, so an id seen before needs no check.
    let key = this.runIds.find(bytes, keyStart, keyEnd);
    if (key === undefined && !isUuid(bytes, keyStart, keyEnd)) {
      this.rejected.add(lineNumber, `${this.runKeyColumn} "${cells.text(at.runKey).slice(0, 40)}" is not a UUID${cut}`);
      return true;
    }
    const durationSeconds = this.numberAt(at.duration);
    let energyKwh: LaterNumber | undefined = this.laterNumberAt(at.energy);
    if (energyKwh === undefined) {
      const parts = at.parts.map((position) => this.numberAt(position));
      energyKwh = sumParts(parts);
    }
    const co2eKg = this.laterNumberAt(at.emissions);
    if (
      durationSeconds === undefined ||
      durationSeconds < 0 ||
      energyKwh === undefined ||
      (typeof energyKwh === 'number' && energyKwh < 0) ||
      (typeof co2eKg === 'number' && co2eKg < 0)
    ) {
      this.rejected.add(lineNumber, `duration, energy_consumed or emissions is missing or negative${cut}`);
      return true;
    }
    key ??= this.runIds.get(bytes, keyStart, keyEnd);
    const previous = this.runs.get(key);
    if (previous && durationSeconds < previous.durationSeconds) return true;
    const row: RunRow = {
      durationSeconds,
      energyKwh,
      co2eKg,
      gpuEnergyKwh: this.laterNumberAt(at.gpuEnergy),
      gpuCount: this.numberAt(at.gpuCount),
      pue: this.numberAt(at.pue),
    };
    this.keep(key, row, () => ({
      gpuModel: this.textAt(at.gpuModel),
      countryIsoCode: this.textAt(at.countryIsoCode),
      region: this.textAt(at.region),
      cloudProvider: this.textAt(at.cloudProvider),
      cloudRegion: this.textAt(at.cloudRegion),
    }));
    return true;
  }

  /**
   * The rows the scan kernel may check itself: run id, timestamp, duration, energy_consumed and emissions present,
   * not task mode. It hands over only rows lineBytes would accept (plain non-negative numbers, a UUID).
   */
  kernelRowShape(): TotalsRowShape | undefined {
    const at = this.positions;
    if (!at || this.taskMode || at.runKey < 0 || at.timestamp < 0 || at.duration < 0) return undefined;
    if (at.energy < 0 || at.emissions < 0) return undefined;
    if (this.totalsShape?.positions !== at)
      this.totalsShape = {
        kind: 'totals',
        positions: at,
        cells: this.header!.length,
        timestampColumn: at.timestamp,
        keyColumn: at.runKey,
        durationColumn: at.duration,
        energyColumn: at.energy,
        emissionsColumn: at.emissions,
        gpuEnergyColumn: at.gpuEnergy,
        gpuCountColumn: at.gpuCount,
        pueColumn: at.pue,
      };
    return this.totalsShape;
  }

  /**
   * A row the kernel checked (as lineBytes would have): kept when it is its run's longest so far. The energy and
   * emissions are read only then. `durationSeconds` is NaN when the kernel could not read it exactly.
   */
  totalsRow(kernelRow: TotalsRow): void {
    const cells = kernelRow.cells;
    this.cells = cells;
    this.stagedTexts = kernelRow.texts;
    const at = this.positions!;
    const duration = Number.isNaN(kernelRow.durationSeconds) ? this.numberAt(at.duration)! : kernelRow.durationSeconds;
    const runKey = kernelRow.key ?? this.runIds.get(cells.bytes, cells.starts[at.runKey]!, cells.ends[at.runKey]!);
    const previous = this.runs.get(runKey);
    if (previous && duration < previous.durationSeconds) return;
    const gpuCount = Number.isNaN(kernelRow.gpuCount) ? this.numberAt(at.gpuCount) : kernelRow.gpuCount;
    const pue = Number.isNaN(kernelRow.pue) ? this.numberAt(at.pue) : kernelRow.pue;
    const staged = kernelRow.stagedRun;
    if (previous?.pending !== undefined) {
      // The run's row came from here too: it is replaced in place (keep would put a new row in the same place).
      previous.durationSeconds = duration;
      previous.gpuCount = gpuCount;
      previous.pue = pue;
      previous.pending = this.pendingOf(staged, previous.pending, at);
      previous.meta = runKey === this.newestRun ? this.metaAt(at) : undefined;
      return;
    }
    const row: RunRow = {
      durationSeconds: duration,
      energyKwh: 0,
      co2eKg: undefined,
      gpuEnergyKwh: undefined,
      gpuCount,
      pue,
    };
    this.keep(runKey, row, () => this.metaAt(at));
    if (this.runs.get(runKey) === row) row.pending = this.pendingOf(staged, undefined, at);
  }

  /** Where the kept row's energy, emissions and gpu_energy are: staged in the kernel (now kept there) or copied. */
  private pendingOf(staged: number, reuse: RunRow['pending'], at: Positions): PendingTexts | StagedRun {
    if (staged >= 0) {
      this.stagedTexts!.keep(staged);
      return staged;
    }
    return this.pendingTexts(typeof reuse === 'number' ? undefined : reuse, at);
  }

  kernelDone(): void {
    for (const row of this.runs.values())
      if (typeof row.pending === 'number') row.pending = this.stagedTexts!.read(row.pending);
  }

  private metaAt(at: Positions): RunMeta {
    return {
      gpuModel: this.textAt(at.gpuModel),
      countryIsoCode: this.textAt(at.countryIsoCode),
      region: this.textAt(at.region),
      cloudProvider: this.textAt(at.cloudProvider),
      cloudRegion: this.textAt(at.cloudRegion),
    };
  }

  private pendingTexts(reuse: PendingTexts | undefined, at: Positions): PendingTexts {
    const cells = this.cells;
    const energyLength = cells.ends[at.energy]! - cells.starts[at.energy]!;
    const co2eLength = cells.ends[at.emissions]! - cells.starts[at.emissions]!;
    const gpuEnergyLength = at.gpuEnergy < 0 ? 0 : cells.ends[at.gpuEnergy]! - cells.starts[at.gpuEnergy]!;
    const needed = energyLength + co2eLength + gpuEnergyLength;
    const pending =
      reuse && reuse.bytes.length >= needed
        ? reuse
        : { bytes: new Uint8Array(Math.max(64, needed)), energyEnd: 0, co2eEnd: 0, gpuEnergyEnd: 0 };
    pending.energyEnd = copyCell(cells, at.energy, pending.bytes, 0);
    pending.co2eEnd = copyCell(cells, at.emissions, pending.bytes, pending.energyEnd);
    pending.gpuEnergyEnd =
      at.gpuEnergy < 0 ? pending.co2eEnd : copyCell(cells, at.gpuEnergy, pending.bytes, pending.co2eEnd);
    return pending;
  }

  /** The numbers of a kernel-checked row, read as laterNumberAt reads them. */
  private resolvePending(row: RunRow, pending: PendingTexts): void {
    const { bytes, energyEnd, co2eEnd, gpuEnergyEnd } = pending;
    row.energyKwh = laterNumberOf(bytes, 0, energyEnd)!;
    row.co2eKg = laterNumberOf(bytes, energyEnd, co2eEnd);
    row.gpuEnergyKwh = this.positions!.gpuEnergy < 0 ? undefined : laterNumberOf(bytes, co2eEnd, gpuEnergyEnd);
    row.pending = undefined;
  }

  /** parseNumberCell from bytes. */
  private numberAt(position: number): number | undefined {
    if (position < 0) return undefined;
    const cells = this.cells;
    if (cells.isEmpty(position)) return undefined;
    const value = parseDecimal(cells.bytes, cells.starts[position]!, cells.ends[position]!);
    return Number.isNaN(value) ? parseNumberCell(cells.text(position)) : value;
  }

  /** numberAt, leaving long non-negative decimals as text for later. */
  private laterNumberAt(position: number): LaterNumber | undefined {
    if (position < 0) return undefined;
    const cells = this.cells;
    return laterNumberOf(cells.bytes, cells.starts[position]!, cells.ends[position]!);
  }

  /** nonEmpty from bytes; repeated values give the same string. */
  private textAt(position: number): string | undefined {
    const cells = this.cells;
    if (position < 0 || cells.isEmpty(position)) return undefined;
    return this.byteStrings.get(cells.bytes, cells.starts[position]!, cells.ends[position]!);
  }

  finish(): Measurement {
    const warnings = [...this.warnings, ...this.rejected.problems()];
    if (this.droppedRuns > 0)
      warnings.push(
        logWarning(
          this.file,
          undefined,
          `more than ${MAX_RUNS} distinct run ids: ${this.droppedRuns} rows of further runs were left out, so energy and emissions are undercounted`,
          'a run id on every row is CodeCarbon 1.x or a damaged file; split the file or give the totals in the manifest',
        ),
      );
    const base: Measurement = { file: this.file, format: 'codecarbon', warnings };
    if (this.runs.size === 0) {
      warnings.push(
        logWarning(
          this.file,
          undefined,
          'no usable CodeCarbon rows: nothing measured',
          this.header ? undefined : 'the file is empty or has no header',
        ),
      );
      return base;
    }
    const rows = [...this.runs.values()];
    for (const row of rows) {
      if (row.pending !== undefined) this.resolvePending(row, row.pending as PendingTexts);
      row.energyKwh = Number(row.energyKwh);
      if (typeof row.co2eKg === 'string') row.co2eKg = Number(row.co2eKg);
      if (typeof row.gpuEnergyKwh === 'string') row.gpuEnergyKwh = Number(row.gpuEnergyKwh);
    }
    const runs = [...this.runs].map(([id, row]) => ({
      id,
      energyKwh: row.energyKwh as number,
      ...defined('co2eKg', row.co2eKg as number | undefined),
      durationHours: hoursFromSeconds(row.durationSeconds),
    }));
    const energyKwh = sum(rows.map((row) => row.energyKwh as number));
    const withCo2 = rows.filter((row) => row.co2eKg !== undefined);
    const co2eKg = withCo2.length === rows.length ? sum(withCo2.map((row) => row.co2eKg as number)) : undefined;
    const durationHours = hoursFromSeconds(sum(rows.map((row) => row.durationSeconds)));
    const last = rows[rows.length - 1]!;
    const meta = last.meta!;
    const gpuCount = last.gpuCount && last.gpuCount > 0 ? Math.round(last.gpuCount) : undefined;
    const gpuRows = rows.filter(
      (row) =>
        row.gpuEnergyKwh !== undefined && (row.gpuEnergyKwh as number) > 0 && row.gpuCount && row.durationSeconds > 0,
    );
    const gpuHours = sum(gpuRows.map((row) => hoursFromSeconds(row.gpuCount! * row.durationSeconds)));
    // gpu_energy carries CodeCarbon's PUE; divide it out to get board power.
    const gpuBoardKwh = sum(
      gpuRows.map((row) => (row.gpuEnergyKwh as number) / (row.pue && row.pue > 0 ? row.pue : 1)),
    );
    const parts = measuredParts(rows);
    return {
      ...base,
      energyKwh,
      energyScope: 'facility',
      pueIncluded: true,
      ...defined('parts', parts),
      ...defined('co2eKg', co2eKg),
      ...(co2eKg !== undefined && energyKwh > 0 ? { intensityGPerKwh: intensityGPerKwhOf(co2eKg, energyKwh) } : {}),
      durationHours,
      runCount: rows.length,
      runs,
      ...defined('acceleratorCount', gpuCount),
      ...defined('acceleratorName', meta.gpuModel?.replace(/^\d+\s*x\s*/i, '')),
      toolPue: last.pue && last.pue > 0 ? last.pue : 1,
      ...(gpuHours > 0 ? { averagePowerWatts: (gpuBoardKwh * 1000) / gpuHours } : {}),
      ...defined('location', locationOf(meta)),
      ...defined('gpuModel', meta.gpuModel),
      ...defined('gpuCount', gpuCount),
      ...defined('countryIsoCode', meta.countryIsoCode),
      ...defined('region', meta.region),
      ...defined('cloudProvider', meta.cloudProvider),
      ...defined('cloudRegion', meta.cloudRegion),
    };
  }
}

/** Board and whole-machine energy before CodeCarbon's PUE, when every run wrote a usable gpu_energy. */
function measuredParts(rows: RunRow[]): Measurement['parts'] {
  const pueOf = (row: RunRow) => (row.pue && row.pue > 0 ? row.pue : 1);
  const gpu = rows.map((row) => row.gpuEnergyKwh as number | undefined);
  if (!gpu.every((kwh) => kwh !== undefined && Number.isFinite(kwh) && kwh >= 0)) return undefined;
  const acceleratorKwh = sum(rows.map((row, k) => gpu[k]! / pueOf(row)));
  const itKwh = sum(rows.map((row) => (row.energyKwh as number) / pueOf(row)));
  return itKwh > 0 && acceleratorKwh <= itKwh ? { acceleratorKwh, itKwh } : undefined;
}

/** "gcp:europe-west1" on a cloud, else "FRA/auvergne-rhone-alpes" (either part may be missing). */
function locationOf(row: RunMeta): string | undefined {
  if (row.cloudProvider && row.cloudRegion) return `${row.cloudProvider}:${row.cloudRegion}`;
  const parts = [row.countryIsoCode, row.region].filter(Boolean);
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** A trimmed cell as laterNumberAt reads it: undefined when empty, long decimals as text, else parseNumberCell. */
function laterNumberOf(bytes: Uint8Array, start: number, end: number): LaterNumber | undefined {
  if (start === end) return undefined;
  const long = longDecimalText(bytes, start, end);
  if (long !== undefined) return long;
  const value = parseDecimal(bytes, start, end);
  return Number.isNaN(value) ? parseNumberCell(decodeRange(bytes, start, end)) : value;
}

function copyCell(cells: ByteCells, position: number, into: Uint8Array, offset: number): number {
  const bytes = cells.bytes;
  let to = offset;
  for (let index = cells.starts[position]!; index < cells.ends[position]!; index++) into[to++] = bytes[index]!;
  return to;
}

function sumParts(parts: (number | undefined)[]): number | undefined {
  return parts.every((part) => part !== undefined) ? sum(parts as number[]) : undefined;
}

const isDigitByte = (byte: number | undefined) => byte !== undefined && byte >= 48 && byte <= 57;

/** TIMESTAMP (`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}`) in bytes. */
function isCodeCarbonTimestamp(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 19) return false;
  const pattern = 'dddd-dd-ddTdd:dd:dd';
  for (let index = 0; index < 19; index++) {
    const byte = bytes[start + index]!;
    const expected = pattern.charCodeAt(index);
    if (expected === 100 ? !isDigitByte(byte) : byte !== expected) return false;
  }
  return true;
}

/** RUN_KEY (a UUID in either case) in bytes. */
function isUuid(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 36) return false;
  for (let index = 0; index < 36; index++) {
    const byte = bytes[start + index]!;
    if (index === 8 || index === 13 || index === 18 || index === 23) {
      if (byte !== 45) return false;
    } else if (!(isDigitByte(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 102))) return false;
  }
  return true;
}
