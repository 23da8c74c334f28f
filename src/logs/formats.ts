// The one table of log formats: what each is called and which parser reads it. The manifest's LOG_FORMATS names
// them (the manifest layer sits below logs); `satisfies` makes a format without an entry here a type error.
// Detection rules are in detect.ts (their order matters), fixtures in fixtures/logs/<format>/.
import type { LogFormat } from '../manifest/types.js';
import { LOG_FORMATS } from '../manifest/types.js';
import { CarbonTrackerParser } from './carbontracker.js';
import { CodeCarbonParser } from './codecarbon.js';
import { Eco2aiParser } from './eco2ai.js';
import { HfModelCardParser } from './hf-model-card.js';
import { HfTrainerParser } from './hf-trainer.js';
import { NvidiaSmiParser } from './nvidia-smi.js';
import type { LogParser, ParserOptions } from './parser.js';

export interface LogFormatEntry {
  /** The tool's name in messages and reports. */
  toolName: string;
  /** What the tool writes, for docs and hints. */
  writes: string;
  create(file: string, options: ParserOptions): LogParser;
}

export const LOG_FORMAT_REGISTRY = {
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
} satisfies Record<LogFormat, LogFormatEntry>;

export function createParser(format: LogFormat, file: string, options: ParserOptions = {}): LogParser {
  return LOG_FORMAT_REGISTRY[format].create(file, options);
}

/** "codecarbon, nvidia-smi, …" for hints. */
export const FORMAT_LIST = LOG_FORMATS.join(', ');
