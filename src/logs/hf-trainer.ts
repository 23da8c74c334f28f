// Hugging Face Trainer outputs: trainer_state.json, train_results.json, all_results.json.
// They hold wall-clock runtime and FLOPs, no energy and no hardware.
import type { InputProblem } from '../errors.js';
import { defined } from './fields.js';
import type { LogParser } from './parser.js';
import { logWarning } from './problems.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds } from '../util/units.js';

/** JSON files are parsed whole; beyond this size they are refused (the largest real trainer_state.json seen is 236 KB). */
export const MAX_JSON_CHARS = 64 * 1024 * 1024;

type Json = Record<string, unknown>;

export class HfTrainerParser implements LogParser {
  private readonly parts: string[] = [];
  private chars = 0;
  private tooLarge = false;

  constructor(private readonly file: string) {}

  line(text: string): void {
    if (this.tooLarge) return;
    this.chars += text.length + 1;
    if (this.chars > MAX_JSON_CHARS) {
      this.tooLarge = true;
      this.parts.length = 0;
      return;
    }
    this.parts.push(text);
  }

  finish(): Measurement {
    const warnings: InputProblem[] = [];
    const base: Measurement = { file: this.file, format: 'hf-trainer', warnings };
    if (this.tooLarge) {
      warnings.push(logWarning(this.file, undefined, `JSON larger than ${MAX_JSON_CHARS / 1024 / 1024} MiB not read`));
      return base;
    }
    const text = this.parts.join('\n');
    if (text.trim() === '') {
      warnings.push(logWarning(this.file, undefined, 'empty file: nothing measured'));
      return base;
    }
    let document: unknown;
    try {
      document = parseJsonAllowingNonFinite(text, () =>
        warnings.push(
          logWarning(
            this.file,
            undefined,
            'NaN or Infinity values (as Python writes them) were read as missing',
            'a NaN loss or grad_norm does not affect the figures used; a NaN total_flos or train_runtime does',
          ),
        ),
      );
    } catch (error) {
      warnings.push(
        logWarning(
          this.file,
          lineOfJsonError(text, error),
          `not valid JSON (${(error as Error).message})`,
          'a Trainer file cut while being written?',
        ),
      );
      return base;
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      warnings.push(logWarning(this.file, 1, 'expected a JSON object with train_runtime or log_history'));
      return base;
    }
    return { ...base, ...readTrainerFigures(document as Json, this.file, warnings) };
  }
}

function readTrainerFigures(document: Json, file: string, warnings: InputProblem[]): Partial<Measurement> {
  const history = Array.isArray(document.log_history) ? (document.log_history as unknown[]).filter(isObject) : [];
  const lastTrainEntry = [...history].reverse().find((entry) => typeof entry.train_runtime === 'number');
  const trainEntries = history.filter((entry) => typeof entry.train_runtime === 'number').length;
  const runtimeSeconds = positive(lastTrainEntry?.train_runtime) ?? positive(document.train_runtime);
  const flops = positive(document.total_flos) ?? positive(lastTrainEntry?.total_flos);
  if (runtimeSeconds === undefined) {
    warnings.push(
      logWarning(
        file,
        undefined,
        'no train_runtime: the training time is unknown',
        'train_results.json or trainer_state.json after train() has it',
      ),
    );
  } else {
    warnings.push(
      logWarning(
        file,
        undefined,
        'train_runtime covers only the last train() call; after a resume, earlier sessions are not in it',
        trainEntries > 1 ? `${trainEntries} train() calls are in log_history; the last was used` : undefined,
      ),
    );
  }
  if (flops === undefined) {
    warnings.push(
      logWarning(
        file,
        undefined,
        'no total_flos (missing or 0)',
        'older Transformers dropped it from *_results.json; point at trainer_state.json instead',
      ),
    );
  }
  let tokensSeen = positive(document.num_input_tokens_seen);
  for (const entry of history) {
    const seen = positive(entry.num_input_tokens_seen);
    if (seen !== undefined && (tokensSeen === undefined || seen > tokensSeen)) tokensSeen = seen;
  }
  return {
    ...defined('durationHours', runtimeSeconds === undefined ? undefined : hoursFromSeconds(runtimeSeconds)),
    ...defined('flops', flops),
    ...defined('tokensSeen', tokensSeen),
    runCount: 1,
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function lineOfJsonError(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (position === undefined) return undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

/** A JSON string, or a bare NaN / Infinity / -Infinity token (which Python's json module writes and JSON refuses). */
const NON_FINITE_OR_STRING = /"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g;

/** JSON.parse, reading Python's NaN and Infinity as null (then `onNonFinite` is called once); throws as JSON.parse. */
function parseJsonAllowingNonFinite(text: string, onNonFinite: () => void): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    let replaced = false;
    const cleaned = text.replace(NON_FINITE_OR_STRING, (token) => {
      if (token.startsWith('"')) return token;
      replaced = true;
      return 'null';
    });
    if (!replaced) throw error;
    const document = JSON.parse(cleaned);
    onNonFinite();
    return document;
  }
}
