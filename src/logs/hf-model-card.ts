// The `co2_eq_emissions` entry of a Hugging Face model card's YAML front matter. Emissions are in grams.
import { parse as parseYaml } from 'yaml';
import type { InputProblem } from '../errors.js';
import { defined, nonEmpty } from './fields.js';
import type { LogParser } from './parser.js';
import { logWarning } from './problems.js';
import type { Measurement } from './types.js';
import { kgFromGrams } from '../util/units.js';

/**
 * Front matter held for YAML parsing, characters. Real cards' front matter is a few kB (model-index tables reach
 * tens of kB); a huge one (a 2 GB README) is not read rather than held whole.
 */
export const MAX_FRONT_MATTER_CHARS = 4 * 1024 * 1024;

export class HfModelCardParser implements LogParser {
  private state: 'before' | 'inside' | 'after' = 'before';
  private readonly lines: string[] = [];
  private firstLine = 0;
  private chars = 0;
  private tooLarge = false;

  constructor(private readonly file: string) {}

  line(text: string, lineNumber: number): void {
    if (this.state === 'after') return;
    if (this.state === 'before') {
      if (text.trim() === '') return;
      if (text.trim() === '---') {
        this.state = 'inside';
        this.firstLine = lineNumber + 1;
      } else this.state = 'after';
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

  finish(): Measurement {
    const warnings: InputProblem[] = [];
    const base: Measurement = { file: this.file, format: 'hf-model-card', warnings };
    if (this.tooLarge) {
      warnings.push(
        logWarning(
          this.file,
          this.firstLine,
          `front matter longer than ${MAX_FRONT_MATTER_CHARS / 1024 / 1024} MiB: not read`,
          'keep the model card front matter small; put co2_eq_emissions near the top',
        ),
      );
      return base;
    }
    if (this.lines.length === 0) {
      warnings.push(logWarning(this.file, 1, 'no YAML front matter (--- ... ---) at the top of the model card'));
      return base;
    }
    let metadata: unknown;
    try {
      metadata = parseYaml(this.lines.join('\n'));
    } catch (error) {
      warnings.push(
        logWarning(
          this.file,
          this.firstLine,
          `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
        ),
      );
      return base;
    }
    const entry =
      typeof metadata === 'object' && metadata !== null
        ? (metadata as Record<string, unknown>).co2_eq_emissions
        : undefined;
    const entryLine =
      this.firstLine +
      Math.max(
        0,
        this.lines.findIndex((line) => line.startsWith('co2_eq_emissions')),
      );
    if (entry === undefined || entry === null) {
      warnings.push(
        logWarning(
          this.file,
          this.firstLine,
          'the model card has no co2_eq_emissions',
          'co2_eq_emissions: { emissions: <grams>, source, training_type, geographical_location, hardware_used }',
        ),
      );
      return base;
    }
    const mapping = typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const grams = firstNumber(mapping ? mapping.emissions : entry);
    if (grams === undefined || grams < 0) {
      warnings.push(
        logWarning(
          this.file,
          entryLine,
          'co2_eq_emissions holds no number of grams',
          'co2_eq_emissions: { emissions: 1234 }  # grams',
        ),
      );
      return base;
    }
    if (grams > 0 && grams < 1) {
      warnings.push(
        logWarning(
          this.file,
          entryLine,
          `co2_eq_emissions is ${grams} g, below one gram`,
          'the field is in grams; was kg meant?',
        ),
      );
    }
    return {
      ...base,
      co2eKg: kgFromGrams(grams),
      runCount: 1,
      ...defined('location', text(mapping?.geographical_location)),
      ...defined('acceleratorName', text(mapping?.hardware_used)),
    };
  }
}

/** Like huggingface_hub: a number, or the first number written in a string ("2.3 kg" gives 2.3). */
function firstNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const match = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/i.exec(value.replace(/,(?=\d{3})/g, ''));
    return match ? Number(match[0]) : undefined;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? nonEmpty(value) : typeof value === 'number' ? String(value) : undefined;
}
