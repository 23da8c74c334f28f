export const id = 121;
export const ids = [121];
export const modules = {

/***/ 8121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LOG_BYTES: () => (/* binding */ MAX_LOG_BYTES),
  MAX_LOG_FILES: () => (/* binding */ MAX_LOG_FILES),
  MAX_LOG_REFERENCES: () => (/* binding */ MAX_LOG_REFERENCES),
  readRunLogs: () => (/* binding */ readRunLogs)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./build/logs/log-path.js
var log_path = __webpack_require__(1770);
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

;// CONCATENATED MODULE: ./build/logs/byte-lines.js


const HAS_QUOTE = 1;
const HAS_NUL = 2;
const MAX_COMMAS = 1023;
const LF = 10;
const CR = 13;
const COMMA = 44;
/** Finds commas, quotes and NULs of one line (lines that span chunks; the rest are shaped in `push`'s loop). */
function shapeLine(bytes, start, end, shape) {
    let count = 0;
    let marks = 0;
    for (let index = start; index < end; index++) {
        const byte = bytes[index];
        if (byte > COMMA)
            continue;
        if (byte === COMMA) {
            if (count < MAX_COMMAS)
                shape.commas[count] = index;
            count++;
        }
        else if (byte === 34)
            marks |= HAS_QUOTE;
        else if (byte === 0)
            marks |= HAS_NUL;
    }
    shape.commaCount = count;
    shape.marks = marks;
}
class ByteLineSplitter {
    file;
    handler;
    kernel;
    carry = new Uint8Array(4096);
    carryLength = 0;
    lineNumber = 0;
    skippingLongLine = false;
    bomToSkip;
    shape = { commas: new Int32Array(MAX_COMMAS), commaCount: 0, marks: 0 };
    warnings = [];
    constructor(file, bomBytes, handler, 
    /** When given, the WebAssembly kernel scans the complete lines of each chunk instead of the loop below. */
    kernel) {
        this.file = file;
        this.handler = handler;
        this.kernel = kernel;
        this.bomToSkip = bomBytes;
    }
    push(chunk) {
        // A plain Uint8Array view (no copy): element access stays monomorphic whether the source gives Buffers or not.
        let bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
        if (this.bomToSkip > 0) {
            const skip = Math.min(this.bomToSkip, bytes.length);
            bytes = bytes.subarray(skip);
            this.bomToSkip -= skip;
        }
        let start = 0;
        if (this.carryLength > 0 || this.skippingLongLine) {
            const newline = bytes.indexOf(LF);
            if (newline === -1) {
                this.keep(bytes, 0);
                return;
            }
            this.lineNumber++;
            if (this.skippingLongLine)
                this.skippingLongLine = false;
            else {
                this.append(bytes, 0, newline);
                const line = this.carry;
                const length = this.carryLength;
                this.carryLength = 0;
                this.emitShaped(line, 0, length, false);
            }
            start = newline + 1;
        }
        if (this.kernel) {
            this.scanWithKernel(this.kernel, bytes, start);
            return;
        }
        // One pass finds line ends, commas, quotes and NULs, so parsers need not look at every byte again.
        const shape = this.shape;
        const commas = shape.commas;
        let count = 0;
        let marks = 0;
        let lineStart = start;
        const length = bytes.length;
        for (let index = start; index < length; index++) {
            const byte = bytes[index];
            if (byte > COMMA)
                continue;
            if (byte === COMMA) {
                if (count < MAX_COMMAS)
                    commas[count] = index;
                count++;
            }
            else if (byte === LF) {
                this.lineNumber++;
                shape.commaCount = count;
                shape.marks = marks;
                let end = index;
                while (end > lineStart && bytes[end - 1] === CR)
                    end--;
                this.handler(bytes, lineStart, end, this.lineNumber, false, shape);
                count = 0;
                marks = 0;
                lineStart = index + 1;
            }
            else if (byte === 34)
                marks |= HAS_QUOTE;
            else if (byte === 0)
                marks |= HAS_NUL;
        }
        this.keep(bytes, lineStart);
    }
    end() {
        if (this.skippingLongLine) {
            this.skippingLongLine = false;
            return;
        }
        if (this.carryLength > 0) {
            this.lineNumber++;
            const length = this.carryLength;
            this.carryLength = 0;
            this.emitShaped(this.carry, 0, length, true);
        }
    }
    /** The complete lines of bytes[start…] go through the kernel in pieces that fit its input; the rest is kept. */
    scanWithKernel(kernel, bytes, start) {
        const last = bytes.lastIndexOf(LF);
        let from = start;
        while (from <= last) {
            let to = last + 1;
            if (to - from > kernel.inputBytes) {
                const cut = bytes.lastIndexOf(LF, from + kernel.inputBytes - 1);
                if (cut < from) {
                    // One line longer than the kernel's input: shaped here.
                    const newline = bytes.indexOf(LF, from);
                    this.lineNumber++;
                    this.emitShaped(bytes, from, newline, false);
                    from = newline + 1;
                    continue;
                }
                to = cut + 1;
            }
            this.lineNumber = kernel.scanLines(bytes, from, to, this.lineNumber, this.handler);
            from = to;
        }
        this.keep(bytes, Math.max(start, last + 1));
    }
    emitShaped(bytes, start, end, unterminated) {
        while (end > start && bytes[end - 1] === CR)
            end--;
        shapeLine(bytes, start, end, this.shape);
        this.handler(bytes, start, end, this.lineNumber, unterminated, this.shape);
    }
    /** Keeps the unfinished last line of a chunk, or starts skipping it when it grows past the line limit. */
    keep(bytes, start) {
        if (this.skippingLongLine || start >= bytes.length)
            return;
        if (this.carryLength + (bytes.length - start) > MAX_LINE_CHARS) {
            this.warnings.push(logWarning(this.file, this.lineNumber + 1, `line longer than ${MAX_LINE_CHARS} characters ignored`, 'is this a text log?'));
            this.carryLength = 0;
            this.skippingLongLine = true;
            return;
        }
        this.append(bytes, start, bytes.length);
    }
    append(bytes, start, end) {
        const needed = this.carryLength + (end - start);
        if (needed > this.carry.length) {
            const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
            grown.set(this.carry.subarray(0, this.carryLength));
            this.carry = grown;
        }
        this.carry.set(bytes.subarray(start, end), this.carryLength);
        this.carryLength = needed;
    }
}
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** The text LineSplitter would give for these bytes of one line: decoded, NULs dropped, trailing CRs removed. */
function decodeLine(bytes, start, end) {
    let text = decoder.decode(bytes.subarray(start, end));
    if (text.includes('\0'))
        text = text.replace(/\0+/g, '');
    while (text.endsWith('\r'))
        text = text.slice(0, -1);
    return text;
}
/** Decodes a short range (a cell) for messages and rare slow paths. */
function decodeRange(bytes, start, end) {
    return decoder.decode(bytes.subarray(start, end));
}

;// CONCATENATED MODULE: ./build/logs/byte-source.js

class ByteSource {
    file;
    maxBytes;
    iterator;
    bytes = 0;
    ended = false;
    warnings = [];
    constructor(source, file, maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.iterator = source[Symbol.asyncIterator]();
    }
    /** The next chunk, or undefined at the end, after a read error, or past the size limit. */
    async next() {
        if (this.ended)
            return undefined;
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
                this.warnings.push(logWarning(this.file, undefined, `only the first ${formatMegabytes(this.maxBytes)} were read`, 'the size limit for logs was reached'));
                await this.iterator.return?.();
                return chunk.subarray(0, Math.max(0, chunk.length - (this.bytes - this.maxBytes)));
            }
            return chunk;
        }
        catch (error) {
            this.ended = true;
            this.warnings.push(logWarning(this.file, undefined, `reading stopped: ${error.message}`, 'the part read before the error is used'));
            return undefined;
        }
    }
    /** Stops reading early (the rest of the file is not needed). */
    async close() {
        if (this.ended)
            return;
        this.ended = true;
        await this.iterator.return?.();
    }
}
function formatMegabytes(bytes) {
    return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./build/logs/csv.js
// Reading CSV header names and cells the way the log writers spell them; lines are split by util/csv.ts.
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

;// CONCATENATED MODULE: ./build/util/csv.js
// The project's one CSV reader (RFC 4180: quoted cells may hold commas, doubled quotes and line ends; LF, CRLF and
// CR end records). Whole texts (calibration tables) and single log lines (already split by the log reader) both
// go through `readRecord`.
/** Cells of the record starting at `start`, and where the next record starts. */
function readRecord(text, start, lineEnds) {
    const cells = [];
    let cell = '';
    let quoted = false;
    let index = start;
    for (; index < text.length; index++) {
        const char = text[index];
        if (quoted) {
            if (char === '"' && text[index + 1] === '"') {
                cell += '"';
                index++;
            }
            else if (char === '"')
                quoted = false;
            else
                cell += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            cells.push(cell);
            cell = '';
        }
        else if (lineEnds && (char === '\n' || char === '\r')) {
            if (char === '\r' && text[index + 1] === '\n')
                index++;
            cells.push(cell);
            return { cells, next: index + 1 };
        }
        else
            cell += char;
    }
    cells.push(cell);
    return { cells, next: index };
}
/** Every record of a CSV text, cells as written (not trimmed). */
function parseCsvRows(text) {
    const rows = [];
    for (let start = 0; start < text.length;) {
        const { cells, next } = readRecord(text, start, true);
        rows.push(cells);
        start = next;
    }
    return rows;
}
/** One object per non-blank row, keyed by the trimmed header names; cells trimmed. */
function parseCsvRecords(text) {
    const [header, ...body] = parseCsvRows(text);
    if (!header)
        return [];
    return body
        .filter((row) => row.some((cell) => cell.trim() !== ''))
        .map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), (row[index] ?? '').trim()])));
}
/** Cells of one line (its line end already removed), trimmed. */
function splitCsvLine(line) {
    if (!line.includes('"'))
        return line.split(',').map((cell) => cell.trim());
    return readRecord(line, 0, false).cells.map((cell) => cell.trim());
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
const CODECARBON_NAMES = [
    'timestamp',
    'run_id',
    'experiment_id',
    'project_name',
    'duration',
    'emissions',
    'energy_consumed',
];
/** Why no rule fitted, when the first line says so: a spreadsheet's separator, or CodeCarbon without its energy. */
function undetectedReason(firstLines) {
    const first = firstLines.find((line) => line.trim() !== '')?.trim();
    if (first === undefined)
        return undefined;
    for (const separator of [';', '\t']) {
        const names = first.split(separator).map((cell) => readHeaderName(cell).name);
        if (names.length > 2 && names.filter((name) => CODECARBON_NAMES.includes(name)).length >= 2)
            return `the columns are separated by "${separator === '\t' ? 'tab' : separator}" (a spreadsheet re-save?): CodeCarbon and nvidia-smi write commas; export it as comma-separated CSV`;
    }
    const names = splitCsvLine(first).map((cell) => readHeaderName(cell).name);
    if (names.includes('emissions') && names.includes('duration') && !names.includes('energy_consumed'))
        return 'it looks like CodeCarbon without the energy_consumed column: keep the columns CodeCarbon wrote';
    return undefined;
}

// EXTERNAL MODULE: ./build/manifest/types.js
var types = __webpack_require__(3913);
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

;// CONCATENATED MODULE: ./build/logs/byte-cells.js
// Cutting one CSV line (as bytes) into trimmed cells, without making strings. Lines the fast readers cannot take
// as they are (quotes, NULs, CRs inside the line, non-ASCII bytes) are refused, and the caller decodes them.


const MAX_CELLS = MAX_COMMAS + 1;
/**
 * ASCII whitespace String.prototype.trim removes: tab, LF, vertical tab, form feed, CR, space. (Non-ASCII
 * whitespace at a cell's edge is found by hasUnicodeEdge, and such cells go the string path.)
 */
function isBlank(byte) {
    return byte === 32 || (byte >= 9 && byte <= 13);
}
class ByteCells {
    starts;
    ends;
    bytes;
    count = 0;
    constructor(
    /** Trimmed start and end of each cell. */
    starts = new Int32Array(MAX_CELLS), ends = new Int32Array(MAX_CELLS), bytes = new Uint8Array(0)) {
        this.starts = starts;
        this.ends = ends;
        this.bytes = bytes;
    }
    /**
     * True after `split` when a cell may read differently as a string: non-ASCII whitespace at an edge (which
     * String.prototype.trim removes), or a start that could make the line a CodeCarbon header (`timestamp`, `duration`).
     */
    suspect = false;
    /** Cells of bytes[start, end) from the commas the splitter found, each trimmed; false past MAX_COMMAS commas. */
    split(bytes, start, end, shape) {
        if (shape.commaCount > MAX_COMMAS)
            return false;
        this.bytes = bytes;
        const starts = this.starts;
        const ends = this.ends;
        const commas = shape.commas;
        const count = shape.commaCount + 1;
        let suspect = false;
        let cellStart = start;
        for (let cell = 0; cell < count; cell++) {
            let cellEnd = cell < count - 1 ? commas[cell] : end;
            const next = cellEnd + 1;
            let cellBegin = cellStart;
            while (cellBegin < cellEnd && isBlank(bytes[cellBegin]))
                cellBegin++;
            while (cellEnd > cellBegin && isBlank(bytes[cellEnd - 1]))
                cellEnd--;
            starts[cell] = cellBegin;
            ends[cell] = cellEnd;
            if (cellBegin < cellEnd) {
                const first = bytes[cellBegin] | 0x20;
                if (first === 116 || first === 100 || first >= 0xa0 || bytes[cellEnd - 1] >= 0x80)
                    suspect ||= this.suspectCell(cell);
            }
            cellStart = next;
        }
        this.count = count;
        this.suspect = suspect;
        return true;
    }
    suspectCell(cell) {
        return this.hasUnicodeEdge(cell) || this.startsWith(cell, 'timestamp') || this.startsWith(cell, 'duration');
    }
    isEmpty(cell) {
        return this.starts[cell] === this.ends[cell];
    }
    text(cell) {
        return decodeRange(this.bytes, this.starts[cell], this.ends[cell]);
    }
    /** True when the cell, lower-cased, starts with `name` (ASCII letters only). */
    startsWith(cell, name) {
        const start = this.starts[cell];
        if (this.ends[cell] - start < name.length)
            return false;
        for (let index = 0; index < name.length; index++) {
            if ((this.bytes[start + index] | 0x20) !== name.charCodeAt(index))
                return false;
        }
        return true;
    }
    /** True when the cell starts or ends with non-ASCII whitespace, which String.prototype.trim would remove. */
    hasUnicodeEdge(cell) {
        const start = this.starts[cell];
        const end = this.ends[cell];
        if (start === end || (this.bytes[start] < 0x80 && this.bytes[end - 1] < 0x80))
            return false;
        return unicodeSpaceLength(this.bytes, start, end) > 0 || unicodeSpaceEndsAt(this.bytes, start, end);
    }
}
/**
 * UTF-8 of the whitespace JavaScript's trim removes beyond ASCII: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000, U+FEFF. Returns the length of the one starting at `at`, or 0.
 */
function unicodeSpaceLength(bytes, at, end) {
    const first = bytes[at];
    if (first === 0xc2)
        return at + 1 < end && bytes[at + 1] === 0xa0 ? 2 : 0;
    if (at + 2 >= end)
        return 0;
    const second = bytes[at + 1];
    const third = bytes[at + 2];
    if (first === 0xe1)
        return second === 0x9a && third === 0x80 ? 3 : 0;
    if (first === 0xe2) {
        if (second === 0x80)
            return third <= 0x8a || third === 0xa8 || third === 0xa9 || third === 0xaf ? 3 : 0;
        return second === 0x81 && third === 0x9f ? 3 : 0;
    }
    if (first === 0xe3)
        return second === 0x80 && third === 0x80 ? 3 : 0;
    if (first === 0xef)
        return second === 0xbb && third === 0xbf ? 3 : 0;
    return 0;
}
function unicodeSpaceEndsAt(bytes, start, end) {
    return ((end - 2 >= start && unicodeSpaceLength(bytes, end - 2, end) === 2) ||
        (end - 3 >= start && unicodeSpaceLength(bytes, end - 3, end) === 3));
}
/**
 * The same string for the same bytes (GPU ids, run ids, model names repeat on every row), so rows make no new
 * strings. Holds at most `capacity` strings; past that it decodes without keeping.
 */
class ByteStrings {
    capacity;
    table = new Map();
    /** One-byte values (GPU indices 0–9) by their byte. */
    singleBytes = new Array(256).fill(undefined);
    size = 0;
    constructor(capacity = 4096) {
        this.capacity = capacity;
    }
    /** The string kept for these bytes, or undefined. */
    find(bytes, start, end) {
        for (let entry = this.table.get(hashOf(bytes, start, end)); entry; entry = entry.next) {
            if (sameBytes(entry.bytes, bytes, start, end))
                return entry.text;
        }
        return undefined;
    }
    get(bytes, start, end) {
        if (end - start === 1) {
            const byte = bytes[start];
            const known = this.singleBytes[byte];
            if (known !== undefined)
                return known;
            const text = decodeRange(bytes, start, end);
            this.singleBytes[byte] = text;
            return text;
        }
        const hash = hashOf(bytes, start, end);
        const first = this.table.get(hash);
        for (let entry = first; entry; entry = entry.next) {
            if (sameBytes(entry.bytes, bytes, start, end))
                return entry.text;
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
function hashOf(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++)
        hash = Math.imul(hash ^ bytes[index], 0x01000193);
    return hash;
}
function sameBytes(kept, bytes, start, end) {
    if (kept.length !== end - start)
        return false;
    for (let index = 0; index < kept.length; index++)
        if (kept[index] !== bytes[start + index])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./build/logs/byte-numbers.js
// Numbers and timestamps read straight from bytes. Each reader handles the plain spellings logs use and returns
// NaN for anything else, so the caller can fall back to the string reader; where it returns a number, that number
// is exactly what Number() / parseTimestampMs would give (see the notes on exactness).
/** 10^0 … 10^22: every one is exactly representable as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);
/** More significant digits than this may not fit a double's 53-bit mantissa exactly. */
const MAX_DIGITS = 15;
const isDigit = (byte) => byte >= 48 && byte <= 57;
/**
 * `-?\d+(\.\d*)?([eE][-+]?\d+)?` or `-?\.\d+…` in bytes[start, end), else NaN.
 * Exactness: with at most 15 significant digits the digits form an exact integer m, and with a decimal exponent of
 * at most 22 in size, 10^e is exact too; one IEEE multiplication or division of two exact values is correctly
 * rounded, which is what Number() returns (Clinger's fast path).
 */
function parseDecimal(bytes, start, end) {
    let index = start;
    let negative = false;
    if (index < end && bytes[index] === 45) {
        negative = true;
        index++;
    }
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = 0;
    let intDigits = 0;
    while (index < end && isDigit(bytes[index])) {
        mantissa = mantissa * 10 + (bytes[index] - 48);
        index++;
        intDigits++;
    }
    digits = intDigits;
    if (index < end && bytes[index] === 46) {
        index++;
        while (index < end && isDigit(bytes[index])) {
            mantissa = mantissa * 10 + (bytes[index] - 48);
            index++;
            fractionDigits++;
        }
        digits += fractionDigits;
    }
    if (digits === 0)
        return Number.NaN;
    let exponent = 0;
    if (index < end && (bytes[index] === 101 || bytes[index] === 69)) {
        index++;
        let exponentNegative = false;
        if (index < end && (bytes[index] === 45 || bytes[index] === 43)) {
            exponentNegative = bytes[index] === 45;
            index++;
        }
        const exponentStart = index;
        while (index < end && isDigit(bytes[index]) && index - exponentStart < 4) {
            exponent = exponent * 10 + (bytes[index] - 48);
            index++;
        }
        if (index === exponentStart)
            return Number.NaN;
        if (exponentNegative)
            exponent = -exponent;
    }
    if (index !== end)
        return Number.NaN;
    // Too many digits for an exact double: the syntax is plain, so Number() reads the same characters.
    if (digits > MAX_DIGITS)
        return Number(asciiText(bytes, start, end));
    const scale = exponent - fractionDigits;
    let value;
    if (mantissa === 0)
        value = 0;
    else if (scale === 0)
        value = mantissa;
    else if (scale > 0 && scale <= 22)
        value = mantissa * POWERS_OF_TEN[scale];
    else if (scale < 0 && scale >= -22)
        value = mantissa / POWERS_OF_TEN[-scale];
    else
        return Number.NaN;
    return negative ? -value : value;
}
/**
 * The text of a plain decimal (`\d+(\.\d*)?([eE][-+]?\d{1,3})?`) with more than 15 digits, which Number() will
 * read as a finite, non-negative number; undefined for anything else (short, signed, huge, or not plain).
 */
function longDecimalText(bytes, start, end) {
    let index = start;
    let digits = 0;
    let intDigits = 0;
    while (index < end && isDigit(bytes[index]))
        index++;
    intDigits = index - start;
    if (intDigits === 0)
        return undefined;
    digits = intDigits;
    if (index < end && bytes[index] === 46) {
        const fractionStart = ++index;
        while (index < end && isDigit(bytes[index]))
            index++;
        digits += index - fractionStart;
    }
    if (digits <= MAX_DIGITS)
        return undefined;
    if (index < end) {
        if (bytes[index] !== 101 && bytes[index] !== 69)
            return undefined;
        index++;
        if (index < end && (bytes[index] === 45 || bytes[index] === 43))
            index++;
        const exponentStart = index;
        while (index < end && isDigit(bytes[index]))
            index++;
        // At most 99: with the digits before the point this stays far below the largest double.
        if (index !== end || index === exponentStart || index - exponentStart > 2 || intDigits > 200)
            return undefined;
    }
    else if (intDigits > 300)
        return undefined;
    return asciiText(bytes, start, end);
}
/** The characters of a short ASCII range: Node's Buffers slice natively; no subarray (it would build a Buffer). */
function asciiText(bytes, start, end) {
    if (bytes.latin1Slice)
        return bytes.latin1Slice(start, end);
    let text = '';
    for (let index = start; index < end; index++)
        text += String.fromCharCode(bytes[index]);
    return text;
}
/**
 * Milliseconds since the epoch for `YYYY[-/]MM[-/]DD[ T]HH:MM:SS` with an optional `.f`, `.ff` or `.fff` and no zone
 * (read as UTC, as parseTimestampMs does), else NaN. Exactness: Date.UTC's day number times 86,400,000 plus the
 * integer milliseconds of the day is how the standard defines it, all in exact integers; the day is cached.
 */
class TimestampReader {
    dayKey = -1;
    dayMs = 0;
    read(bytes, start, end) {
        const length = end - start;
        if (length < 19 || length > 23 || length === 20)
            return Number.NaN;
        const b = bytes;
        const s = start;
        const dateSeparator = b[s + 4];
        if ((dateSeparator !== 45 && dateSeparator !== 47) || (b[s + 7] !== 45 && b[s + 7] !== 47))
            return Number.NaN;
        if ((b[s + 10] !== 32 && b[s + 10] !== 84) || b[s + 13] !== 58 || b[s + 16] !== 58)
            return Number.NaN;
        const year = fourDigits(b, s);
        const month = twoDigits(b, s + 5);
        const day = twoDigits(b, s + 8);
        const hour = twoDigits(b, s + 11);
        const minute = twoDigits(b, s + 14);
        const second = twoDigits(b, s + 17);
        if ((year | month | day | hour | minute | second) < 0)
            return Number.NaN;
        let millis = 0;
        if (length > 19) {
            if (b[s + 19] !== 46 && b[s + 19] !== 44)
                return Number.NaN;
            for (let index = s + 20; index < end; index++) {
                if (!isDigit(b[index]))
                    return Number.NaN;
                millis = millis * 10 + (b[index] - 48);
            }
            millis *= POWERS_OF_TEN[23 - length];
        }
        const key = year * 10_000 + month * 100 + day;
        if (key !== this.dayKey) {
            this.dayKey = key;
            this.dayMs = Date.UTC(year, month - 1, day);
        }
        const ms = this.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis;
        return Number.isFinite(ms) ? ms : Number.NaN;
    }
}
function twoDigits(bytes, at) {
    const tens = bytes[at] - 48;
    const ones = bytes[at + 1] - 48;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
function fourDigits(bytes, at) {
    const high = twoDigits(bytes, at);
    const low = twoDigits(bytes, at + 2);
    return high < 0 || low < 0 ? -1 : high * 100 + low;
}

;// CONCATENATED MODULE: ./build/logs/codecarbon.js








const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const RUN_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENERGY_PARTS = ['cpu_energy', 'gpu_energy', 'ram_energy'];
/**
 * Distinct runs kept per file. A file with a new run id on every row (CodeCarbon 1.x, or a damaged file) would
 * otherwise hold one entry per row; past this, rows of new runs are left out and reported.
 */
const MAX_RUNS = 100_000;
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
    positions;
    byteCells = new ByteCells();
    /** The cells numberAt, laterNumberAt and textAt read: the byte reader's, or the scan kernel's. */
    cells = this.byteCells;
    totalsShape;
    stagedTexts;
    byteStrings = new ByteStrings();
    runIds = new ByteStrings(MAX_RUNS);
    newestRun;
    droppedRuns = 0;
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
        const at = (name) => this.columns.get(name) ?? -1;
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
    keep(key, row, meta) {
        const previous = this.runs.get(key);
        if (previous && row.durationSeconds < previous.durationSeconds)
            return;
        if (!previous) {
            if (this.runs.size >= MAX_RUNS) {
                this.droppedRuns++;
                return;
            }
            this.newestRun = key;
        }
        if (key === this.newestRun)
            row.meta = meta();
        this.runs.set(key, row);
    }
    /**
     * The fast path for data rows, read from bytes with the same rules as `line` and `readRow`. Returns false for any
     * line it does not take (headers, task mode, quotes, odd bytes), which the caller then decodes for `line`.
     */
    lineBytes(bytes, start, end, lineNumber, unterminated, shape) {
        const at = this.positions;
        if (!at || this.taskMode || at.runKey < 0)
            return false;
        let first = start;
        while (first < end && isBlank(bytes[first]))
            first++;
        if (first === end)
            return true;
        if (shape.marks !== 0)
            return false;
        const cells = this.byteCells;
        if (!cells.split(bytes, first, end, shape) || cells.suspect)
            return false;
        this.cells = cells;
        const columns = this.header.length;
        const cut = unterminated ? ' (the last line has no line end: the file was probably cut while being written)' : '';
        if (cells.count !== columns && !(cells.count === columns + 1 && cells.isEmpty(columns))) {
            this.rejected.add(lineNumber, `${cells.count} fields where the header has ${columns}${cut}`, 'a row with missing fields is corrupt (values shift left); it is not padded');
            return true;
        }
        if (!isCodeCarbonTimestamp(bytes, cells.starts[at.timestamp], cells.ends[at.timestamp])) {
            const timestamp = cells.text(at.timestamp);
            this.rejected.add(lineNumber, `timestamp "${timestamp.slice(0, 30)}" is not YYYY-MM-DDTHH:MM:SS${cut}`, 'rows garbled by two writers are dropped');
            return true;
        }
        const keyStart = cells.starts[at.runKey];
        const keyEnd = cells.ends[at.runKey];
        // Only valid ids are kept in runIds, so an id seen before needs no check.
        let key = this.runIds.find(bytes, keyStart, keyEnd);
        if (key === undefined && !isUuid(bytes, keyStart, keyEnd)) {
            this.rejected.add(lineNumber, `${this.runKeyColumn} "${cells.text(at.runKey).slice(0, 40)}" is not a UUID${cut}`);
            return true;
        }
        const durationSeconds = this.numberAt(at.duration);
        let energyKwh = this.laterNumberAt(at.energy);
        if (energyKwh === undefined) {
            const parts = at.parts.map((position) => this.numberAt(position));
            energyKwh = sumParts(parts);
        }
        const co2eKg = this.laterNumberAt(at.emissions);
        if (durationSeconds === undefined ||
            durationSeconds < 0 ||
            energyKwh === undefined ||
            (typeof energyKwh === 'number' && energyKwh < 0) ||
            (typeof co2eKg === 'number' && co2eKg < 0)) {
            this.rejected.add(lineNumber, `duration, energy_consumed or emissions is missing or negative${cut}`);
            return true;
        }
        key ??= this.runIds.get(bytes, keyStart, keyEnd);
        const previous = this.runs.get(key);
        if (previous && durationSeconds < previous.durationSeconds)
            return true;
        const row = {
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
    kernelRowShape() {
        const at = this.positions;
        if (!at || this.taskMode || at.runKey < 0 || at.timestamp < 0 || at.duration < 0)
            return undefined;
        if (at.energy < 0 || at.emissions < 0)
            return undefined;
        if (this.totalsShape?.positions !== at)
            this.totalsShape = {
                kind: 'totals',
                positions: at,
                cells: this.header.length,
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
    totalsRow(kernelRow) {
        const cells = kernelRow.cells;
        this.cells = cells;
        this.stagedTexts = kernelRow.texts;
        const at = this.positions;
        const duration = Number.isNaN(kernelRow.durationSeconds) ? this.numberAt(at.duration) : kernelRow.durationSeconds;
        const runKey = kernelRow.key ?? this.runIds.get(cells.bytes, cells.starts[at.runKey], cells.ends[at.runKey]);
        const previous = this.runs.get(runKey);
        if (previous && duration < previous.durationSeconds)
            return;
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
        const row = {
            durationSeconds: duration,
            energyKwh: 0,
            co2eKg: undefined,
            gpuEnergyKwh: undefined,
            gpuCount,
            pue,
        };
        this.keep(runKey, row, () => this.metaAt(at));
        if (this.runs.get(runKey) === row)
            row.pending = this.pendingOf(staged, undefined, at);
    }
    /** Where the kept row's energy, emissions and gpu_energy are: staged in the kernel (now kept there) or copied. */
    pendingOf(staged, reuse, at) {
        if (staged >= 0) {
            this.stagedTexts.keep(staged);
            return staged;
        }
        return this.pendingTexts(typeof reuse === 'number' ? undefined : reuse, at);
    }
    kernelDone() {
        for (const row of this.runs.values())
            if (typeof row.pending === 'number')
                row.pending = this.stagedTexts.read(row.pending);
    }
    metaAt(at) {
        return {
            gpuModel: this.textAt(at.gpuModel),
            countryIsoCode: this.textAt(at.countryIsoCode),
            region: this.textAt(at.region),
            cloudProvider: this.textAt(at.cloudProvider),
            cloudRegion: this.textAt(at.cloudRegion),
        };
    }
    pendingTexts(reuse, at) {
        const cells = this.cells;
        const energyLength = cells.ends[at.energy] - cells.starts[at.energy];
        const co2eLength = cells.ends[at.emissions] - cells.starts[at.emissions];
        const gpuEnergyLength = at.gpuEnergy < 0 ? 0 : cells.ends[at.gpuEnergy] - cells.starts[at.gpuEnergy];
        const needed = energyLength + co2eLength + gpuEnergyLength;
        const pending = reuse && reuse.bytes.length >= needed
            ? reuse
            : { bytes: new Uint8Array(Math.max(64, needed)), energyEnd: 0, co2eEnd: 0, gpuEnergyEnd: 0 };
        pending.energyEnd = copyCell(cells, at.energy, pending.bytes, 0);
        pending.co2eEnd = copyCell(cells, at.emissions, pending.bytes, pending.energyEnd);
        pending.gpuEnergyEnd =
            at.gpuEnergy < 0 ? pending.co2eEnd : copyCell(cells, at.gpuEnergy, pending.bytes, pending.co2eEnd);
        return pending;
    }
    /** The numbers of a kernel-checked row, read as laterNumberAt reads them. */
    resolvePending(row, pending) {
        const { bytes, energyEnd, co2eEnd, gpuEnergyEnd } = pending;
        row.energyKwh = laterNumberOf(bytes, 0, energyEnd);
        row.co2eKg = laterNumberOf(bytes, energyEnd, co2eEnd);
        row.gpuEnergyKwh = this.positions.gpuEnergy < 0 ? undefined : laterNumberOf(bytes, co2eEnd, gpuEnergyEnd);
        row.pending = undefined;
    }
    /** parseNumberCell from bytes. */
    numberAt(position) {
        if (position < 0)
            return undefined;
        const cells = this.cells;
        if (cells.isEmpty(position))
            return undefined;
        const value = parseDecimal(cells.bytes, cells.starts[position], cells.ends[position]);
        return Number.isNaN(value) ? parseNumberCell(cells.text(position)) : value;
    }
    /** numberAt, leaving long non-negative decimals as text for later. */
    laterNumberAt(position) {
        if (position < 0)
            return undefined;
        const cells = this.cells;
        return laterNumberOf(cells.bytes, cells.starts[position], cells.ends[position]);
    }
    /** nonEmpty from bytes; repeated values give the same string. */
    textAt(position) {
        const cells = this.cells;
        if (position < 0 || cells.isEmpty(position))
            return undefined;
        return this.byteStrings.get(cells.bytes, cells.starts[position], cells.ends[position]);
    }
    finish() {
        const warnings = [...this.warnings, ...this.rejected.problems()];
        if (this.droppedRuns > 0)
            warnings.push(logWarning(this.file, undefined, `more than ${MAX_RUNS} distinct run ids: ${this.droppedRuns} rows of further runs were left out, so energy and emissions are undercounted`, 'a run id on every row is CodeCarbon 1.x or a damaged file; split the file or give the totals in the manifest'));
        const base = { file: this.file, format: 'codecarbon', warnings };
        if (this.runs.size === 0) {
            warnings.push(logWarning(this.file, undefined, 'no usable CodeCarbon rows: nothing measured', this.header ? undefined : 'the file is empty or has no header'));
            return base;
        }
        const rows = [...this.runs.values()];
        for (const row of rows) {
            if (row.pending !== undefined)
                this.resolvePending(row, row.pending);
            row.energyKwh = Number(row.energyKwh);
            if (typeof row.co2eKg === 'string')
                row.co2eKg = Number(row.co2eKg);
            if (typeof row.gpuEnergyKwh === 'string')
                row.gpuEnergyKwh = Number(row.gpuEnergyKwh);
        }
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
        const meta = last.meta;
        const gpuCount = last.gpuCount && last.gpuCount > 0 ? Math.round(last.gpuCount) : undefined;
        const gpuRows = rows.filter((row) => row.gpuEnergyKwh !== undefined && row.gpuEnergyKwh > 0 && row.gpuCount && row.durationSeconds > 0);
        const gpuHours = sum(gpuRows.map((row) => (0,units/* hoursFromSeconds */.N6)(row.gpuCount * row.durationSeconds)));
        // gpu_energy carries CodeCarbon's PUE; divide it out to get board power.
        const gpuBoardKwh = sum(gpuRows.map((row) => row.gpuEnergyKwh / (row.pue && row.pue > 0 ? row.pue : 1)));
        const parts = measuredParts(rows);
        return {
            ...base,
            energyKwh,
            energyScope: 'facility',
            pueIncluded: true,
            ...defined('parts', parts),
            ...defined('co2eKg', co2eKg),
            ...(co2eKg !== undefined && energyKwh > 0 ? { intensityGPerKwh: (0,units/* intensityGPerKwhOf */.Z0)(co2eKg, energyKwh) } : {}),
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
function measuredParts(rows) {
    const pueOf = (row) => (row.pue && row.pue > 0 ? row.pue : 1);
    const gpu = rows.map((row) => row.gpuEnergyKwh);
    if (!gpu.every((kwh) => kwh !== undefined && Number.isFinite(kwh) && kwh >= 0))
        return undefined;
    const acceleratorKwh = sum(rows.map((row, k) => gpu[k] / pueOf(row)));
    const itKwh = sum(rows.map((row) => row.energyKwh / pueOf(row)));
    return itKwh > 0 && acceleratorKwh <= itKwh ? { acceleratorKwh, itKwh } : undefined;
}
/** "gcp:europe-west1" on a cloud, else "FRA/auvergne-rhone-alpes" (either part may be missing). */
function locationOf(row) {
    if (row.cloudProvider && row.cloudRegion)
        return `${row.cloudProvider}:${row.cloudRegion}`;
    const parts = [row.countryIsoCode, row.region].filter(Boolean);
    return parts.length > 0 ? parts.join('/') : undefined;
}
/** A trimmed cell as laterNumberAt reads it: undefined when empty, long decimals as text, else parseNumberCell. */
function laterNumberOf(bytes, start, end) {
    if (start === end)
        return undefined;
    const long = longDecimalText(bytes, start, end);
    if (long !== undefined)
        return long;
    const value = parseDecimal(bytes, start, end);
    return Number.isNaN(value) ? parseNumberCell(decodeRange(bytes, start, end)) : value;
}
function copyCell(cells, position, into, offset) {
    const bytes = cells.bytes;
    let to = offset;
    for (let index = cells.starts[position]; index < cells.ends[position]; index++)
        into[to++] = bytes[index];
    return to;
}
function sumParts(parts) {
    return parts.every((part) => part !== undefined) ? sum(parts) : undefined;
}
const isDigitByte = (byte) => byte !== undefined && byte >= 48 && byte <= 57;
/** TIMESTAMP (`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}`) in bytes. */
function isCodeCarbonTimestamp(bytes, start, end) {
    if (end - start < 19)
        return false;
    const pattern = 'dddd-dd-ddTdd:dd:dd';
    for (let index = 0; index < 19; index++) {
        const byte = bytes[start + index];
        const expected = pattern.charCodeAt(index);
        if (expected === 100 ? !isDigitByte(byte) : byte !== expected)
            return false;
    }
    return true;
}
/** RUN_KEY (a UUID in either case) in bytes. */
function isUuid(bytes, start, end) {
    if (end - start !== 36)
        return false;
    for (let index = 0; index < 36; index++) {
        const byte = bytes[start + index];
        if (index === 8 || index === 13 || index === 18 || index === 23) {
            if (byte !== 45)
                return false;
        }
        else if (!(isDigitByte(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 102)))
            return false;
    }
    return true;
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




/**
 * Front matter held for YAML parsing, characters. Real cards' front matter is a few kB (model-index tables reach
 * tens of kB); a huge one (a 2 GB README) is not read rather than held whole.
 */
const MAX_FRONT_MATTER_CHARS = 4 * 1024 * 1024;
class HfModelCardParser {
    file;
    state = 'before';
    lines = [];
    firstLine = 0;
    chars = 0;
    tooLarge = false;
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
        if (text.trim() === '---' || text.trim() === '...') {
            this.state = 'after';
            return;
        }
        this.chars += text.length + 1;
        if (this.chars > MAX_FRONT_MATTER_CHARS) {
            this.tooLarge = true;
            this.lines.length = 0;
            this.state = 'after';
            return;
        }
        this.lines.push(text);
    }
    finish() {
        const warnings = [];
        const base = { file: this.file, format: 'hf-model-card', warnings };
        if (this.tooLarge) {
            warnings.push(logWarning(this.file, this.firstLine, `front matter longer than ${MAX_FRONT_MATTER_CHARS / 1024 / 1024} MiB: not read`, 'keep the model card front matter small; put co2_eq_emissions near the top'));
            return base;
        }
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
            document = parseJsonAllowingNonFinite(text, () => warnings.push(logWarning(this.file, undefined, 'NaN or Infinity values (as Python writes them) were read as missing', 'a NaN loss or grad_norm does not affect the figures used; a NaN total_flos or train_runtime does')));
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
    let tokensSeen = positive(document.num_input_tokens_seen);
    for (const entry of history) {
        const seen = positive(entry.num_input_tokens_seen);
        if (seen !== undefined && (tokensSeen === undefined || seen > tokensSeen))
            tokensSeen = seen;
    }
    return {
        ...defined('durationHours', runtimeSeconds === undefined ? undefined : (0,units/* hoursFromSeconds */.N6)(runtimeSeconds)),
        ...defined('flops', flops),
        ...defined('tokensSeen', tokensSeen),
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
/** A JSON string, or a bare NaN / Infinity / -Infinity token (which Python's json module writes and JSON refuses). */
const NON_FINITE_OR_STRING = /"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g;
/** JSON.parse, reading Python's NaN and Infinity as null (then `onNonFinite` is called once); throws as JSON.parse. */
function parseJsonAllowingNonFinite(text, onNonFinite) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        let replaced = false;
        const cleaned = text.replace(NON_FINITE_OR_STRING, (token) => {
            if (token.startsWith('"'))
                return token;
            replaced = true;
            return 'null';
        });
        if (!replaced)
            throw error;
        const document = JSON.parse(cleaned);
        onNonFinite();
        return document;
    }
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
        this.sampleDevice(this.stateOf(device), device, timeMs, watts, lineNumber);
    }
    /** The state of a device, created on its first use (callers that know the device may keep it: sampleDevice). */
    stateOf(device) {
        let state = this.devices.get(device);
        if (!state) {
            state = { firstIntervalsMs: [], energyJoules: 0, coveredMs: 0, samples: 0, wattsTotal: 0 };
            this.devices.set(device, state);
        }
        return state;
    }
    /** `sample` with the device's state already looked up. */
    sampleDevice(state, device, timeMs, watts, lineNumber) {
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









const utf8 = new TextEncoder();
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
    tickPosition = 0;
    untimedSampleIndex = new Map();
    commaCells = new CommaCells();
    lastStampText;
    lastStampMs;
    byteCells = new ByteCells();
    byteStrings = new ByteStrings();
    timestamps = new TimestampReader();
    tickStamp = new Uint8Array(64);
    tickStampLength = -1;
    rowShape;
    /** Integrator states by the kernel's GPU id (names[id] keys them in the integrator). */
    kernelStates = [];
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
    /**
     * The fast path for data rows of CSV logs, read from bytes with the same rules as `line` and `row`. Returns false
     * for any line it does not take (headers, dmon, quotes, odd bytes), which the caller then decodes for `line`.
     */
    lineBytes(bytes, start, end, lineNumber, unterminated, shape) {
        const layout = this.layout;
        if (!layout || layout.dmon)
            return false;
        let first = start;
        while (first < end && isBlank(bytes[first]))
            first++;
        if (first === end)
            return true;
        if (bytes[first] < 48 || bytes[first] > 57 || shape.marks !== 0)
            return false;
        const cells = this.byteCells;
        if (!cells.split(bytes, first, end, shape) || cells.suspect)
            return false;
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
        if (layout.powerColumn === undefined)
            return true;
        let timeMs;
        if (layout.timeColumn !== undefined) {
            const column = layout.timeColumn;
            timeMs = this.timestamps.read(bytes, cells.starts[column], cells.ends[column]);
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
    kernelRowShape() {
        const layout = this.layout;
        if (!layout ||
            layout.dmon ||
            layout.timeColumn === undefined ||
            layout.powerColumn === undefined ||
            layout.deviceColumns.length !== 1 ||
            (this.acceleratorName === undefined && layout.nameColumn !== undefined))
            return undefined;
        if (this.rowShape?.layout !== layout)
            this.rowShape = {
                kind: 'power',
                layout,
                cells: layout.cells,
                timeColumn: layout.timeColumn,
                powerColumn: layout.powerColumn,
                milliwatts: layout.powerUnit.toLowerCase() === 'mw',
                deviceColumn: layout.deviceColumns[0],
            };
        return this.rowShape;
    }
    powerSamples(samples) {
        const { deviceNames, deviceIds, timesMs, watts, lineNumbers } = samples;
        const states = this.kernelStates;
        const integrator = this.integrator;
        for (let index = 0; index < samples.count; index++) {
            const id = deviceIds[index];
            // Looked up at the GPU's first sample, as `sample` does: the integrator sums GPUs in that order.
            let state = states[id];
            if (state === undefined) {
                state = integrator.stateOf(deviceNames[id]);
                states[id] = state;
            }
            integrator.sampleDevice(state, deviceNames[id], timesMs[index], watts[index], lineNumbers[index]);
        }
    }
    /** readWatts from bytes: "74.01 W", or a bare number in the header's unit; anything else goes to readWatts. */
    wattsOf(cells, layout) {
        const bytes = cells.bytes;
        const start = cells.starts[layout.powerColumn];
        const end = cells.ends[layout.powerColumn];
        if (end - start > 2 && bytes[end - 1] === 87 && bytes[end - 2] === 32) {
            const value = parseDecimal(bytes, start, end - 2);
            if (!Number.isNaN(value))
                return value;
        }
        else {
            const value = parseDecimal(bytes, start, end);
            if (!Number.isNaN(value))
                return layout.powerUnit.toLowerCase() === 'mw' ? value / 1000 : value;
        }
        return readWatts(cells.text(layout.powerColumn), layout.powerUnit);
    }
    deviceKeyOfBytes(cells, layout) {
        const bytes = cells.bytes;
        const columns = layout.deviceColumns;
        if (columns.length === 1)
            return this.byteStrings.get(bytes, cells.starts[columns[0]], cells.ends[columns[0]]);
        if (columns.length > 0)
            return columns.map((column) => cells.text(column)).join('/');
        if (layout.timeColumn === undefined)
            return '0';
        return this.tickKey(bytes, cells.starts[layout.timeColumn], cells.ends[layout.timeColumn]);
    }
    /** Position of this line within the lines that share its timestamp (both paths compare the stamp's bytes). */
    tickKey(bytes, start, end) {
        const length = end - start;
        let same = length === this.tickStampLength;
        for (let index = 0; same && index < length; index++)
            same = this.tickStamp[index] === bytes[start + index];
        if (same)
            this.tickPosition++;
        else {
            if (length > this.tickStamp.length)
                this.tickStamp = new Uint8Array(length);
            this.tickStamp.set(bytes.subarray(start, end));
            this.tickStampLength = length;
            this.tickPosition = 0;
        }
        return String(this.tickPosition);
    }
    untimedMs(device, intervalSeconds) {
        const index = this.untimedSampleIndex.get(device) ?? 0;
        this.untimedSampleIndex.set(device, index + 1);
        return index * intervalSeconds * 1000;
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
    deviceKey(cells, layout) {
        if (layout.deviceColumns.length === 1)
            return cells.get(layout.deviceColumns[0]);
        if (layout.deviceColumns.length > 0)
            return layout.deviceColumns.map((column) => cells.get(column)).join('/');
        if (layout.timeColumn === undefined)
            return '0';
        const stamp = utf8.encode(cells.get(layout.timeColumn));
        return this.tickKey(stamp, 0, stamp.length);
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

;// CONCATENATED MODULE: ./build/logs/formats.js







const LOG_FORMAT_REGISTRY = {
    codecarbon: {
        toolName: 'CodeCarbon',
        writes: 'emissions.csv (and its .bak generations)',
        create: (file) => new CodeCarbonParser(file),
    },
    'nvidia-smi': {
        toolName: 'nvidia-smi',
        writes: '--query-gpu … --format=csv logs, and dmon',
        create: (file, options) => new NvidiaSmiParser(file, options),
    },
    'hf-trainer': {
        toolName: 'the Hugging Face Trainer',
        writes: 'trainer_state.json, train_results.json, all_results.json',
        create: (file) => new HfTrainerParser(file),
    },
    'hf-model-card': {
        toolName: 'the model card',
        writes: "README.md front matter's co2_eq_emissions",
        create: (file) => new HfModelCardParser(file),
    },
    carbontracker: {
        toolName: 'carbontracker',
        writes: '*_output.log and *_carbontracker.log',
        create: (file) => new CarbonTrackerParser(file),
    },
    eco2ai: {
        toolName: 'eco2AI',
        writes: 'emission.csv',
        create: (file) => new Eco2aiParser(file),
    },
};
function createParser(format, file, options = {}) {
    return LOG_FORMAT_REGISTRY[format].create(file, options);
}
/** "codecarbon, nvidia-smi, …" for hints. */
const FORMAT_LIST = types/* LOG_FORMATS */.CD.join(', ');

;// CONCATENATED MODULE: ./build/logs/scan-kernel.generated.js
// Generated by `npm run build:wasm` from src/logs/wasm/scan.ts: do not edit.
const SCAN_KERNEL_BASE64 = 'AGFzbQEAAAABWA1gAX8Bf2ACf38Bf2ACf38BfGAEf39/fwF/YAF/AXxgA39/fwF/YAAAYAABfGAEfn98fAF/YAd/f39/f39/AX9gAAF/YAl/f39/f39/f38AYAV/f39/fwADGRgBAgADBAUCBwgBBgAFAwkEAgoAAAEGCwwFAwEAAQaDAip/AEGAgAQLfwBBgIDEAAt/AEGAoMQAC38AQbjgxAALfwBBuODIAAt/AEG44MwAC38AQbjgzgALfwBBuODQAAt/AEG48NEAC38AQbjw3AALfwBBuPCcAQt/AEGgoMQAC38AQbigxAALfwBBuMDEAAt/AUEAC38BQX8LfwFBfwt/AUEAC38BQX8LfwFBAAt/AUEAC38BQX8LfwFBfwt/AUF/C38BQX8LfwFBfwt/AUF/C38BQX8LfwFBfwt/AUEAC34BQgALfgFCAAt+AUIAC38BQQALfwFBAAt/AUF/C34BQgALfwFBAAt+AUIAC34BQgALfgFCAAt8AUQAAAAAAAD4fwsH5wEVBWlucHV0AwAGY29tbWFzAwEGc3RhdHVzAwIFdGltZXMDAwV3YXR0cwMEB2RldmljZXMDBQVsaW5lcwMGCmRldmljZUtleXMDBwdydW5LZXlzAwgIcnVuVGV4dHMDCQhrZXB0U2lkZQMKCGR1cmF0aW9uAwsKY2VsbFN0YXJ0cwMMCGNlbGxFbmRzAw0JY29uZmlndXJlABcPY29uZmlndXJlVG90YWxzABYMa25vd25EZXZpY2VzABEGZm9yZ2V0ABUEc2NhbgAMEXJlYWROdW1iZXJGb3JUZXN0AA8GbWVtb3J5AgAIAQoMAQQK3y8Y5wEBAX8gAC0AACICQcIBRgRAQQJBACAAQQFqIAFIBH8gAC0AAUGgAUYFQQALGw8LIABBAmogAU4EQEEADwsgAC0AASEBIAAtAAIhACACQeEBRgRAQQNBACAAQYABRiABQZoBRnEbDwsgAkHiAUYEQCABQYABRgRAQQNBACAAQagBRiAAQYoBTXIgAEGpAUZyIABBrwFGchsPC0EDQQAgAEGfAUYgAUGBAUZxGw8LIAJB4wFGBEBBA0EAIABBgAFGIAFBgAFGcRsPCyACQe8BRgRAQQNBACAAQb8BRiABQbsBRnEbDwtBAAsZACAAIAFBDxAFBHwQBwVEAAAAAAAA+H8LC6sCAQJ/IABBAnQiAEG4wMQAaigCACEBIABBuKDEAGooAgAiACECA0AgACABSAR/IAAtAABBMGtBCU0FQQALBEAgAEEBaiEADAELCyAAIAJrIgJFIAJByAFKcgRAQQAPCyAAIAFIBH8gAC0AAEEuRgVBAAsEQCAAQQFqIQADQCAAIAFIBH8gAC0AAEEwa0EJTQVBAAsEQCAAQQFqIQAMAQsLCyAAIAFGBEBBAQ8LIAAtAABBIHJB5QBHBEBBAA8LIAEgAEEBaiIASgR/IAAtAABBLUYEf0EBBSAALQAAQStGCwVBAAsEQCAAQQFqIQALIAAhAgNAIAAgAUgEfyAALQAAQTBrQQlNBUEACwRAIABBAWohAAwBCwsgACABRiAAIAJKcSAAIAJrQQJMcQtCAQF/IAEgAGsgA0gEQEEADwsDQCADIARKBEAgAiAEai0AACAAIARqLQAAQSByRwRAQQAPCyAEQQFqIQQMAQsLQQELMQAgAEEASARARAAAAAAAAPh/DwsgAEECdCIAQbigxABqKAIAIABBuMDEAGooAgAQAQu5AQIDfwF+A0AgACABSARAIAAtAABBMGsiBUEJTQRAIAWtIAZCCn58IQYgA0EBaiEDIABBAWohAAwCCwsLIAAgAUgEfyAALQAAQS5GBUEACwRAIABBAWohAANAIAAgAUgEQCAALQAAQTBrIgVBCU0EQCAFrSAGQgp+fCEGIANBAWohAyAEQQFqIQQgAEEBaiEADAILCwsLIANFIAAgAUdyIAIgA0hyBEBBAA8LIAYkICADJCEgBCQiQQELpAIDA3wCfgJ/IAAgAUETEAVFBEBEAAAAAAAA+H8PCyMhQQ9MBEAQBw8LIyAiBVAEQEQAAAAAAAAAAA8LIAW6IyIiB0EDdEG4CWorAwCjIgJEnHUAiDzkN35lIAJEWfP4wh9upQFmcUUEQEQAAAAAAAD4fw8LQQAhAQNAIAFBBEgEQCAFIAcgAr0iBkIBfb8iBCACEAgiCEECRgRARAAAAAAAAPh/DwsgBkIBfL8hAwJAIAhBAEgEQCAEIQIMAQsgBSAHIAIgAxAIIgBBAkYEQEQAAAAAAAD4fw8LIABBAEoEQCADIQIMAQsgCEUEQCACIAQgBkIBg1AbDwsgAEUEQCACIAMgBkIBg1AbDwsgAg8LIAFBAWohAQwBCwtEAAAAAAAA+H8LLAAjIFAEQEQAAAAAAAAAAA8LIyJFBEAjILoPCyMguiMiQQN0QbgJaisDAKML9AICBX4EfyADvSIEQjSIpyIJRSACvSIFQjSIpyIKRXIEQEECDwsgCiAJIAkgCkobIgtBtAhrIAFqIQwgAUEDdEGACGopAwAiBkL/////D4MhByAFQv////////8Hg0KAgICAgICACIQgCiALa6yGIARC/////////weDQoCAgICAgIAIhCAJIAtrrIZ8IgRC/////w+DIgUgBkIgiCIGfiEIIAUgB34iBUL/////D4MgCEL/////D4MgBUIgiHwgBEIgiCIEIAd+IgVC/////w+DfCIHQiCGhCQfIAQgBn4gCEIgiHwgBUIgiHwgB0IgiHwkHiMeIQUjHyEGIAxBAEgEfkEAIAxrIgEgAHmnQUBrTgRAQQIPCyABQcAATgR+IAAgAUFAaqyGIQRCAAUgAELAACABrH2IQgAgARshBCAAIAGshgsFQQIPCyEAIAQgBVIEQEF/QQEgBCAFVBsPCyAAIAZSBEBBf0EBIAAgBlQbDwtBAAs7AQF/IxNBgAJGBEBBfw8LIxNBxABsQbjg0ABqIgIgATYCACACQQRqIAAgAfwKAAAjEyIAQQFqJBMgAAsSAD8AQShIBEBBKD8Aa0AAGgsL3gEBBn8jGEECdCIEQbigxABqKAIAIQEjGUECdCIFQbigxABqKAIAIQIjGkEATgR/IxpBAnQiBkG4oMQAaigCACEDIAZBuMDEAGooAgAgA2sFQQALIgYgBEG4wMQAaigCACABayIEIAVBuMDEAGooAgAgAmsiBWpqQfwASgRAQQAPCyAAQQF0IABBuPCcAWotAABrQQd0Qbjx3ABqIgAgBDoAACAAIAU6AAEgACAGOgACIABBBGoiACABIAT8CgAAIAAgBGogAiAF/AoAACAEIAVqIABqIAMgBvwKAABBAQvtBAIJfwF7IAAhBiAAIQQCQANAIAEgBEoEQCAE/QAEACIM/QwKCgoKCgoKCgoKCgoKCgoK/SMgDP0MLCwsLCwsLCwsLCwsLCwsLP0j/VAgDP0MIiIiIiIiIiIiIiIiIiIiIv0jIAz9DAAAAAAAAAAAAAAAAAAAAAD9I/1Q/VD9ZCEHIARBEGogBiAM/WQbIQYgASAEayIDQRBIBEAgB0EBIAN0QQFrcSEHCwNAIAcEQCAEIAdoaiEFIAcgB0EBa3EhByAFLQAAIgNBLEYEQCAIQf8HSARAIAhBAnRBgIDEAGogBTYCAAsgCEEBaiEIDAILIANBIkYEQCAJQQFyIQkMAgsgA0UEQCAJQQJyIQkMAgsgBSEDA0AgACADSAR/IANBAWstAABBDUYFQQALBEAgA0EBayEDDAELCyACQQFqIQIgACAGTiELIw4EfyMUBH8gACADIAggCRANBSAAIAMgCCAJIAsgCiACEA4LBUF/CyILQQJGBEBBgKDEAEEDNgIAQYSgxAAgADYCAEGIoMQAIAM2AgBBjKDEACAIQQFqNgIADAULIAtBAEgEQEGAoMQAQQE2AgBBhKDEACAANgIAQYigxAAgAzYCAEGMoMQAIAg2AgBBkKDEACAJNgIADAULQQAhCEEAIQkgCiALaiIKQYDAAEYgASAFQQFqIgBKcQRAQYCgxABBAjYCAEGUoMQAIAI2AgBBmKDEACAANgIAIAoPCwwBCwsgBEEQaiEEDAELC0GAoMQAQQA2AgBBlKDEACACNgIAQZigxAAgATYCACAKDwtBlKDEACACNgIAQZigxAAgBUEBajYCACAKC6wGAQR/A0AgACABSAR/IAAtAAAiBEEgRiAEQQlrQQRNcgVBAAsEQCAAQQFqIQAMAQsLIAAgAUYEQEEADwsCQEEBIAJB/wdKIAMbDQAgAkEBaiEGA0AgBSAGSARAIAIgBUoEfyAFQQJ0QYCAxABqKAIABSABCyIDQQFqA0AgACADSAR/IAAtAAAiB0EgRiAHQQlrQQRNcgVBAAsEQCAAQQFqIQAMAQsLA0AgACADSAR/IANBAWstAAAiB0EgRiAHQQlrQQRNcgVBAAsEQCADQQFrIQMMAQsLIAAgA0gEQCAALQAAQSByIgdB9ABGBH8gACADQfAKQQkQAwVBAAsNAyAHQeQARgR/IAAgA0H5CkEIEAMFQQALDQMgB0GgAU8Ef0EBBSADQQFrLQAAQYABTwsEfyAAIANGBH9BAQUgAC0AAEGAAUkEfyADQQFrLQAAQYABSQVBAAsLBH9BAAUgACADEABBAEoEf0EBBSADQQJrIgcgAE4EfyAHIAMQAEECRgVBAAsLBH9BAQUgA0EDayIHIABOBH8gByADEABBA0YFQQALCwsFQQALDQMLIAVBAnQiB0G4oMQAaiAANgIAIAdBuMDEAGogAzYCACEAIAVBAWohBQwBCwsgBiMORwR/IAYjDkEBakYEfyMOQQJ0IgBBuKDEAGooAgAgAEG4wMQAaigCAEYFQQALBUEBC0UNACMVEBIEfyMXEAIFQQALRQ0AIxgQAgR/IxkQAgVBAAtFDQAjFkECdCIAQbigxABqKAIAIQIgAEG4wMQAaigCACACa0EkRwR/QQAFQQAhAQJ/A0AgAUEkSQRAIAEgAmotAAAhACABQQ1GIAFBCEZyIAFBEkZyIAFBF0ZyBH9BACAAQS1HDQMFQQAgAEEwa0EJSyAAQSByQeEAa0EFS3ENAwsaIAFBAWohAQwBCwtBAQsLRQ0AQZygxAAgAhATIgA2AgBBkKDEACAAQQBOBH8gABALBUEAC0VFNgIAQaCgxAAjF0ECdCIAQbigxABqKAIAIABBuMDEAGooAgAQBjkDAEGooMQAIxsQBDkDAEGwoMQAIxwQBDkDAEECDwtBfwujBQMCfAN/A34DQCAAIAFIBH8gAC0AACIJQSBGIAlBCWtBBE1yBUEACwRAIABBAWohAAwBCwsgACABRgRAQQAPC0EAIAQgAxsEfyAALQAAQTBrQQlNBUEAC0UEQEF/DwsjDiACQQFqRwRAQX8PC0QAAAAAAAD4fyEIRAAAAAAAAPh/IQdBfyEEA0AgCiMOSARAIAIgCkoEfyAKQQJ0QYCAxABqKAIABSABCyIDQQFqA0AgACADSAR/IAAtAAAiC0EgRiALQQlrQQRNcgVBAAsEQCAAQQFqIQAMAQsLIAAtAABBIHIiC0HkAEYgC0H0AEZyIAAgA0hxBEBBfw8LIAojEEYgCiMPRnIgCiMSRnIEQANAIAAgA0gEfyADQQFrLQAAIgtBIEYgC0EJa0EETXIFQQALBEAgA0EBayEDDAELCyAKIw9GBEACQCADIABrIgtBE0ggC0EXSnIgC0EURnIEQEQAAAAAAAD4fyEIDAELIAsjJUYgACkDACIMIyZRcSAAKQMIIg0jJ1FxIAApAxBCASALQRBrrEIDhoZCAX2DIg4jKFFxBEAjKSEIDAELIAtBACAAIAsQECIIIAhhGyQlIAwkJiANJCcgDiQoIAgkKQsLIAojEEYEQAJ8IAMgAGtBAkoEfyADQQFrLQAAQdcARgVBAAsEfyADQQJrLQAAQSBGBUEACwRAIAAgA0ECaxABDAELIAAgAxABIgdEAAAAAABAj0CjIAcjERsLIQcLIAojEkYEQCAAIAMQFCEECwshACAKQQFqIQoMAQsLIAcgB2IgCCAIYnIgBEEASHIEQEF/DwsgBUEDdCIAQbjgxABqIAg5AwAgAEG44MgAaiAHOQMAIAVBAnQiAEG44MwAaiAENgIAIABBuODOAGogBjYCAEEBCw8AQYCABCAAQYCABGoQBgvYBQIJfwF+AkAgAC0AByICQS9HIAJBLUdxIAAtAAQiAkEvRyACQS1HcXINACAALQAKIgJB1ABHIAJBIEdxBH9BAQUgAC0ADUE6RwsEf0EBBSAALQAQQTpHCw0AIAAtAAZBMGsiAiAALQAFQTBrIgNBCmxqQX8gAkEJTSADQQlNcRsiA0EATCADQQxKciAALQAJQTBrIgIgAC0ACEEwayIEQQpsakF/IAJBCU0gBEEJTXEbIgRBAExyIARBH0pyIAAtABJBMGsiAiAALQARQTBrIgVBCmxqQX8gAkEJTSAFQQlNcRsiBSAALQAPQTBrIgIgAC0ADkEwayIGQQpsakF/IAJBCU0gBkEJTXEbIgYgAC0ADEEwayICIAAtAAtBMGsiB0EKbGpBfyACQQlNIAdBCU1xGyIHIAAtAANBMGsiAiAALQACQTBrIghBCmxqQX8gAkEJTSAIQQlNcRsiCCAALQABQTBrIgIgAC0AAEEwayIJQQpsakF/IAJBCU0gCUEJTXEbIglyIANyIARycnJyQQBIcg0AIAFBE0oEfiAALQATIgJBLEcgAkEuR3ENAUEUIQIDQCABIAJKBEAgACACai0AAEEwayIKQQlLDQMgCq0gC0IKfnwhCyACQQFqIQIMAQsLIAtC5AB+IAtCCn4gCyABQRZGGyABQRVGGwVCAAshCyAJQeQAbCAIaiIAQZDOAGwgA0HkAGxqIARqIgEjI0cEQCABJCMgAEHsDmogACAAQeMATBsiAEEBayAAIANBAkwbIgAgAEGPA2sgAEEAThtBkANtIQEgA0EDayADQQlqIANBAkobQZkBbEECakEFbSAEakEBayAAIAFBkANsayIAQe0CbCAAQQRtaiAAQeQAbWtqrCABrEKx9Qh+fELs9Ct9QoC4mSl+JCQLIyQgB6xCgN3bAX58IAasQuDUA358IAWsQugHfnwgC3y5DwtEAAAAAAAA+H8LBAAjEwu3AwECfyAAQQJ0IgBBuKDEAGooAgAhASAAQbjAxABqKAIAIAFrQRNIBEBBAA8LIAEtAARBLUcEf0EBBSABLQAHQS1HCwR/QQEFIAEtAApB1ABHCwRAQQAPCyABLQANQTpHBH9BAQUgAS0AEEE6RwsEQEEADwsgAS0AAUEwayIAIAEtAABBMGsiAkEKbGpBfyAAQQlNIAJBCU1xG0EATgR/IAEtAANBMGsiACABLQACQTBrIgJBCmxqQX8gAEEJTSACQQlNcRtBAE4FQQALBH8gAS0ABkEwayIAIAEtAAVBMGsiAkEKbGpBfyAAQQlNIAJBCU1xG0EATgVBAAsEfyABLQAJQTBrIgAgAS0ACEEwayICQQpsakF/IABBCU0gAkEJTXEbQQBOBUEACwR/IAEtAAxBMGsiACABLQALQTBrIgJBCmxqQX8gAEEJTSACQQlNcRtBAE4FQQALBH8gAS0AD0EwayIAIAEtAA5BMGsiAkEKbGpBfyAAQQlNIAJBCU1xG0EATgVBAAsEfyABLQASQTBrIgAgAS0AEUEwayIBQQpsakF/IABBCU0gAUEJTXEbQQBOBUEACwutAwEIfyAANQIgIAApAxggACkDECAAKQMIIAApAwBClfip+pe33puef36FQpX4qfqXt96bnn9+hUKV+Kn6l7fem55/foVClfip+pe33puef36FQpX4qfqXt96bnn9+QiiIp0H/P3EhBQNAIAVBAnRBuPDaAGoiASgCAEEBayIEQQBIBEAjHUGAIEYEQEF/DwsjHUEkbEG48NEAaiAAQST8CgAAIAEjHUEBajYCACMdIgBBAWokHSAADwtBJCECIAAhAUEAIQMCQCAEQSRsQbjw0QBqIgYgAEYNACAGQQdxIABBB3FGBEADQCAGQQdxBEBBACEDIAJFDQMgBi0AACIHIAEtAAAiCGshAyAHIAhHDQMgAkEBayECIAZBAWohBiABQQFqIQEMAQsLA0AgAkEITwRAIAYpAwAgASkDAFEEQCAGQQhqIQYgAUEIaiEBIAJBCGshAgwCCwsLCwNAIAIiA0EBayECIAMEQCAGLQAAIgcgAS0AACIIayEDIAcgCEcNAiAGQQFqIQYgAUEBaiEBDAELC0EAIQMLIAMEQCAFQQFqQf8/cSEFDAELCyAEC+8CAQd/IAEgAGsiA0EBRgRAIAAtAABBAnRBuOjRAGoiASgCAEEBayICQQBOBEAgAg8LIAAgAxAJIgBBAE4EQCABIABBAWo2AgALIAAPCyADQcAASgRAQX8PCwNAIAYjE0gEQCAGQcQAbEG44NAAaiICKAIAIANGBEAgAyEBQQAhBAJAIAJBBGoiBSAAIgJGDQAgBUEHcSACQQdxRgRAA0AgBUEHcQRAQQAhBCABRQ0DIAUtAAAiByACLQAAIghrIQQgByAIRw0DIAFBAWshASAFQQFqIQUgAkEBaiECDAELCwNAIAFBCE8EQCAFKQMAIAIpAwBRBEAgBUEIaiEFIAJBCGohAiABQQhrIQEMAgsLCwsDQCABIgRBAWshASAEBEAgBS0AACIHIAItAAAiCGshBCAHIAhHDQIgBUEBaiEFIAJBAWohAgwBCwtBACEECwVBASEECyAERQRAIAYPCyAGQQFqIQYMAQsLIAAgAxAJCzIAQQAkE0G46NEAQQBBgAj8CwBBACQdQbjw2gBBAEGAgAL8CwBBuPCcAUEAQYAg/AsACyoAIAYkGiAHJBsgCCQcIAAkDiABJBUgAiQWIAMkFyAEJBggBSQZQQEkFAsdACAAJA4gASQPIAIkECADQQBHJBEgBCQSQQAkFAsLlQMEAEGACAu3AQEAAAAAAAAABQAAAAAAAAAZAAAAAAAAAH0AAAAAAAAAcQIAAAAAAAA1DAAAAAAAAAk9AAAAAAAALTEBAAAAAADh9QUAAAAAAGXNHQAAAAAA+QKVAAAAAADdDukCAAAAAFFKjQ4AAAAAlXPCSAAAAADpQcxrAQAAAI1J/RoHAAAAwW/yhiMAAADFLryisQAAANnprC14AwAAPZFg5FgRAAAx1uJ1vFYAAPUubk2usQEAyeomg2d4CABBvgkLsgHwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBEAEHwCgsJdGltZXN0YW1wAEH5CgsIZHVyYXRpb24=';

;// CONCATENATED MODULE: ./build/logs/scan-kernel.js
// The WebAssembly scan kernel (source: wasm/scan.ts) seen from JavaScript: complete lines are copied into its memory,
// it finds their commas and reads the power rows it can read exactly (timestamp, watts, GPU id) into arrays that the
// parser integrates in line order; every other line comes back with its commas for the parser's byte or text reader.
// Compiled once on first use; each reader borrows an instance (its own memory) and gives it back at the end.



const scan_kernel_MAX_COMMAS = 1023;
const RECORDS = 8192;
const DEVICE_ENTRY_BYTES = 68;
const STOP_END = 0;
const STOP_LINE = 1;
const STOP_TOTALS = 3;
const RUN_KEY_BYTES = 36;
const TEXT_SLOT = 128;
let compiled;
const idle = [];
/** A kernel instance for one reader, or undefined where WebAssembly is unavailable (the JavaScript engine reads). */
function borrowScanKernel() {
    const kernel = idle.pop();
    if (kernel)
        return kernel;
    const wasm = globalThis.WebAssembly;
    if (compiled === undefined) {
        try {
            compiled = wasm ? new wasm.Module(Buffer.from(SCAN_KERNEL_BASE64, 'base64')) : null;
        }
        catch {
            compiled = null;
        }
    }
    if (!compiled || !wasm)
        return undefined;
    return new ScanKernel(new wasm.Instance(compiled).exports);
}
class ScanKernel {
    kernel;
    memory;
    status;
    input;
    deviceKeys;
    shape;
    samples;
    /** Bytes of lines the kernel takes per scan (its input buffer). */
    inputBytes = 1 << 20;
    reader;
    configured;
    numbers;
    keptSide;
    totalsRow;
    totalsCells;
    runKeys = [];
    constructor(kernel) {
        this.kernel = kernel;
        const buffer = kernel.memory.buffer;
        // A Buffer, so that short ASCII cells become strings natively (latin1Slice; see byte-numbers.ts).
        this.memory = Buffer.from(buffer);
        this.status = new Int32Array(buffer, kernel.status.value, 8);
        this.input = kernel.input.value;
        this.deviceKeys = kernel.deviceKeys.value;
        this.numbers = new Float64Array(buffer, kernel.duration.value, 3);
        this.keptSide = new Uint8Array(buffer, kernel.keptSide.value, 4096);
        this.totalsCells = new ByteCells(new Int32Array(buffer, kernel.cellStarts.value, scan_kernel_MAX_COMMAS + 1), new Int32Array(buffer, kernel.cellEnds.value, scan_kernel_MAX_COMMAS + 1), this.memory);
        this.totalsRow = {
            cells: this.totalsCells,
            key: undefined,
            durationSeconds: 0,
            gpuCount: 0,
            pue: 0,
            stagedRun: -1,
            texts: { keep: (run) => this.keepStaged(run), read: (run) => this.readStaged(run) },
        };
        this.shape = { commas: new Int32Array(buffer, kernel.commas.value, scan_kernel_MAX_COMMAS), commaCount: 0, marks: 0 };
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
    begin(reader) {
        this.reader = reader;
        this.samples.deviceNames.length = 0;
        this.runKeys.length = 0;
        this.kernel.forget();
        this.configure(reader?.kernelRowShape());
    }
    /** Gives the instance back for the next reader. */
    release() {
        this.reader?.kernelDone?.();
        this.reader = undefined;
        if (idle.length < 4)
            idle.push(this);
    }
    /**
     * Reads the complete lines bytes[from, to) (at most inputBytes, ending with LF) whose first line is
     * number `lineNumber + 1`; lines it does not read itself go to `handler`. Returns the last line's number.
     */
    scanLines(bytes, from, to, lineNumber, handler) {
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
            if (count > 0)
                this.deliver(count);
            line = status[5];
            position = status[6];
            const stop = status[0];
            if (stop === STOP_END)
                return line;
            if (stop === STOP_TOTALS)
                this.deliverTotals();
            else if (stop === STOP_LINE) {
                this.shape.commaCount = status[3];
                this.shape.marks = status[4];
                handler(this.memory, status[1], status[2], line, false, this.shape);
                this.reconfigure();
            }
        }
    }
    deliverTotals() {
        const cells = this.totalsCells;
        cells.count = this.status[3];
        const run = this.status[7];
        let key;
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
        row.durationSeconds = this.numbers[0];
        row.gpuCount = this.numbers[1];
        row.pue = this.numbers[2];
        row.stagedRun = this.status[4] === 1 ? run : -1;
        this.reader.totalsRow(row);
    }
    keepStaged(run) {
        this.keptSide[run] = 1 - this.keptSide[run];
    }
    readStaged(run) {
        const slot = this.kernel.runTexts.value + (run * 2 + this.keptSide[run]) * TEXT_SLOT;
        const energyEnd = this.memory[slot];
        const co2eEnd = energyEnd + this.memory[slot + 1];
        const gpuEnergyEnd = co2eEnd + this.memory[slot + 2];
        // A copy (Buffer.slice would be a view of memory the next file reuses).
        const bytes = Uint8Array.from(this.memory.subarray(slot + 4, slot + 4 + gpuEnergyEnd));
        return { bytes, energyEnd, co2eEnd, gpuEnergyEnd };
    }
    deliver(count) {
        const samples = this.samples;
        const known = this.kernel.knownDevices();
        for (let id = samples.deviceNames.length; id < known; id++) {
            const entry = this.deviceKeys + id * DEVICE_ENTRY_BYTES;
            const length = this.memory[entry] | (this.memory[entry + 1] << 8);
            samples.deviceNames.push(decodeRange(this.memory, entry + 4, entry + 4 + length));
        }
        samples.count = count;
        this.reader.powerSamples(samples);
    }
    reconfigure() {
        const shape = this.reader?.kernelRowShape();
        if (shape !== this.configured)
            this.configure(shape);
    }
    configure(shape) {
        this.configured = shape;
        if (!shape || shape.cells > scan_kernel_MAX_COMMAS + 1)
            this.kernel.configure(0, -1, -1, 0, -1);
        else if (shape.kind === 'power')
            this.kernel.configure(shape.cells, shape.timeColumn, shape.powerColumn, shape.milliwatts ? 1 : 0, shape.deviceColumn);
        else
            this.kernel.configureTotals(shape.cells, shape.timestampColumn, shape.keyColumn, shape.durationColumn, shape.energyColumn, shape.emissionsColumn, shape.gpuEnergyColumn, shape.gpuCountColumn, shape.pueColumn);
    }
}

;// CONCATENATED MODULE: ./build/logs/read.js








/** Bytes read before the format is decided. */
const HEAD_BYTES = 64 * 1024;
async function readMeasurement(stream, file, format, options = {}) {
    const source = new ByteSource(stream, file, options.maxBytes);
    const nothing = (message, hint) => ({
        file,
        format: format ?? 'unknown',
        warnings: [...source.warnings, logWarning(file, undefined, message, hint)],
    });
    const head = await readHead(source, file);
    if (!head)
        return nothing('empty file: nothing measured');
    const chosen = chooseFormat(head.lines, format);
    if (chosen.problem) {
        await source.close();
        return nothing(chosen.problem.message, chosen.problem.hint);
    }
    if (format && chosen.detected && chosen.detected !== format) {
        source.warnings.push(logWarning(file, undefined, `read as ${format} as the manifest says, though the content looks like ${chosen.detected}`));
    }
    try {
        const parser = createParser(chosen.format, file, options);
        const fast = options.engine !== 'lines' && head.encoding === 'utf-8' && parser.lineBytes !== undefined;
        const splitterWarnings = fast
            ? await feedBytes(parser, head, source, file, options.engine !== 'bytes')
            : await feedLines(parser, head, source, file);
        const measurement = parser.finish();
        return { ...measurement, warnings: [...source.warnings, ...splitterWarnings, ...measurement.warnings] };
    }
    catch (error) {
        await source.close();
        return nothing(`could not read this ${chosen.format} log: ${error.message}`);
    }
}
/** Reads the first chunks (up to HEAD_BYTES) and decodes their lines; undefined for an empty file. */
async function readHead(source, file) {
    const chunks = [];
    let bytes = 0;
    while (bytes < HEAD_BYTES) {
        const chunk = await source.next();
        if (!chunk)
            break;
        if (chunk.length === 0)
            continue;
        chunks.push(chunk);
        bytes += chunk.length;
    }
    if (bytes === 0)
        return undefined;
    const { encoding, bomBytes } = detectEncoding(chunks[0].length >= 3 ? chunks[0] : concat(chunks));
    const lines = [];
    const splitter = new LineSplitter(file, encoding, bomBytes, (text) => {
        if (lines.length < DETECTION_LINES)
            lines.push(text);
    });
    for (const chunk of chunks)
        splitter.push(chunk);
    if (source.ended)
        splitter.end();
    return { chunks, bytes, encoding, bomBytes, lines };
}
/** The format to read with: the manifest's, else the detected one; or why there is none. */
function chooseFormat(firstLines, format) {
    if (looksBinary(firstLines.join('\n')))
        return {
            problem: {
                message: 'binary file, not a text log: nothing measured',
                hint: 'point logs: at the CSV, JSON or log file the tool wrote',
            },
        };
    const detected = detectFormat(firstLines);
    const chosen = format ?? detected;
    if (chosen)
        return { format: chosen, ...(detected ? { detected } : {}) };
    if (firstLines.every((text) => text.trim() === ''))
        return { problem: { message: 'empty file: nothing measured' } };
    const reason = undetectedReason(firstLines);
    return {
        problem: {
            message: 'could not tell which tool wrote this log',
            hint: reason ?? `add format: (${FORMAT_LIST}) to the log entry`,
        },
    };
}
/** The reference engine: every line decoded to a string. Returns the splitter's warnings. */
async function feedLines(parser, head, source, file) {
    const splitter = new LineSplitter(file, head.encoding, head.bomBytes, (text, lineNumber, unterminated) => parser.line(text, lineNumber, unterminated));
    for (const chunk of head.chunks)
        splitter.push(chunk);
    head.chunks.length = 0;
    for (let chunk = await source.next(); chunk; chunk = await source.next())
        splitter.push(chunk);
    splitter.end();
    return splitter.warnings;
}
/**
 * The fast engines: lines stay bytes; the parser decodes only the lines its byte reader does not take. With the
 * kernel, power rows it reads exactly never reach the parser one by one.
 */
async function feedBytes(parser, head, source, file, useKernel) {
    const kernel = useKernel ? borrowScanKernel() : undefined;
    kernel?.begin(parser.kernelRowShape ? parser : undefined);
    const splitter = new ByteLineSplitter(file, head.bomBytes, (bytes, start, end, lineNumber, unterminated, shape) => {
        if (!parser.lineBytes(bytes, start, end, lineNumber, unterminated, shape))
            parser.line(decodeLine(bytes, start, end), lineNumber, unterminated);
    }, kernel);
    try {
        for (const chunk of head.chunks)
            splitter.push(chunk);
        head.chunks.length = 0;
        for (let chunk = await source.next(); chunk; chunk = await source.next())
            splitter.push(chunk);
        splitter.end();
    }
    finally {
        kernel?.release();
    }
    return splitter.warnings;
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
                hint: /folder/.test(refusal)
                    ? 'name the log file inside it, e.g. logs/emissions.csv'
                    : 'logs must live in the repository',
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
            const line = log.line ?? run.line;
            const where = { file: manifest.file, ...(line !== undefined ? { line } : {}), path: field };
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
