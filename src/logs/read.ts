// Reads one log of any supported format from a byte stream into a Measurement. Never throws: every problem becomes
// a warning with the file (and line where there is one), and whatever part of the file is usable is used.
import type { LogFormat } from '../manifest/types.js';
import { ByteLineSplitter, decodeLine } from './byte-lines.js';
import { ByteSource } from './byte-source.js';
import { detectFormat, DETECTION_LINES, undetectedReason } from './detect.js';
import { createParser, FORMAT_LIST } from './formats.js';
import type { LogParser, ParserOptions } from './parser.js';
import { logWarning } from './problems.js';
import { borrowScanKernel, type KernelRowReader } from './scan-kernel.js';
import { detectEncoding, LineSplitter, looksBinary, type TextEncoding } from './text-lines.js';
import type { Measurement } from './types.js';

export { createParser } from './formats.js';

/** Bytes read before the format is decided. */
const HEAD_BYTES = 64 * 1024;

export interface ReadOptions extends ParserOptions {
  /** Stop after this many bytes (with a warning); no limit when absent. */
  maxBytes?: number;
  /**
   * 'wasm' (the default) scans UTF-8 logs with the WebAssembly kernel, which reads power rows itself and hands the
   * other lines to the parsers' byte readers; 'bytes' does that scan in JavaScript; 'lines' decodes every line first.
   * All give the same Measurement; 'lines' is the reference the others are tested against (test/logs/fuzz). Where
   * WebAssembly is unavailable, 'wasm' reads as 'bytes'.
   */
  engine?: 'wasm' | 'bytes' | 'lines';
}

interface Head {
  chunks: Uint8Array[];
  bytes: number;
  encoding: TextEncoding;
  bomBytes: number;
  /** The first lines, decoded, for detection. */
  lines: string[];
}

export async function readMeasurement(
  stream: AsyncIterable<Uint8Array>,
  file: string,
  format?: LogFormat,
  options: ReadOptions = {},
): Promise<Measurement> {
  const source = new ByteSource(stream, file, options.maxBytes);
  const nothing = (message: string, hint?: string): Measurement => ({
    file,
    format: format ?? 'unknown',
    warnings: [...source.warnings, logWarning(file, undefined, message, hint)],
  });
  const head = await readHead(source, file);
  if (!head) return nothing('empty file: nothing measured');
  const chosen = chooseFormat(head.lines, format);
  if (chosen.problem) {
    await source.close();
    return nothing(chosen.problem.message, chosen.problem.hint);
  }
  if (format && chosen.detected && chosen.detected !== format) {
    source.warnings.push(
      logWarning(
        file,
        undefined,
        `read as ${format} as the manifest says, though the content looks like ${chosen.detected}`,
      ),
    );
  }
  try {
    const parser = createParser(chosen.format, file, options);
    const fast = options.engine !== 'lines' && head.encoding === 'utf-8' && parser.lineBytes !== undefined;
    const splitterWarnings = fast
      ? await feedBytes(parser, head, source, file, options.engine !== 'bytes')
      : await feedLines(parser, head, source, file);
    const measurement = parser.finish();
    return { ...measurement, warnings: [...source.warnings, ...splitterWarnings, ...measurement.warnings] };
  } catch (error) {
    await source.close();
    return nothing(`could not read this ${chosen.format} log: ${(error as Error).message}`);
  }
}

/** Reads the first chunks (up to HEAD_BYTES) and decodes their lines; undefined for an empty file. */
async function readHead(source: ByteSource, file: string): Promise<Head | undefined> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  while (bytes < HEAD_BYTES) {
    const chunk = await source.next();
    if (!chunk) break;
    if (chunk.length === 0) continue;
    chunks.push(chunk);
    bytes += chunk.length;
  }
  if (bytes === 0) return undefined;
  const { encoding, bomBytes } = detectEncoding(chunks[0]!.length >= 3 ? chunks[0]! : concat(chunks));
  const lines: string[] = [];
  const splitter = new LineSplitter(file, encoding, bomBytes, (text) => {
    if (lines.length < DETECTION_LINES) lines.push(text);
  });
  for (const chunk of chunks) splitter.push(chunk);
  if (source.ended) splitter.end();
  return { chunks, bytes, encoding, bomBytes, lines };
}

type FormatChoice =
  | { format: LogFormat; detected?: LogFormat; problem?: undefined }
  | { problem: { message: string; hint?: string } };

/** The format to read with: the manifest's, else the detected one; or why there is none. */
function chooseFormat(firstLines: string[], format: LogFormat | undefined): FormatChoice {
  if (looksBinary(firstLines.join('\n')))
    return {
      problem: {
        message: 'binary file, not a text log: nothing measured',
        hint: 'point logs: at the CSV, JSON or log file the tool wrote',
      },
    };
  const detected = detectFormat(firstLines);
  const chosen = format ?? detected;
  if (chosen) return { format: chosen, ...(detected ? { detected } : {}) };
  if (firstLines.every((text) => text.trim() === '')) return { problem: { message: 'empty file: nothing measured' } };
  const reason = undetectedReason(firstLines);
  return {
    problem: {
      message: 'could not tell which tool wrote this log',
      hint: reason ?? `add format: (${FORMAT_LIST}) to the log entry`,
    },
  };
}

/** The reference engine: every line decoded to a string. Returns the splitter's warnings. */
async function feedLines(parser: LogParser, head: Head, source: ByteSource, file: string) {
  const splitter = new LineSplitter(file, head.encoding, head.bomBytes, (text, lineNumber, unterminated) =>
    parser.line(text, lineNumber, unterminated),
  );
  for (const chunk of head.chunks) splitter.push(chunk);
  head.chunks.length = 0;
  for (let chunk = await source.next(); chunk; chunk = await source.next()) splitter.push(chunk);
  splitter.end();
  return splitter.warnings;
}

/**
 * The fast engines: lines stay bytes; the parser decodes only the lines its byte reader does not take. With the
 * kernel, power rows it reads exactly never reach the parser one by one.
 */
async function feedBytes(parser: LogParser, head: Head, source: ByteSource, file: string, useKernel: boolean) {
  const kernel = useKernel ? borrowScanKernel() : undefined;
  kernel?.begin(parser.kernelRowShape ? (parser as KernelRowReader) : undefined);
  const splitter = new ByteLineSplitter(
    file,
    head.bomBytes,
    (bytes, start, end, lineNumber, unterminated, shape) => {
      if (!parser.lineBytes!(bytes, start, end, lineNumber, unterminated, shape))
        parser.line(decodeLine(bytes, start, end), lineNumber, unterminated);
    },
    kernel,
  );
  try {
    for (const chunk of head.chunks) splitter.push(chunk);
    head.chunks.length = 0;
    for (let chunk = await source.next(); chunk; chunk = await source.next()) splitter.push(chunk);
    splitter.end();
  } finally {
    kernel?.release();
  }
  return splitter.warnings;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
