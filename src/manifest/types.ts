// The manifest after parsing and normalisation: counts are numbers, durations are hours, defaults are merged into runs.
import type { Precision } from '../data/types.js';

export const TRAINING_METHODS = ['full', 'lora', 'qlora', 'from_scratch'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

/** What the run is for: decides which advice fits (no "continue from a checkpoint" for a base model that has none). */
export const TRAINING_OBJECTIVES = ['pretrain-base', 'domain-adapt', 'fine-tune'] as const;
export type TrainingObjective = (typeof TRAINING_OBJECTIVES)[number];

export const LOG_FORMATS = [
  'codecarbon',
  'nvidia-smi',
  'hf-trainer',
  'hf-model-card',
  'carbontracker',
  'eco2ai',
] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export { FACILITIES, type Facility } from '../data/facility.js';
import type { Facility } from '../data/facility.js';

export interface LogRef {
  /** Path as written in the manifest, relative to the manifest's folder. */
  path: string;
  format?: LogFormat;
  /** Line of the entry in the manifest, when known, so problems with the log point at it. */
  line?: number;
}

export interface Training {
  tokens?: number;
  samples?: number;
  sequenceLength?: number;
  epochs?: number;
  flops?: number;
  precision: Precision;
  /** False when the manifest left precision out and the engine assumed bf16 mixed precision. */
  precisionGiven: boolean;
  method?: TrainingMethod;
  /** As written in the manifest; advice infers one from `method` when absent (see advice/objective.ts). */
  objective?: TrainingObjective;
}

export interface Hardware {
  /** Canonical accelerator id after alias resolution; for an accelerator the table lacks, the id it was interned
   * under with the manifest's figures (see internAccelerator). */
  accelerator: string;
  count: number;
  /** True when neither the manifest nor a log gave the count: it is then 1 by assumption. */
  countAssumed?: boolean;
  hours?: number;
  acceleratorHours?: number;
  utilization?: number;
  powerWatts?: number;
}

export interface Inference {
  tokensPerDay?: number;
  requestsPerDay?: number;
  tokensPerRequest?: number;
  days: number;
  /** Canonical accelerator id; the training accelerator when absent. */
  accelerator?: string;
  precision?: Precision;
  /** Fraction of peak FLOP/s the serving stack sustains; a wide default range when absent. */
  utilization?: number;
  /** Serving replicas provisioned around the clock; derived from the traffic and the throughput when absent. */
  replicas?: number;
}

export interface Placement {
  /** Normalized location id ("gcp:us-central1", "FR") or undefined when none was given. */
  location?: string;
  facility?: Facility;
  carbonIntensity?: number;
  /** Market-based intensity (after renewable purchases), reported separately, never mixed with location-based. */
  marketCarbonIntensity?: number;
  pue?: number;
}

export interface Run extends Placement {
  id: string;
  model: { parameters: number; activeParameters?: number; name?: string; config?: string };
  training?: Training;
  hardware: Hardware;
  repeats: number;
  inference?: Inference;
  logs: LogRef[];
  /** 1-based line of the run in its manifest, for messages. */
  line?: number;
  /** Inputs read from files (config.json, logs) rather than written in the manifest, with where they came from. */
  derived?: DerivedInput[];
}

export interface DerivedInput {
  /** Manifest field the value stands for, e.g. "model.parameters". */
  field: string;
  value: number | string;
  /** Where it came from, e.g. "models/config.json (Llama: 32 layers, hidden 4096, GQA 8 kv heads)". */
  source: string;
}

export interface Budget {
  totalCo2eKg?: number;
  maxIncreasePercent?: number;
  warnIncreasePercent?: number;
  perRunCo2eKg?: number;
}

export interface Manifest {
  version: 1;
  /** Path of the manifest file as given to the parser (for messages). */
  file: string;
  defaults: Placement & { calibrate?: boolean };
  runs: Run[];
  budget?: Budget;
}
