// What a measured log contributes to a run, whatever its format.
import type { InputProblem } from '../errors.js';
import type { LogFormat } from '../manifest/types.js';

/** Which part of the machine a measured energy covers. */
export type EnergyScope = 'accelerator' | 'it' | 'facility';

export interface Measurement {
  file: string;
  /** 'unknown' when the content matched no format and no `format:` was given; such a measurement holds nothing. */
  format: LogFormat | 'unknown';
  /** Measured energy in kWh, in the scope below. */
  energyKwh?: number;
  energyScope?: EnergyScope;
  /** True when the tool already multiplied by a PUE (CodeCarbon, carbontracker, eco2AI): never apply it again. */
  pueIncluded?: boolean;
  /** The PUE the tool says it applied (CodeCarbon's `pue` column; its default 1.0 means none was). */
  toolPue?: number;
  /**
   * The part of `energyKwh` the tool measured on the accelerator boards and on the whole machine (boards, CPU, RAM),
   * before any PUE, when it reports them apart (CodeCarbon's gpu_energy and cpu + gpu + ram energy).
   */
  parts?: { acceleratorKwh: number; itKwh: number };
  /** Emissions as the tool computed them, kg CO2e. */
  co2eKg?: number;
  /** Intensity the tool used, gCO2e/kWh (derived from its emissions and energy when not written). */
  intensityGPerKwh?: number;
  /** Wall-clock duration of the measured work, hours (sum over runs in the file). */
  durationHours?: number;
  /** Training FLOPs the framework counted (Hugging Face `total_flos`). */
  flops?: number;
  /** Tokens the framework counted (Hugging Face Trainer `num_input_tokens_seen`). */
  tokensSeen?: number;
  acceleratorCount?: number;
  acceleratorName?: string;
  /** Mean draw per accelerator while measured, watts. */
  averagePowerWatts?: number;
  /** How many runs or sessions the file held and were summed. */
  runCount?: number;
  /**
   * Per-run figures for tools whose files can repeat a run (CodeCarbon .bak generations, carbontracker 1.1.x
   * sessions copied into earlier files, eco2AI), so several files are merged without counting a run twice.
   */
  runs?: MeasuredRun[];
  /** Where the tool said the work ran (country, region), as written. */
  location?: string;
  /**
   * Log metadata as the tool wrote it, for deriving manifest inputs: GPU model (CodeCarbon `gpu_model`, nvidia-smi
   * `name`), GPU count (CodeCarbon `gpu_count`; nvidia-smi distinct indices/uuids), and CodeCarbon's location columns.
   */
  gpuModel?: string;
  gpuCount?: number;
  /** ISO 3166-1 alpha-3, as CodeCarbon writes `country_iso_code`. */
  countryIsoCode?: string;
  region?: string;
  cloudProvider?: string;
  cloudRegion?: string;
  warnings: InputProblem[];
}

/** One run (tracker instance, session) inside a log file. */
export interface MeasuredRun {
  /** run_id, experiment_id, eco2AI id, or carbontracker session start. */
  id: string;
  energyKwh: number;
  co2eKg?: number;
  durationHours: number;
}
