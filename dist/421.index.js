export const id = 421;
export const ids = [421];
export const modules = {

/***/ 8421:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRunLogs: () => (/* binding */ readRunLogs)
});

// UNUSED EXPORTS: MAX_LOG_BYTES, MAX_LOG_FILES, MAX_LOG_REFERENCES

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./build/logs/log-path.js
var log_path = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/logs/fields.js
// Small helpers for building Measurement objects.
/** Spread helper that leaves optional fields out instead of setting them to undefined. */
function defined(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function nonEmpty(text) {
    const trimmed = text?.trim();
    return trimmed ? trimmed : undefined;
}
function sum(values) {
    let total = 0;
    for (const value of values)
        total += value;
    return total;
}

;// CONCATENATED MODULE: ./build/logs/problems.js
function logWarning(file, line, message, hint) {
    return { file, ...(line !== undefined ? { line } : {}), message, ...(hint ? { hint } : {}), severity: 'warning' };
}
/**
 * Collects rejected rows: the first few are reported one by one with their line, the rest as one count,
 * so a file with thousands of bad rows gives a short, readable list.
 */
class RejectedRows {
    file;
    what;
    showAtMost;
    count = 0;
    shown = [];
    constructor(file, what, showAtMost = 3) {
        this.file = file;
        this.what = what;
        this.showAtMost = showAtMost;
    }
    add(line, reason, hint) {
        this.count++;
        if (this.shown.length < this.showAtMost)
            this.shown.push(logWarning(this.file, line, `${this.what}: ${reason}`, hint));
    }
    get total() {
        return this.count;
    }
    problems() {
        if (this.count <= this.shown.length)
            return [...this.shown];
        const more = this.count - this.shown.length;
        return [
            ...this.shown,
            logWarning(this.file, undefined, `${this.what}: ${more} more like this (${this.count} in all)`),
        ];
    }
}

;// CONCATENATED MODULE: ./build/logs/timestamps.js
// Timestamps as the log writers print them. Most carry no timezone: they are read as UTC and used for durations only.
const DATE_TIME = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const EPOCH_SECONDS = /^\d{9,11}(?:\.\d+)?$/;
/**
 * Milliseconds since the epoch for "2026/01/03 15:36:53.507" (nvidia-smi), "2023-11-09T12:28:05" (CodeCarbon),
 * ISO 8601 with an offset, or epoch seconds. Local times without an offset are taken as UTC.
 */
function parseTimestampMs(text) {
    const trimmed = text.trim();
    const match = DATE_TIME.exec(trimmed);
    if (match) {
        const [, year, month, day, hour, minute, second, fraction, zone] = match;
        const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
        const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis);
        if (!Number.isFinite(local))
            return undefined;
        return local - zoneOffsetMs(zone);
    }
    if (EPOCH_SECONDS.test(trimmed))
        return Number(trimmed) * 1000;
    return undefined;
}
function zoneOffsetMs(zone) {
    if (!zone || zone === 'Z')
        return 0;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
/** "0:01:00.02" or "111:11:54" (carbontracker durations) -> seconds. */
function parseClockDurationSeconds(text) {
    const match = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

// EXTERNAL MODULE: ./build/util/units.js
var units = __webpack_require__(2782);
;// CONCATENATED MODULE: ./build/logs/carbontracker.js




const STAMPED = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) - (.*)$/;
class CarbonTrackerParser {
    file;
    lastStamp = '';
    block;
    actual = new Map();
    predictedBlocks = 0;
    epochSeconds = 0;
    epochs = 0;
    gpuWatts = [];
    gpuDevices = 0;
    powerArray;
    intensityGPerKwh;
    location;
    sessions = 0;
    gpuName;
    constructor(file) {
        this.file = file;
    }
    line(text) {
        if (this.powerArray !== undefined) {
            this.collectPowerArray(text);
            return;
        }
        const stamped = STAMPED.exec(text);
        if (stamped) {
            this.closeBlock();
            this.lastStamp = stamped[1];
            this.standardLine(stamped[2].replace(/^CarbonTracker:\s*/, ''));
            return;
        }
        const trimmed = text.trim();
        const header = /^(Actual|Predicted) consumption/.exec(trimmed);
        if (header) {
            this.closeBlock();
            this.block = { kind: header[1] === 'Actual' ? 'actual' : 'predicted', startedAt: this.lastStamp };
            return;
        }
        if (!this.block)
            return;
        const field = /^(Time|Energy|CO2eq):\s*(\S+)\s*(\S*)/.exec(trimmed);
        if (!field)
            return;
        if (field[1] === 'Time')
            this.block.seconds = parseClockDurationSeconds(field[2]);
        else if (field[1] === 'Energy')
            this.block.kwh = numberIn(field[2], field[3], { kwh: 1, wh: (0,units/* kwhFromWattHours */.K4)(1), j: (0,units/* kwhFromJoules */.Jp)(1) });
        else
            this.block.grams = numberIn(field[2], field[3], { g: 1, kg: 1000 });
    }
    standardLine(message) {
        if (message.startsWith('carbontracker version'))
            this.sessions++;
        const duration = /^Duration:\s*(\S+)/.exec(message);
        if (duration) {
            const seconds = parseClockDurationSeconds(duration[1]);
            if (seconds !== undefined) {
                this.epochSeconds += seconds;
                this.epochs++;
            }
        }
        if (/^Average power usage \(W\) for gpu:/.test(message))
            this.collectPowerArray(message.slice(message.indexOf(':') + 1), true);
        const intensity = /Average carbon intensity during training was ([\d.]+) gCO2\/kWh(?: at detected location: (.*?)\.?$)?/.exec(message);
        if (intensity) {
            this.intensityGPerKwh = Number(intensity[1]);
            if (intensity[2])
                this.location = intensity[2];
        }
        const gpus = /GPU with device\(s\) (.*?)\. (?:CPU|$)/.exec(message);
        if (gpus && this.gpuName === undefined)
            this.gpuName = gpus[1].split(',')[0].trim();
    }
    /** numpy prints long arrays over several lines: "[44.7 46.3\n 46.6 ]". */
    collectPowerArray(text, start = false) {
        this.powerArray = (start ? '' : (this.powerArray ?? '')) + ' ' + text;
        if (!this.powerArray.includes(']'))
            return;
        const values = this.powerArray.replace(/[[\]]/g, ' ').trim().split(/\s+/).map(Number).filter(Number.isFinite);
        this.powerArray = undefined;
        if (values.length === 0)
            return;
        this.gpuWatts.push(values.reduce((a, b) => a + b, 0) / values.length);
        this.gpuDevices = Math.max(this.gpuDevices, values.length);
    }
    closeBlock() {
        const block = this.block;
        this.block = undefined;
        if (!block)
            return;
        if (block.kind === 'predicted') {
            this.predictedBlocks++;
            return;
        }
        if (block.kwh === undefined)
            return;
        this.actual.set(`${block.startedAt}|${block.kwh}|${block.grams}`, block);
    }
    finish() {
        this.closeBlock();
        const warnings = [];
        const common = {
            file: this.file,
            format: 'carbontracker',
            warnings,
            ...defined('intensityGPerKwh', this.intensityGPerKwh),
            ...defined('location', this.location),
            ...defined('acceleratorName', this.gpuName),
            ...(this.gpuDevices > 0
                ? {
                    acceleratorCount: this.gpuDevices,
                    averagePowerWatts: this.gpuWatts.reduce((a, b) => a + b, 0) / this.gpuWatts.length,
                }
                : {}),
        };
        const blocks = [...this.actual.values()];
        if (blocks.length > 0) {
            const kwh = blocks.reduce((total, block) => total + block.kwh, 0);
            const grams = blocks.every((block) => block.grams !== undefined)
                ? blocks.reduce((total, block) => total + block.grams, 0)
                : undefined;
            const seconds = blocks.reduce((total, block) => total + (block.seconds ?? 0), 0);
            return {
                ...common,
                energyKwh: kwh,
                energyScope: 'facility',
                pueIncluded: true,
                ...defined('co2eKg', grams === undefined ? undefined : (0,units/* kgFromGrams */.LB)(grams)),
                ...(grams !== undefined && kwh > 0 ? { intensityGPerKwh: grams / kwh } : {}),
                durationHours: (0,units/* hoursFromSeconds */.N6)(seconds),
                runCount: blocks.length,
                runs: blocks.map((block) => ({
                    id: block.startedAt,
                    energyKwh: block.kwh,
                    ...defined('co2eKg', block.grams === undefined ? undefined : (0,units/* kgFromGrams */.LB)(block.grams)),
                    durationHours: (0,units/* hoursFromSeconds */.N6)(block.seconds ?? 0),
                })),
            };
        }
        if (this.epochs > 0) {
            warnings.push(logWarning(this.file, undefined, 'the standard carbontracker log gives durations and power, not total energy', 'point at the matching _output.log for the measured kWh'));
            return { ...common, durationHours: (0,units/* hoursFromSeconds */.N6)(this.epochSeconds), runCount: Math.max(1, this.sessions) };
        }
        warnings.push(logWarning(this.file, undefined, this.predictedBlocks > 0
            ? 'only "Predicted consumption" found: a prediction is not a measurement'
            : 'no "Actual consumption" block: the run stopped before its first epoch was measured'));
        return common;
    }
}
function numberIn(value, unit, factors) {
    const number = Number(value);
    const factor = factors[unit.toLowerCase()] ?? (unit === '' ? Object.values(factors)[0] : undefined);
    return Number.isFinite(number) && factor !== undefined ? number * factor : undefined;
}

;// CONCATENATED MODULE: ./build/logs/csv.js
// Splitting CSV lines and reading header names the way the log writers spell them.
/** Cells of one CSV line, trimmed; double-quoted cells may hold commas and doubled quotes. */
function splitCsvLine(text) {
    if (!text.includes('"'))
        return text.split(',').map((cell) => cell.trim());
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (char === '"')
                quoted = false;
            else
                cell += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += char;
    }
    cells.push(cell.trim());
    return cells;
}
/** "power.draw [W]" -> { name: "power.draw", unit: "W" }; names are compared case-insensitively. */
function readHeaderName(cell) {
    const match = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(cell.trim());
    if (match)
        return { name: match[1].trim().toLowerCase(), unit: match[2].trim() };
    return { name: cell.trim().toLowerCase() };
}
/** Map from header name to column index (first occurrence wins). */
function columnIndex(names) {
    const index = new Map();
    names.forEach((name, position) => {
        if (name !== '' && !index.has(name))
            index.set(name, position);
    });
    return index;
}
/** A finite number, or undefined for empty cells and the missing-value spellings logs use. */
function parseNumberCell(cell) {
    if (cell === undefined)
        return undefined;
    const text = cell.trim();
    if (text === '')
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./build/logs/codecarbon.js




const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const RUN_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENERGY_PARTS = ['cpu_energy', 'gpu_energy', 'ram_energy'];
class CodeCarbonParser {
    file;
    header;
    columns = new Map();
    runKeyColumn;
    runs = new Map();
    rejected;
    warnings = [];
    headerWarned = false;
    /** Task-mode files (`task_name`, 2.3+) hold one row per finished task, not cumulative totals. */
    taskMode = false;
    constructor(file) {
        this.file = file;
        this.rejected = new RejectedRows(file, 'row ignored');
    }
    line(text, lineNumber, unterminated) {
        if (text.trim() === '')
            return;
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
    isHeader(cells) {
        const names = cells.map((cell) => readHeaderName(cell).name);
        return names.includes('timestamp') && names.includes('duration');
    }
    useHeader(cells, lineNumber) {
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
        if (!this.runKeyColumn && !this.taskMode)
            missing.push('run_id');
        if (missing.length > 0 && !this.headerWarned) {
            this.headerWarned = true;
            this.warnings.push(logWarning(this.file, lineNumber, `CodeCarbon header lacks ${missing.join(', ')}`, 'expected the columns CodeCarbon writes: timestamp, run_id, duration, emissions, energy_consumed, ...'));
        }
    }
    cell(cells, name) {
        const position = this.columns.get(name);
        return position === undefined ? undefined : cells[position];
    }
    readRow(cells, lineNumber, unterminated) {
        const header = this.header;
        const cut = unterminated ? ' (the last line has no line end: the file was probably cut while being written)' : '';
        if (cells.length !== header.length && !(cells.length === header.length + 1 && cells.at(-1) === '')) {
            this.rejected.add(lineNumber, `${cells.length} fields where the header has ${header.length}${cut}`, 'a row with missing fields is corrupt (values shift left); it is not padded');
            return;
        }
        const timestamp = this.cell(cells, 'timestamp') ?? '';
        if (!TIMESTAMP.test(timestamp)) {
            this.rejected.add(lineNumber, `timestamp "${timestamp.slice(0, 30)}" is not YYYY-MM-DDTHH:MM:SS${cut}`, 'rows garbled by two writers are dropped');
            return;
        }
        const runKey = this.runKeyColumn && !this.taskMode
            ? (this.cell(cells, this.runKeyColumn) ?? '')
            : `${this.cell(cells, 'task_name') ?? 'row'}@${lineNumber}`;
        if (this.runKeyColumn && !this.taskMode && !RUN_KEY.test(runKey)) {
            this.rejected.add(lineNumber, `${this.runKeyColumn} "${runKey.slice(0, 40)}" is not a UUID${cut}`);
            return;
        }
        const durationSeconds = parseNumberCell(this.cell(cells, 'duration'));
        const energyKwh = parseNumberCell(this.cell(cells, 'energy_consumed')) ??
            sumParts(ENERGY_PARTS.map((name) => parseNumberCell(this.cell(cells, name))));
        const co2eKg = parseNumberCell(this.cell(cells, 'emissions'));
        if (durationSeconds === undefined ||
            durationSeconds < 0 ||
            energyKwh === undefined ||
            energyKwh < 0 ||
            (co2eKg !== undefined && co2eKg < 0)) {
            this.rejected.add(lineNumber, `duration, energy_consumed or emissions is missing or negative${cut}`);
            return;
        }
        const row = {
            durationSeconds,
            energyKwh,
            ...defined('co2eKg', co2eKg),
            ...defined('gpuEnergyKwh', parseNumberCell(this.cell(cells, 'gpu_energy'))),
            ...defined('gpuCount', parseNumberCell(this.cell(cells, 'gpu_count'))),
            ...defined('gpuModel', nonEmpty(this.cell(cells, 'gpu_model'))),
            ...defined('pue', parseNumberCell(this.cell(cells, 'pue'))),
            ...defined('location', locationOf((name) => this.cell(cells, name))),
        };
        const key = runKey;
        const previous = this.runs.get(key);
        if (!previous || row.durationSeconds >= previous.durationSeconds)
            this.runs.set(key, row);
    }
    finish() {
        const warnings = [...this.warnings, ...this.rejected.problems()];
        const base = { file: this.file, format: 'codecarbon', warnings };
        if (this.runs.size === 0) {
            warnings.push(logWarning(this.file, undefined, 'no usable CodeCarbon rows: nothing measured', this.header ? undefined : 'the file is empty or has no header'));
            return base;
        }
        const rows = [...this.runs.values()];
        const runs = [...this.runs].map(([id, row]) => ({
            id,
            energyKwh: row.energyKwh,
            ...defined('co2eKg', row.co2eKg),
            durationHours: (0,units/* hoursFromSeconds */.N6)(row.durationSeconds),
        }));
        const energyKwh = sum(rows.map((row) => row.energyKwh));
        const withCo2 = rows.filter((row) => row.co2eKg !== undefined);
        const co2eKg = withCo2.length === rows.length ? sum(withCo2.map((row) => row.co2eKg)) : undefined;
        const durationHours = (0,units/* hoursFromSeconds */.N6)(sum(rows.map((row) => row.durationSeconds)));
        const last = rows[rows.length - 1];
        const gpuCount = last.gpuCount && last.gpuCount > 0 ? Math.round(last.gpuCount) : undefined;
        const gpuRows = rows.filter((row) => row.gpuEnergyKwh !== undefined && row.gpuEnergyKwh > 0 && row.gpuCount && row.durationSeconds > 0);
        const gpuHours = sum(gpuRows.map((row) => (0,units/* hoursFromSeconds */.N6)(row.gpuCount * row.durationSeconds)));
        // gpu_energy carries CodeCarbon's PUE; divide it out to get board power.
        const gpuBoardKwh = sum(gpuRows.map((row) => row.gpuEnergyKwh / (row.pue && row.pue > 0 ? row.pue : 1)));
        return {
            ...base,
            energyKwh,
            energyScope: 'facility',
            pueIncluded: true,
            ...defined('co2eKg', co2eKg),
            ...(co2eKg !== undefined && energyKwh > 0 ? { intensityGPerKwh: (0,units/* intensityGPerKwhOf */.Z0)(co2eKg, energyKwh) } : {}),
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
function locationOf(cell) {
    const cloud = [nonEmpty(cell('cloud_provider')), nonEmpty(cell('cloud_region'))].filter(Boolean).join(':');
    if (cloud.includes(':'))
        return cloud;
    const parts = [nonEmpty(cell('country_iso_code')), nonEmpty(cell('region'))].filter(Boolean);
    return parts.length > 0 ? parts.join('/') : undefined;
}
function sumParts(parts) {
    return parts.every((part) => part !== undefined) ? sum(parts) : undefined;
}

;// CONCATENATED MODULE: ./build/logs/detect.js

/** Lines from the start of the file the detector looks at. */
const DETECTION_LINES = 64;
const CARBONTRACKER_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} - (CarbonTracker:|carbontracker version|Only predicted and actual|The following components)/;
const SMI_TIMESTAMP_CELL = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;
const SMI_FIELDS = new Set([
    'power.draw',
    'power.draw.average',
    'power.draw.instant',
    'power.limit',
    'utilization.gpu',
    'utilization.memory',
    'memory.used',
    'memory.total',
    'memory.free',
    'temperature.gpu',
    'pstate',
    'clocks.current.sm',
    'clocks.sm',
    'clocks.current.memory',
    'clocks.mem',
    'pci.bus_id',
    'fan.speed',
    'enforced.power.limit',
]);
/** The format of a log from its first lines (decoded, line ends removed), or undefined when no rule fits. */
function detectFormat(firstLines) {
    const lines = firstLines.map((line) => line.trim()).filter((line) => line !== '');
    const first = lines[0];
    if (first === undefined)
        return undefined;
    if (first.startsWith('{') || first.startsWith('['))
        return looksLikeTrainerJson(lines) ? 'hf-trainer' : undefined;
    if (first === '---')
        return 'hf-model-card';
    if (lines.some((line) => CARBONTRACKER_LINE.test(line)))
        return 'carbontracker';
    for (const line of lines) {
        const names = splitCsvLine(line).map((cell) => readHeaderName(cell).name);
        if (names.includes('power_consumption(kwh)') ||
            (names.includes('co2_emissions(kg)') && names.includes('duration(s)')))
            return 'eco2ai';
        if (names.includes('energy_consumed') && names.includes('emissions'))
            return 'codecarbon';
        if (names.some((name) => SMI_FIELDS.has(name)))
            return 'nvidia-smi';
        if (names.includes('timestamp') && names.some((name) => /^power[._ ]?draw/.test(name)))
            return 'nvidia-smi';
    }
    if (lines.some((line) => line.includes('NVIDIA-SMI') || /^#\s*gpu\s/.test(line)))
        return 'nvidia-smi';
    if (lines.some((line) => SMI_TIMESTAMP_CELL.test(splitCsvLine(line)[0] ?? '')))
        return 'nvidia-smi';
    return undefined;
}
function looksLikeTrainerJson(lines) {
    const head = lines.join('\n');
    return /"(train_runtime|total_flos|log_history|global_step|train_loss|eval_loss|epoch)"\s*:/.test(head);
}

;// CONCATENATED MODULE: ./build/logs/eco2ai.js




class Eco2aiParser {
    file;
    header;
    columns = new Map();
    rows = new Map();
    rejected;
    warnings = [];
    constructor(file) {
        this.file = file;
        this.rejected = new RejectedRows(file, 'row ignored');
    }
    line(text, lineNumber, unterminated) {
        if (text.trim() === '')
            return;
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
            this.rejected.add(lineNumber, `${cells.length} fields where the header has ${this.header.length}${unterminated ? ' (last line cut short)' : ''}`);
            return;
        }
        const get = (name) => {
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
        const row = {
            seconds,
            kwh,
            ...defined('kg', parseNumberCell(get('co2_emissions(kg)'))),
            ...defined('gpuName', nonEmpty(get('gpu_name'))),
            ...defined('location', nonEmpty(get('region/country'))),
        };
        const previous = this.rows.get(id);
        if (!previous || row.seconds >= previous.seconds)
            this.rows.set(id, row);
    }
    finish() {
        const warnings = [...this.warnings, ...this.rejected.problems()];
        const base = { file: this.file, format: 'eco2ai', warnings };
        const rows = [...this.rows.values()];
        const runs = [...this.rows].map(([id, row]) => ({
            id,
            energyKwh: row.kwh,
            ...defined('co2eKg', row.kg),
            durationHours: (0,units/* hoursFromSeconds */.N6)(row.seconds),
        }));
        if (rows.length === 0) {
            warnings.push(logWarning(this.file, undefined, 'no usable eco2AI rows: nothing measured'));
            return base;
        }
        const kwh = sum(rows.map((row) => row.kwh));
        const kg = rows.every((row) => row.kg !== undefined) ? sum(rows.map((row) => row.kg)) : undefined;
        const last = rows[rows.length - 1];
        const gpu = /^(.*?)\s*(\d+) device\(s\)$/.exec(last.gpuName ?? '');
        return {
            ...base,
            energyKwh: kwh,
            energyScope: 'facility',
            pueIncluded: true,
            ...defined('co2eKg', kg),
            ...(kg !== undefined && kwh > 0 ? { intensityGPerKwh: (0,units/* intensityGPerKwhOf */.Z0)(kg, kwh) } : {}),
            durationHours: (0,units/* hoursFromSeconds */.N6)(sum(rows.map((row) => row.seconds))),
            runCount: rows.length,
            runs,
            ...(gpu ? { acceleratorCount: Number(gpu[2]) } : {}),
            ...defined('acceleratorName', nonEmpty(gpu?.[1])),
            ...defined('location', last.location),
        };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/logs/hf-model-card.js
// The `co2_eq_emissions` entry of a Hugging Face model card's YAML front matter. Emissions are in grams.




const MAX_FRONT_MATTER_LINES = 20_000;
class HfModelCardParser {
    file;
    state = 'before';
    lines = [];
    firstLine = 0;
    constructor(file) {
        this.file = file;
    }
    line(text, lineNumber) {
        if (this.state === 'after')
            return;
        if (this.state === 'before') {
            if (text.trim() === '')
                return;
            if (text.trim() === '---') {
                this.state = 'inside';
                this.firstLine = lineNumber + 1;
            }
            else
                this.state = 'after';
            return;
        }
        if (text.trim() === '---' || text.trim() === '...' || this.lines.length >= MAX_FRONT_MATTER_LINES)
            this.state = 'after';
        else
            this.lines.push(text);
    }
    finish() {
        const warnings = [];
        const base = { file: this.file, format: 'hf-model-card', warnings };
        if (this.lines.length === 0) {
            warnings.push(logWarning(this.file, 1, 'no YAML front matter (--- ... ---) at the top of the model card'));
            return base;
        }
        let metadata;
        try {
            metadata = (0,dist/* parse */.qg)(this.lines.join('\n'));
        }
        catch (error) {
            warnings.push(logWarning(this.file, this.firstLine, `front matter is not valid YAML (${error.message.split('\n')[0]})`));
            return base;
        }
        const entry = typeof metadata === 'object' && metadata !== null
            ? metadata.co2_eq_emissions
            : undefined;
        const entryLine = this.firstLine +
            Math.max(0, this.lines.findIndex((line) => line.startsWith('co2_eq_emissions')));
        if (entry === undefined || entry === null) {
            warnings.push(logWarning(this.file, this.firstLine, 'the model card has no co2_eq_emissions', 'co2_eq_emissions: { emissions: <grams>, source, training_type, geographical_location, hardware_used }'));
            return base;
        }
        const mapping = typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
        const grams = firstNumber(mapping ? mapping.emissions : entry);
        if (grams === undefined || grams < 0) {
            warnings.push(logWarning(this.file, entryLine, 'co2_eq_emissions holds no number of grams', 'co2_eq_emissions: { emissions: 1234 }  # grams'));
            return base;
        }
        if (grams > 0 && grams < 1) {
            warnings.push(logWarning(this.file, entryLine, `co2_eq_emissions is ${grams} g, below one gram`, 'the field is in grams; was kg meant?'));
        }
        return {
            ...base,
            co2eKg: (0,units/* kgFromGrams */.LB)(grams),
            runCount: 1,
            ...defined('location', hf_model_card_text(mapping?.geographical_location)),
            ...defined('acceleratorName', hf_model_card_text(mapping?.hardware_used)),
        };
    }
}
/** Like huggingface_hub: a number, or the first number written in a string ("2.3 kg" gives 2.3). */
function firstNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string') {
        const match = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/i.exec(value.replace(/,(?=\d{3})/g, ''));
        return match ? Number(match[0]) : undefined;
    }
    return undefined;
}
function hf_model_card_text(value) {
    return typeof value === 'string' ? nonEmpty(value) : typeof value === 'number' ? String(value) : undefined;
}

;// CONCATENATED MODULE: ./build/logs/hf-trainer.js



/** JSON files are parsed whole; beyond this size they are refused (the largest real trainer_state.json seen is 236 KB). */
const MAX_JSON_CHARS = 64 * 1024 * 1024;
class HfTrainerParser {
    file;
    parts = [];
    chars = 0;
    tooLarge = false;
    constructor(file) {
        this.file = file;
    }
    line(text) {
        if (this.tooLarge)
            return;
        this.chars += text.length + 1;
        if (this.chars > MAX_JSON_CHARS) {
            this.tooLarge = true;
            this.parts.length = 0;
            return;
        }
        this.parts.push(text);
    }
    finish() {
        const warnings = [];
        const base = { file: this.file, format: 'hf-trainer', warnings };
        if (this.tooLarge) {
            warnings.push(logWarning(this.file, undefined, `JSON larger than ${MAX_JSON_CHARS / 1024 / 1024} MiB not read`));
            return base;
        }
        const text = this.parts.join('\n');
        if (text.trim() === '') {
            warnings.push(logWarning(this.file, undefined, 'empty file: nothing measured'));
            return base;
        }
        let document;
        try {
            document = JSON.parse(text);
        }
        catch (error) {
            warnings.push(logWarning(this.file, lineOfJsonError(text, error), `not valid JSON (${error.message})`, 'a Trainer file cut while being written?'));
            return base;
        }
        if (typeof document !== 'object' || document === null || Array.isArray(document)) {
            warnings.push(logWarning(this.file, 1, 'expected a JSON object with train_runtime or log_history'));
            return base;
        }
        return { ...base, ...readTrainerFigures(document, this.file, warnings) };
    }
}
function readTrainerFigures(document, file, warnings) {
    const history = Array.isArray(document.log_history) ? document.log_history.filter(isObject) : [];
    const lastTrainEntry = [...history].reverse().find((entry) => typeof entry.train_runtime === 'number');
    const trainEntries = history.filter((entry) => typeof entry.train_runtime === 'number').length;
    const runtimeSeconds = positive(lastTrainEntry?.train_runtime) ?? positive(document.train_runtime);
    const flops = positive(document.total_flos) ?? positive(lastTrainEntry?.total_flos);
    if (runtimeSeconds === undefined) {
        warnings.push(logWarning(file, undefined, 'no train_runtime: the training time is unknown', 'train_results.json or trainer_state.json after train() has it'));
    }
    else {
        warnings.push(logWarning(file, undefined, 'train_runtime covers only the last train() call; after a resume, earlier sessions are not in it', trainEntries > 1 ? `${trainEntries} train() calls are in log_history; the last was used` : undefined));
    }
    if (flops === undefined) {
        warnings.push(logWarning(file, undefined, 'no total_flos (missing or 0)', 'older Transformers dropped it from *_results.json; point at trainer_state.json instead'));
    }
    return {
        ...defined('durationHours', runtimeSeconds === undefined ? undefined : (0,units/* hoursFromSeconds */.N6)(runtimeSeconds)),
        ...defined('flops', flops),
        runCount: 1,
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function positive(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
function lineOfJsonError(text, error) {
    const position = /position (\d+)/.exec(String(error?.message))?.[1];
    if (position === undefined)
        return undefined;
    return text.slice(0, Number(position)).split('\n').length;
}

;// CONCATENATED MODULE: ./build/logs/power-integrator.js

const DEFAULT_MAX_GAP_INTERVALS = 5;
const INTERVALS_FOR_TYPICAL = 15;
class PowerIntegrator {
    maxGapIntervals;
    devices = new Map();
    gaps;
    backwards;
    constructor(file, maxGapIntervals = DEFAULT_MAX_GAP_INTERVALS) {
        this.maxGapIntervals = maxGapIntervals;
        this.gaps = new RejectedRows(file, 'gap not bridged', 3);
        this.backwards = new RejectedRows(file, 'clock goes backwards', 3);
    }
    /** One reading. `timeMs` undefined means the log has no time axis: only the mean power can be kept. */
    sample(device, timeMs, watts, lineNumber) {
        let state = this.devices.get(device);
        if (!state) {
            state = { firstIntervalsMs: [], energyJoules: 0, coveredMs: 0, samples: 0, wattsTotal: 0 };
            this.devices.set(device, state);
        }
        state.samples++;
        state.wattsTotal += watts;
        if (timeMs === undefined)
            return;
        if (state.lastMs !== undefined && state.lastWatts !== undefined) {
            const stepMs = timeMs - state.lastMs;
            if (stepMs < 0) {
                this.backwards.add(lineNumber, `time steps back ${formatSeconds(-stepMs / 1000)} for GPU ${device}; integration restarts at this sample`);
            }
            else if (stepMs > 0) {
                const typical = this.typical(state);
                if (typical !== undefined && stepMs > this.maxGapIntervals * typical) {
                    this.gaps.add(lineNumber, `${formatSeconds(stepMs / 1000)} without samples for GPU ${device} (typical interval ${formatSeconds(typical / 1000)}); energy in it is not counted`);
                }
                else {
                    state.energyJoules += ((state.lastWatts + watts) / 2) * (stepMs / 1000);
                    state.coveredMs += stepMs;
                    if (state.firstIntervalsMs.length < INTERVALS_FOR_TYPICAL)
                        state.firstIntervalsMs.push(stepMs);
                }
            }
        }
        state.lastMs = timeMs;
        state.lastWatts = watts;
    }
    typical(state) {
        if (state.typicalMs !== undefined)
            return state.typicalMs;
        const intervals = state.firstIntervalsMs;
        if (intervals.length === 0)
            return undefined;
        const value = median(intervals);
        if (intervals.length >= INTERVALS_FOR_TYPICAL)
            state.typicalMs = value;
        return value;
    }
    result() {
        const states = [...this.devices.values()];
        const samples = states.reduce((total, state) => total + state.samples, 0);
        const typicals = states.map((state) => this.typical(state)).filter((value) => value !== undefined);
        return {
            deviceCount: states.length,
            energyJoules: states.reduce((total, state) => total + state.energyJoules, 0),
            deviceSeconds: states.reduce((total, state) => total + state.coveredMs, 0) / 1000,
            longestDeviceSeconds: Math.max(0, ...states.map((state) => state.coveredMs)) / 1000,
            ...(samples > 0
                ? { meanSampleWatts: states.reduce((total, state) => total + state.wattsTotal, 0) / samples }
                : {}),
            ...(typicals.length > 0 ? { typicalIntervalSeconds: median(typicals) / 1000 } : {}),
            samples,
            warnings: [...this.gaps.problems(), ...this.backwards.problems()],
        };
    }
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function formatSeconds(seconds) {
    if (seconds >= 3600)
        return `${(seconds / 3600).toFixed(1)} h`;
    if (seconds >= 120)
        return `${(seconds / 60).toFixed(1)} min`;
    return `${Number(seconds.toPrecision(3))} s`;
}

;// CONCATENATED MODULE: ./build/logs/nvidia-smi.js






const POWER_COLUMNS = ['power.draw', 'power.draw.average', 'power.draw.instant'];
const DEVICE_COLUMNS = ['index', 'gpu', 'gpu_index', 'pci.bus_id', 'uuid', 'gpu_uuid'];
const TIME_COLUMNS = ['timestamp', 'time', 'datetime'];
const KNOWN_FIELDS = /^(timestamp|index|name|uuid|pci\.bus_id|pstate|gpu|driver_version|(power|utilization|memory|temperature|clocks|fan|enforced)[._].*)$/;
const MISSING = /^(\[.*\]|n\/a|-|null|none|)$/i;
const VALUE_WITH_UNIT = /^(-?\d+(?:\.\d+)?)\s*([a-z%]*)$/i;
class NvidiaSmiParser {
    file;
    options;
    layout;
    headerText;
    repeatedHeaders = 0;
    preamble = 0;
    powerMissing = 0;
    acceleratorName;
    integrator;
    rejected;
    warnings = [];
    noPowerWarned = false;
    tickTimestamp;
    tickPosition = 0;
    untimedSampleIndex = new Map();
    commaCells = new CommaCells();
    lastStampText;
    lastStampMs;
    constructor(file, options = {}) {
        this.file = file;
        this.options = options;
        this.integrator = new PowerIntegrator(file, options.maxGapIntervals ?? DEFAULT_MAX_GAP_INTERVALS);
        this.rejected = new RejectedRows(file, 'sample ignored');
    }
    line(text, lineNumber, unterminated) {
        const trimmed = text.trim();
        if (trimmed === '')
            return;
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
    csvHeader(cells, text, lineNumber) {
        const names = cells.map((cell) => readHeaderName(cell));
        const powerColumn = findColumn(names.map((n) => n.name), POWER_COLUMNS) ?? names.findIndex((n) => /^power[._ ]?draw/.test(n.name));
        const unit = powerColumn >= 0 ? (names[powerColumn].unit ?? (/_mw$/.test(names[powerColumn].name) ? 'mW' : 'W')) : 'W';
        this.headerText = text;
        this.layout = {
            cells: cells.length,
            ...defined('timeColumn', findColumn(names.map((n) => n.name), TIME_COLUMNS)),
            ...(powerColumn >= 0 ? { powerColumn } : {}),
            powerUnit: unit,
            deviceColumns: DEVICE_COLUMNS.map((name) => names.findIndex((n) => n.name === name)).filter((i) => i >= 0),
            ...defined('nameColumn', findColumn(names.map((n) => n.name), ['name', 'gpu_name'])),
            dmon: false,
        };
        this.warnNoPower(lineNumber);
    }
    dmonHeader(text, lineNumber) {
        const names = text
            .replace(/^#\s*/, '')
            .split(/\s+/)
            .map((name) => name.toLowerCase());
        if (names[0] !== 'gpu' && !(names[0] === 'date' || names[0] === 'time'))
            return; // the units line "# Idx W C ..."
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
    warnNoPower(lineNumber) {
        if (this.layout?.powerColumn !== undefined || this.noPowerWarned)
            return;
        this.noPowerWarned = true;
        this.warnings.push(logWarning(this.file, lineNumber, 'this nvidia-smi log has no power column, so it holds no energy', 'log with nvidia-smi --query-gpu=timestamp,index,power.draw --format=csv -l 1'));
    }
    /** A `noheader` file: the timestamp is the cell that reads as one, power the cell in W. */
    inferHeaderless(cells, lineNumber) {
        const timeColumn = cells.findIndex((cell) => parseTimestampMs(cell) !== undefined);
        const powerColumn = cells.findIndex((cell) => /^\d+(\.\d+)?\s*W$/.test(cell));
        if (timeColumn < 0 && powerColumn < 0)
            return false;
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
        this.warnings.push(logWarning(this.file, lineNumber, `no header line: took ${found}`, 'write the log with a header (drop ",noheader") so columns are known by name'));
        this.warnNoPower(lineNumber);
        return true;
    }
    row(cells, lineNumber, unterminated) {
        const layout = this.layout;
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
        if (layout.powerColumn === undefined)
            return;
        let timeMs;
        if (layout.timeColumn !== undefined) {
            const stamp = layout.dmonDateColumn !== undefined
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
        if (timeMs === undefined && this.options.intervalSeconds) {
            const index = this.untimedSampleIndex.get(device) ?? 0;
            this.untimedSampleIndex.set(device, index + 1);
            timeMs = index * this.options.intervalSeconds * 1000;
        }
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
    deviceKey(cells, layout) {
        if (layout.deviceColumns.length === 1)
            return cells.get(layout.deviceColumns[0]);
        if (layout.deviceColumns.length > 0)
            return layout.deviceColumns.map((column) => cells.get(column)).join('/');
        if (layout.timeColumn === undefined)
            return '0';
        const stamp = cells.get(layout.timeColumn);
        if (stamp === this.tickTimestamp)
            this.tickPosition++;
        else {
            this.tickTimestamp = stamp;
            this.tickPosition = 0;
        }
        return String(this.tickPosition);
    }
    finish() {
        const power = this.integrator.result();
        const layout = this.layout;
        const warnings = [...this.warnings, ...this.rejected.problems(), ...power.warnings];
        if (this.powerMissing > 0)
            warnings.push(logWarning(this.file, undefined, `${this.powerMissing} samples had no power value ([N/A], [Not Supported]); they were skipped`));
        const base = {
            file: this.file,
            format: 'nvidia-smi',
            warnings,
            ...defined('acceleratorName', this.acceleratorName),
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
            warnings.push(logWarning(this.file, undefined, `no index column: lines sharing a timestamp were taken as ${power.deviceCount} GPUs in a fixed order`, 'add index to --query-gpu'));
        }
        const timed = layout.timeColumn !== undefined || this.options.intervalSeconds !== undefined || layout.dmon;
        if (!timed) {
            warnings.push(logWarning(this.file, undefined, `no timestamps: mean draw ${power.meanSampleWatts.toFixed(1)} W is known, energy is not`, 'add timestamp to --query-gpu, or give the sampling interval'));
            return { ...base, averagePowerWatts: power.meanSampleWatts, acceleratorCount: power.deviceCount };
        }
        if (layout.dmon && layout.timeColumn === undefined && this.options.intervalSeconds === undefined) {
            warnings.push(logWarning(this.file, undefined, 'dmon log without time columns: samples taken as 1 s apart (the dmon default)', 'run dmon with -o DT'));
        }
        const measurement = {
            ...base,
            energyKwh: (0,units/* kwhFromJoules */.Jp)(power.energyJoules),
            energyScope: 'accelerator',
            pueIncluded: false,
            durationHours: (0,units/* hoursFromSeconds */.N6)(power.longestDeviceSeconds),
            acceleratorCount: power.deviceCount,
            ...(power.deviceSeconds > 0
                ? { averagePowerWatts: power.energyJoules / power.deviceSeconds }
                : { averagePowerWatts: power.meanSampleWatts }),
        };
        return measurement;
    }
}
function arrayCells(cells) {
    return { count: cells.length, get: (index) => (cells[index] ?? '').trim() };
}
/** Finds the commas of an unquoted line once and cuts out only the cells asked for; reused for every line. */
class CommaCells {
    text = '';
    starts = [];
    count = 0;
    reset(text) {
        this.text = text;
        this.starts.length = 0;
        this.starts.push(0);
        for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1))
            this.starts.push(comma + 1);
        this.count = this.starts.length;
        return this;
    }
    get(index) {
        const start = this.starts[index];
        if (start === undefined)
            return '';
        const next = this.starts[index + 1];
        return this.text.slice(start, next === undefined ? this.text.length : next - 1).trim();
    }
}
function isHeader(cells) {
    const names = cells.map((cell) => readHeaderName(cell).name);
    return (names.every((name) => !/^[-+]?\d/.test(name)) &&
        names.some((name) => KNOWN_FIELDS.test(name) || /^power/.test(name)));
}
/** Watts from "74.01 W", "74.01" (nounits), "74010 mW"; 'missing' for [N/A] and friends. */
function readWatts(cell, headerUnit) {
    if (cell.endsWith(' W'))
        return numberOrUndefined(cell.slice(0, -2));
    const bare = numberOrUndefined(cell);
    if (bare !== undefined)
        return headerUnit.toLowerCase() === 'mw' ? bare / 1000 : bare;
    if (MISSING.test(cell))
        return 'missing';
    const match = VALUE_WITH_UNIT.exec(cell);
    if (!match || !/^m?w$/i.test(match[2]))
        return undefined;
    return Number(match[1]) / (match[2].toLowerCase() === 'mw' ? 1000 : 1);
}
function numberOrUndefined(text) {
    if (text === '')
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
function startsWithDigit(text) {
    const code = text.charCodeAt(0);
    return code >= 48 && code <= 57;
}
function findColumn(names, wanted) {
    for (const name of wanted) {
        const position = names.indexOf(name);
        if (position >= 0)
            return position;
    }
    return undefined;
}
/** dmon -o D prints 20240131. */
function dmonDate(cell) {
    return /^\d{8}$/.test(cell) ? `${cell.slice(0, 4)}-${cell.slice(4, 6)}-${cell.slice(6, 8)}` : cell;
}

;// CONCATENATED MODULE: ./build/logs/text-lines.js
// Bytes to lines in bounded memory: finds the encoding from the byte-order mark, strips NUL bytes,
// accepts LF, CRLF and CRCRLF, and never keeps more than one over-long line's worth of text.

/** Lines longer than this are dropped (a binary file or a runaway writer), not buffered. */
const MAX_LINE_CHARS = 1 << 20;
function detectEncoding(firstBytes) {
    if (firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf)
        return { encoding: 'utf-8', bomBytes: 3 };
    if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe)
        return { encoding: 'utf-16le', bomBytes: 2 };
    if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff)
        return { encoding: 'utf-16be', bomBytes: 2 };
    return { encoding: 'utf-8', bomBytes: 0 };
}
/** Decodes chunks and hands complete lines to a handler. */
class LineSplitter {
    file;
    handler;
    decoder;
    pending = '';
    lineNumber = 0;
    skippingLongLine = false;
    bomToSkip;
    warnings = [];
    constructor(file, encoding, bomBytes, handler) {
        this.file = file;
        this.handler = handler;
        this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
        this.bomToSkip = bomBytes;
    }
    get linesSeen() {
        return this.lineNumber;
    }
    push(chunk) {
        let bytes = chunk;
        if (this.bomToSkip > 0) {
            const skip = Math.min(this.bomToSkip, bytes.length);
            bytes = bytes.subarray(skip);
            this.bomToSkip -= skip;
        }
        this.pushText(this.decoder.decode(bytes, { stream: true }));
    }
    end() {
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
    pushText(decoded) {
        if (decoded === '')
            return;
        const text = decoded.includes('\0') ? decoded.replace(/\0+/g, '') : decoded;
        let start = 0;
        for (;;) {
            const newline = text.indexOf('\n', start);
            if (newline === -1)
                break;
            this.lineNumber++;
            if (this.skippingLongLine) {
                this.skippingLongLine = false;
            }
            else {
                let line = this.pending === '' ? text.slice(start, newline) : this.pending + text.slice(start, newline);
                this.pending = '';
                while (line.endsWith('\r'))
                    line = line.slice(0, -1);
                this.handler(line, this.lineNumber, false);
            }
            start = newline + 1;
        }
        if (this.skippingLongLine)
            return;
        const rest = start === 0 ? text : text.slice(start);
        if (this.pending.length + rest.length > MAX_LINE_CHARS) {
            this.warnings.push(logWarning(this.file, this.lineNumber + 1, `line longer than ${MAX_LINE_CHARS} characters ignored`, 'is this a text log?'));
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
function looksBinary(text) {
    if (text.length === 0)
        return false;
    let suspicious = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd)
            suspicious++;
    }
    return suspicious / text.length > 0.05;
}

;// CONCATENATED MODULE: ./build/logs/read.js









/** Bytes read before the format is decided. */
const HEAD_BYTES = 64 * 1024;
function createParser(format, file, options = {}) {
    switch (format) {
        case 'codecarbon':
            return new CodeCarbonParser(file);
        case 'nvidia-smi':
            return new NvidiaSmiParser(file, options);
        case 'hf-trainer':
            return new HfTrainerParser(file);
        case 'hf-model-card':
            return new HfModelCardParser(file);
        case 'carbontracker':
            return new CarbonTrackerParser(file);
        case 'eco2ai':
            return new Eco2aiParser(file);
    }
}
async function readMeasurement(source, file, format, options = {}) {
    const iterator = source[Symbol.asyncIterator]();
    const warnings = [];
    let bytes = 0;
    let ended = false;
    const next = async () => {
        if (ended)
            return undefined;
        try {
            const result = await iterator.next();
            if (result.done) {
                ended = true;
                return undefined;
            }
            const chunk = result.value;
            bytes += chunk.length;
            if (options.maxBytes !== undefined && bytes > options.maxBytes) {
                ended = true;
                warnings.push(logWarning(file, undefined, `only the first ${formatMegabytes(options.maxBytes)} were read`, 'the size limit for logs was reached'));
                await iterator.return?.();
                return chunk.subarray(0, Math.max(0, chunk.length - (bytes - options.maxBytes)));
            }
            return chunk;
        }
        catch (error) {
            ended = true;
            warnings.push(logWarning(file, undefined, `reading stopped: ${error.message}`, 'the part read before the error is used'));
            return undefined;
        }
    };
    const firstChunks = [];
    let headBytes = 0;
    while (headBytes < HEAD_BYTES) {
        const chunk = await next();
        if (!chunk)
            break;
        if (chunk.length === 0)
            continue;
        firstChunks.push(chunk);
        headBytes += chunk.length;
    }
    const empty = (message, hint) => ({
        file,
        format: format ?? 'unknown',
        warnings: [...warnings, logWarning(file, undefined, message, hint)],
    });
    if (headBytes === 0)
        return empty('empty file: nothing measured');
    const { encoding, bomBytes } = detectEncoding(firstChunks[0].length >= 3 ? firstChunks[0] : concat(firstChunks));
    const headLines = [];
    const splitter = new LineSplitter(file, encoding, bomBytes, (text, lineNumber, unterminated) => headLines.push({ text, lineNumber, unterminated }));
    for (const chunk of firstChunks)
        splitter.push(chunk);
    if (ended)
        splitter.end();
    const firstTexts = headLines.slice(0, DETECTION_LINES).map((line) => line.text);
    if (looksBinary(firstTexts.join('\n'))) {
        await iterator.return?.();
        return empty('binary file, not a text log: nothing measured', 'point logs: at the CSV, JSON or log file the tool wrote');
    }
    const detected = detectFormat(firstTexts);
    const chosen = format ?? detected;
    if (!chosen) {
        await iterator.return?.();
        if (firstTexts.every((text) => text.trim() === ''))
            return empty('empty file: nothing measured');
        return empty('could not tell which tool wrote this log', 'add format: (codecarbon, nvidia-smi, hf-trainer, hf-model-card, carbontracker, eco2ai) to the log entry');
    }
    if (format && detected && detected !== format) {
        warnings.push(logWarning(file, undefined, `read as ${format} as the manifest says, though the content looks like ${detected}`));
    }
    try {
        const parser = createParser(chosen, file, options);
        for (const line of headLines)
            parser.line(line.text, line.lineNumber, line.unterminated);
        headLines.length = 0;
        splitter.handler = (text, lineNumber, unterminated) => parser.line(text, lineNumber, unterminated);
        while (!ended) {
            const chunk = await next();
            if (!chunk)
                break;
            splitter.push(chunk);
        }
        splitter.end();
        const measurement = parser.finish();
        return { ...measurement, warnings: [...warnings, ...splitter.warnings, ...measurement.warnings] };
    }
    catch (error) {
        await iterator.return?.();
        return empty(`could not read this ${chosen} log: ${error.message}`);
    }
}
function concat(chunks) {
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const result = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        result.set(chunk, offset);
        offset += chunk.length;
    }
    return result;
}
function formatMegabytes(bytes) {
    return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./build/logs/attach.js
// Reads the logs a manifest's runs name, through a FileReader, so the same code reads a checkout, git objects at
// the base SHA, or the contents API. Paths are relative to the manifest and may not leave the repository.
// Bounded: each distinct file is read once however often it is named, at most MAX_LOG_FILES files per manifest and
// MAX_LOG_REFERENCES references, and a file larger than MAX_LOG_BYTES is an error (its run is estimated instead).



/** Distinct log files read per manifest: each may cost an API request and a full parse. */
const MAX_LOG_FILES = 100;
/** Log references (run × log entries) per manifest; repeats of one file cost a lookup, not a read. */
const MAX_LOG_REFERENCES = 10_000;
/** GitHub refuses files over 100 MB; a log bigger than that is not one a repository can hold. */
const MAX_LOG_BYTES = 100 * 1024 * 1024;
const DEFAULT_LIMITS = {
    maxFiles: MAX_LOG_FILES,
    maxReferences: MAX_LOG_REFERENCES,
    maxBytes: MAX_LOG_BYTES,
};
/** Counts bytes as they pass; stops (and says so) past the limit instead of reading on. */
async function* bounded(stream, maxBytes, over) {
    let bytes = 0;
    for await (const chunk of stream) {
        bytes += chunk.length;
        if (bytes > maxBytes) {
            over();
            return;
        }
        yield chunk;
    }
}
async function readOnce(files, repoPath, log, limits) {
    const refusal = await files.refuse?.(repoPath);
    if (refusal)
        return {
            problem: {
                message: `log path "${log.path}" refused: ${refusal}`,
                hint: 'logs must live in the repository',
                severity: 'error',
            },
        };
    const stream = files.openStream(repoPath);
    if (!stream)
        return { missing: true };
    let tooLarge = false;
    const measurement = await readMeasurement(bounded(stream, limits.maxBytes, () => (tooLarge = true)), repoPath, log.format);
    if (tooLarge)
        return {
            problem: {
                message: `log file ${repoPath} is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB and was not used; the run is estimated`,
                hint: 'commit a summary of the log (e.g. CodeCarbon emissions.csv rows for this run only)',
                severity: 'error',
            },
        };
    return { measurement };
}
async function readRunLogs(manifest, files, limits = DEFAULT_LIMITS) {
    const measurements = new Map();
    const problems = [];
    const manifestDir = posix_.dirname(manifest.file.replace(/\\/g, '/'));
    const reads = new Map();
    let references = 0;
    let skippedReferences = 0;
    let skippedFiles = 0;
    for (const [runIndex, run] of manifest.runs.entries()) {
        for (const [logIndex, log] of run.logs.entries()) {
            const field = `runs[${runIndex}].logs[${logIndex}]`;
            const where = { file: manifest.file, ...(run.line !== undefined ? { line: run.line } : {}), path: field };
            if (++references > limits.maxReferences) {
                skippedReferences++;
                continue;
            }
            const checked = (0,log_path/* checkLogPath */.E)(manifest.file, manifestDir, log.path, field);
            if (!checked.ok) {
                problems.push({ ...checked.problem, ...where });
                continue;
            }
            const key = `${checked.repoPath}\0${log.format ?? ''}`;
            let read = reads.get(key);
            if (!read) {
                if (reads.size >= limits.maxFiles) {
                    skippedFiles++;
                    continue;
                }
                read = readOnce(files, checked.repoPath, log, limits);
                reads.set(key, read);
                // The first reference reports what went wrong with the file; later ones only use the result.
                const result = await read;
                if ('measurement' in result)
                    problems.push(...result.measurement.warnings);
                if ('problem' in result)
                    problems.push({ ...result.problem, ...where });
                if ('missing' in result)
                    problems.push({
                        ...where,
                        message: `log file ${checked.repoPath} not found; the run is estimated`,
                        hint: 'paths in logs: are relative to the manifest',
                        severity: 'warning',
                    });
            }
            const result = await read;
            if ('measurement' in result)
                measurements.set(run.id, [...(measurements.get(run.id) ?? []), result.measurement]);
        }
    }
    if (skippedFiles)
        problems.push({
            file: manifest.file,
            severity: 'error',
            message: `${skippedFiles} log reference(s) were not read: the manifest names more than ${limits.maxFiles} distinct log files`,
            hint: 'combine logs, or keep per-run summaries instead of raw logs',
        });
    if (skippedReferences)
        problems.push({
            file: manifest.file,
            severity: 'error',
            message: `${skippedReferences} log reference(s) were not read: the manifest has more than ${limits.maxReferences} log entries`,
            hint: 'name each log once per run',
        });
    return { measurements, problems };
}


/***/ })

};
