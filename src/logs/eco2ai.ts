// eco2AI emission.csv. Units are in the column names (kWh, kg, s). One row per tracker id, updated in place and
// cumulative, so the row with the longest duration per id is kept and the ids are summed. Energy includes PUE.
import type { InputProblem } from '../errors.js';
import { columnIndex, parseNumberCell, readHeaderName } from './csv.js';
import { splitCsvLine } from '../util/csv.js';
import { defined, nonEmpty, sum } from './fields.js';
import type { LogParser } from './parser.js';
import { logWarning, RejectedRows } from './problems.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds, intensityGPerKwhOf } from '../util/units.js';

interface Row {
  seconds: number;
  kwh: number;
  kg?: number;
  gpuName?: string;
  location?: string;
}

export class Eco2aiParser implements LogParser {
  private header?: string[];
  private columns = new Map<string, number>();
  private readonly rows = new Map<string, Row>();
  private readonly rejected: RejectedRows;
  private readonly warnings: InputProblem[] = [];

  constructor(private readonly file: string) {
    this.rejected = new RejectedRows(file, 'row ignored');
  }

  line(text: string, lineNumber: number, unterminated: boolean): void {
    if (text.trim() === '') return;
    const cells = splitCsvLine(text);
    const names = cells.map((cell) => readHeaderName(cell).name);
    if (names.includes('power_consumption(kwh)')) {
      this.header = names;
      this.columns = columnIndex(names);
      const missing = ['id', 'duration(s)'].filter((name) => !this.columns.has(name));
      if (missing.length > 0)
        this.warnings.push(logWarning(this.file, lineNumber, `eco2AI header lacks ${missing.join(', ')}`));
      return;
    }
    if (!this.header) {
      this.rejected.add(lineNumber, 'no header line before it');
      return;
    }
    if (cells.length !== this.header.length) {
      this.rejected.add(
        lineNumber,
        `${cells.length} fields where the header has ${this.header.length}${unterminated ? ' (last line cut short)' : ''}`,
      );
      return;
    }
    const get = (name: string): string | undefined => {
      const position = this.columns.get(name);
      return position === undefined ? undefined : cells[position];
    };
    const seconds = parseNumberCell(get('duration(s)'));
    const kwh = parseNumberCell(get('power_consumption(kwh)'));
    const id = nonEmpty(get('id')) ?? `line ${lineNumber}`;
    if (seconds === undefined || kwh === undefined || seconds < 0 || kwh < 0) {
      this.rejected.add(lineNumber, 'duration(s) or power_consumption(kWh) is not a number');
      return;
    }
    const row: Row = {
      seconds,
      kwh,
      ...defined('kg', parseNumberCell(get('co2_emissions(kg)'))),
      ...defined('gpuName', nonEmpty(get('gpu_name'))),
      ...defined('location', nonEmpty(get('region/country'))),
    };
    const previous = this.rows.get(id);
    if (!previous || row.seconds >= previous.seconds) this.rows.set(id, row);
  }

  finish(): Measurement {
    const warnings = [...this.warnings, ...this.rejected.problems()];
    const base: Measurement = { file: this.file, format: 'eco2ai', warnings };
    const rows = [...this.rows.values()];
    const runs = [...this.rows].map(([id, row]) => ({
      id,
      energyKwh: row.kwh,
      ...defined('co2eKg', row.kg),
      durationHours: hoursFromSeconds(row.seconds),
    }));
    if (rows.length === 0) {
      warnings.push(logWarning(this.file, undefined, 'no usable eco2AI rows: nothing measured'));
      return base;
    }
    const kwh = sum(rows.map((row) => row.kwh));
    const kg = rows.every((row) => row.kg !== undefined) ? sum(rows.map((row) => row.kg!)) : undefined;
    const last = rows[rows.length - 1]!;
    const gpu = /^(.*?)\s*(\d+) device\(s\)$/.exec(last.gpuName ?? '');
    return {
      ...base,
      energyKwh: kwh,
      energyScope: 'facility',
      pueIncluded: true,
      ...defined('co2eKg', kg),
      ...(kg !== undefined && kwh > 0 ? { intensityGPerKwh: intensityGPerKwhOf(kg, kwh) } : {}),
      durationHours: hoursFromSeconds(sum(rows.map((row) => row.seconds))),
      runCount: rows.length,
      runs,
      ...(gpu ? { acceleratorCount: Number(gpu[2]) } : {}),
      ...defined('acceleratorName', nonEmpty(gpu?.[1])),
      ...defined('location', last.location),
    };
  }
}
