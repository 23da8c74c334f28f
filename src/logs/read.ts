// Reads one log of any supported format from a byte stream into a Measurement. Never throws: every problem becomes
// a warning with the file (and line where there is one), and whatever part of the file is usable is used.
import type { InputProblem } from '../errors.js';
import type { LogFormat } from '../manifest/types.js';
import { CarbonTrackerParser } from './carbontracker.js';
import { CodeCarbonParser } from './codecarbon.js';
import { detectFormat, DETECTION_LINES } from './detect.js';
import { Eco2aiParser } from './eco2ai.js';
import { HfModelCardParser } from './hf-model-card.js';
import { HfTrainerParser } from './hf-trainer.js';
import { NvidiaSmiParser } from './nvidia-smi.js';
import type { LogParser, ParserOptions } from './parser.js';
import { logWarning } from './problems.js';
import { detectEncoding, LineSplitter, looksBinary } from './text-lines.js';
import type { Measurement } from './types.js';

/** Bytes read before the format is decided. */
const HEAD_BYTES = 64 * 1024;

export interface ReadOptions extends ParserOptions {
  /** Stop after this many bytes (with a warning); no limit when absent. */
  maxBytes?: number;
}

export function createParser(format: LogFormat, file: string, options: ParserOptions = {}): LogParser {
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

export async function readMeasurement(
  source: AsyncIterable<Uint8Array>,
  file: string,
  format?: LogFormat,
  options: ReadOptions = {},
): Promise<Measurement> {
  const iterator = source[Symbol.asyncIterator]();
  const warnings: InputProblem[] = [];
  let bytes = 0;
  let ended = false;
  const next = async (): Promise<Uint8Array | undefined> => {
    if (ended) return undefined;
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
        warnings.push(
          logWarning(
            file,
            undefined,
            `only the first ${formatMegabytes(options.maxBytes)} were read`,
            'the size limit for logs was reached',
          ),
        );
        await iterator.return?.();
        return chunk.subarray(0, Math.max(0, chunk.length - (bytes - options.maxBytes)));
      }
      return chunk;
    } catch (error) {
      ended = true;
      warnings.push(
        logWarning(
          file,
          undefined,
          `reading stopped: ${(error as Error).message}`,
          'the part read before the error is used',
        ),
      );
      return undefined;
    }
  };

  const firstChunks: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < HEAD_BYTES) {
    const chunk = await next();
    if (!chunk) break;
    if (chunk.length === 0) continue;
    firstChunks.push(chunk);
    headBytes += chunk.length;
  }
  const empty = (message: string, hint?: string): Measurement => ({
    file,
    format: format ?? 'unknown',
    warnings: [...warnings, logWarning(file, undefined, message, hint)],
  });
  if (headBytes === 0) return empty('empty file: nothing measured');

  const { encoding, bomBytes } = detectEncoding(firstChunks[0]!.length >= 3 ? firstChunks[0]! : concat(firstChunks));
  const headLines: { text: string; lineNumber: number; unterminated: boolean }[] = [];
  const splitter = new LineSplitter(file, encoding, bomBytes, (text, lineNumber, unterminated) =>
    headLines.push({ text, lineNumber, unterminated }),
  );
  for (const chunk of firstChunks) splitter.push(chunk);
  if (ended) splitter.end();

  const firstTexts = headLines.slice(0, DETECTION_LINES).map((line) => line.text);
  if (looksBinary(firstTexts.join('\n'))) {
    await iterator.return?.();
    return empty(
      'binary file, not a text log: nothing measured',
      'point logs: at the CSV, JSON or log file the tool wrote',
    );
  }
  const detected = detectFormat(firstTexts);
  const chosen = format ?? detected;
  if (!chosen) {
    await iterator.return?.();
    if (firstTexts.every((text) => text.trim() === '')) return empty('empty file: nothing measured');
    return empty(
      'could not tell which tool wrote this log',
      'add format: (codecarbon, nvidia-smi, hf-trainer, hf-model-card, carbontracker, eco2ai) to the log entry',
    );
  }
  if (format && detected && detected !== format) {
    warnings.push(
      logWarning(file, undefined, `read as ${format} as the manifest says, though the content looks like ${detected}`),
    );
  }

  try {
    const parser = createParser(chosen, file, options);
    for (const line of headLines) parser.line(line.text, line.lineNumber, line.unterminated);
    headLines.length = 0;
    splitter.handler = (text, lineNumber, unterminated) => parser.line(text, lineNumber, unterminated);
    while (!ended) {
      const chunk = await next();
      if (!chunk) break;
      splitter.push(chunk);
    }
    splitter.end();
    const measurement = parser.finish();
    return { ...measurement, warnings: [...warnings, ...splitter.warnings, ...measurement.warnings] };
  } catch (error) {
    await iterator.return?.();
    return empty(`could not read this ${chosen} log: ${(error as Error).message}`);
  }
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

function formatMegabytes(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${bytes} bytes`;
}
