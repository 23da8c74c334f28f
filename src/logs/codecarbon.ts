// CodeCarbon emissions.csv, every column set from 1.x to 3.x.
//
// Row-to-run mapping: every row holds the cumulative totals of one tracker since its start(). Rows are grouped by
// run_id (1.x files have none: there experiment_id, which 1.x drew afresh for each row); of each group the row with
// the longest duration is kept (equal to the last row in an append-mode file, and right even when merged files
// reorder rows); the kept rows are summed. Energy already includes CodeCarbon's PUE, so it is facility energy.
import type { InputProblem } from '../errors.js';
import { columnIndex, parseNumberCell, readHeaderName, splitCsvLine } from './csv.js';
import type { LogParser } from './parser.js';
import { defined, nonEmpty, sum } from './fields.js';
import { logWarning, RejectedRows } from './problems.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds, intensityGPerKwhOf } from '../util/units.js';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const RUN_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENERGY_PARTS = ['cpu_energy', 'gpu_energy', 'ram_energy'] as const;

interface RunRow {
  durationSeconds: number;
  energyKwh: number;
  co2eKg?: number;
  gpuEnergyKwh?: number;
  gpuCount?: number;
  gpuModel?: string;
  pue?: number;
  location?: string;
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
      ...defined('co2eKg', co2eKg),
      ...defined('gpuEnergyKwh', parseNumberCell(this.cell(cells, 'gpu_energy'))),
      ...defined('gpuCount', parseNumberCell(this.cell(cells, 'gpu_count'))),
      ...defined('gpuModel', nonEmpty(this.cell(cells, 'gpu_model'))),
      ...defined('pue', parseNumberCell(this.cell(cells, 'pue'))),
      ...defined(
        'location',
        locationOf((name) => this.cell(cells, name)),
      ),
    };
    const key = runKey;
    const previous = this.runs.get(key);
    if (!previous || row.durationSeconds >= previous.durationSeconds) this.runs.set(key, row);
  }

  finish(): Measurement {
    const warnings = [...this.warnings, ...this.rejected.problems()];
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
    const runs = [...this.runs].map(([id, row]) => ({
      id,
      energyKwh: row.energyKwh,
      ...defined('co2eKg', row.co2eKg),
      durationHours: hoursFromSeconds(row.durationSeconds),
    }));
    const energyKwh = sum(rows.map((row) => row.energyKwh));
    const withCo2 = rows.filter((row) => row.co2eKg !== undefined);
    const co2eKg = withCo2.length === rows.length ? sum(withCo2.map((row) => row.co2eKg!)) : undefined;
    const durationHours = hoursFromSeconds(sum(rows.map((row) => row.durationSeconds)));
    const last = rows[rows.length - 1]!;
    const gpuCount = last.gpuCount && last.gpuCount > 0 ? Math.round(last.gpuCount) : undefined;
    const gpuRows = rows.filter(
      (row) => row.gpuEnergyKwh !== undefined && row.gpuEnergyKwh > 0 && row.gpuCount && row.durationSeconds > 0,
    );
    const gpuHours = sum(gpuRows.map((row) => hoursFromSeconds(row.gpuCount! * row.durationSeconds)));
    // gpu_energy carries CodeCarbon's PUE; divide it out to get board power.
    const gpuBoardKwh = sum(gpuRows.map((row) => row.gpuEnergyKwh! / (row.pue && row.pue > 0 ? row.pue : 1)));
    return {
      ...base,
      energyKwh,
      energyScope: 'facility',
      pueIncluded: true,
      ...defined('co2eKg', co2eKg),
      ...(co2eKg !== undefined && energyKwh > 0 ? { intensityGPerKwh: intensityGPerKwhOf(co2eKg, energyKwh) } : {}),
      durationHours,
      runCount: rows.length,
      runs,
      ...defined('acceleratorCount', gpuCount),
      ...defined('acceleratorName', last.gpuModel?.replace(/^\d+\s*x\s*/i, '')),
      toolPue: last.pue && last.pue > 0 ? last.pue : 1,
      ...(gpuHours > 0 ? { averagePowerWatts: (gpuBoardKwh * 1000) / gpuHours } : {}),
      ...defined('location', last.location),
    };
  }
}

function locationOf(cell: (name: string) => string | undefined): string | undefined {
  const cloud = [nonEmpty(cell('cloud_provider')), nonEmpty(cell('cloud_region'))].filter(Boolean).join(':');
  if (cloud.includes(':')) return cloud;
  const parts = [nonEmpty(cell('country_iso_code')), nonEmpty(cell('region'))].filter(Boolean);
  return parts.length > 0 ? parts.join('/') : undefined;
}

function sumParts(parts: (number | undefined)[]): number | undefined {
  return parts.every((part) => part !== undefined) ? sum(parts as number[]) : undefined;
}
