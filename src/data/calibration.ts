// Training defaults calibrated on published runs. One hardware model for every generation: a generation's whole-run
// model-FLOPs utilization is its sourced steady-state benchmark level (calibration-benchmarks.ts) times one whole-run
// realization factor fitted on every family's published hours (its own whole runs only with runs from many families,
// or where no benchmark exists). One size trend is shared by all generations. Average power as a
// share of TDP is fitted by generation on runs with measured energy.
// The fitted numbers live in calibration.generated.ts (scripts/derive-calibration.ts); the shape is here.
import type { Accelerator, SourcedRange } from './types.js';
import { POWER_FRACTION_OF_TDP } from './defaults.js';
import { FITTED_CALIBRATION } from './calibration.generated.js';
import { steadyStateLevel } from './calibration-benchmarks.js';
import { METHODOLOGY_DOC_URL } from './project-docs.js';

export interface WholeRunLevel {
  /** MFU at the reference size, over a whole run (restarts and evaluation included as the hours were published). */
  value: number;
  families: string[];
  rows: number;
}

export interface GenerationPower {
  /** Average draw / TDP for models at or above `smallModel.toParams`. */
  value: number;
  rows: number;
}

export interface CalibrationFit {
  dataset: string;
  utilization: {
    /** Levels are quoted at this many active parameters; MFU scales as (active / reference) ^ sizeExponent. */
    referenceParams: number;
    sizeExponent: number;
    /** Active-parameter span of the fitted runs; the size trend is not extrapolated beyond it. */
    paramsRange: { min: number; max: number };
    /** Generations whose level comes from their own whole runs (runs from at least `minFamilies` families). */
    wholeRun: Record<string, WholeRunLevel>;
    /** Generations with whole runs from fewer families: used only when no steady-state benchmark covers them. */
    fewFamilies: Record<string, WholeRunLevel>;
    minFamilies: number;
    /** Whole-run level / steady-state benchmark level, median over the generations that have both. */
    realization: { value: number; byGeneration: Record<string, number> };
    /** Mixture-of-experts runs reach this share of a dense model's MFU at the same active size. */
    moeFactor: { value: number; rows: number };
    /** Published hours / predicted hours, 5th-95th percentile of leave-one-family-out residuals on benchmarked generations. */
    band: { low: number; high: number };
    /** The same over every held-out run, including those predicted from a borrowed level: for generations without their own benchmark. */
    unbenchmarkedBand: { low: number; high: number };
    bounds: { min: number; max: number };
  };
  power: {
    byGeneration: Record<string, GenerationPower>;
    /** Fallbacks for generations without measured runs: the median of the fitted generations of that kind. */
    byKind: Partial<Record<Accelerator['kind'], number>>;
    /** Small models keep accelerators less busy: the fraction ramps from minShare x value at fromParams to value at toParams (log scale). */
    smallModel: { minShare: number; fromParams: number; toParams: number };
    /** Measured / predicted power, 5th-95th percentile of leave-one-family-out residuals. */
    band: { low: number; high: number };
    /** Host overhead assumed when separating accelerator power from whole-system measurements. */
    hostOverheadFraction: number;
  };
  /** Runs fitted on: with published hours (MFU) and with hours and measured energy (power). */
  rows: { hours: number; hoursFamilies: number; energy: number };
}

/** Where the calibration is documented: docs/methodology.md §3 in the action's repository (as README names it). */
export const CALIBRATION_DOC_URL: string | undefined = METHODOLOGY_DOC_URL;
const docLink = CALIBRATION_DOC_URL ? { url: CALIBRATION_DOC_URL } : {};

const CALIBRATION_SOURCE = (fit: CalibrationFit) =>
  `ml-carbon calibration on ${fit.dataset} (whole-run hours: Pythia, MPT, StarCoder, BloombergGPT, LLaMA/Llama, Granite, Phi, SmolLM, DeepSeek, PaLM, Gopher, Patterson et al. 2021; measured energy: Patterson, Strubell, Dodge, OLMo); see docs/methodology.md`;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The model's stated consistency band: for the same job, energy per FLOP x datasheet FLOP/s per watt (= power share /
 * MFU, what the model assumes each card realizes) stays within this factor of the table's median, for every
 * accelerator. Generations differ in how much of their peak whole runs realize: TPU v2 most (Patterson et al.'s three
 * TPU v2 runs imply 0.53-0.64 MFU at 0.60-0.66 of the 280 W TDP: 0.29 x the median), V100 least (its sourced
 * steady-state level is 21 % MFU, GPT-3 on V100 in PaLM Table 3: 2.0 x the median). A generation moving outside
 * this band means its level or draw changed by more than the sources behind it allow, and must be looked at.
 */
export const ENERGY_PER_FLOP_BAND = { low: 0.25, high: 2.5 } as const;

/** How a generation's whole-run level was obtained. */
export type LevelBasis = 'whole-run' | 'benchmark x realization' | 'relative benchmark' | 'few families' | 'borrowed';

export interface GenerationLevel {
  value: number;
  /** Extra spread (x) on top of the fit's band, for levels not fitted on the generation's own runs. */
  spread: { low: number; high: number };
  basis: LevelBasis;
  source: string;
}

/** The whole-run MFU level of a generation at the reference size; every generation gets a sourced level. */
export function generationLevel(accelerator: Accelerator, fit: CalibrationFit = FITTED_CALIBRATION): GenerationLevel {
  const generation = accelerator.generation ?? accelerator.kind;
  const { wholeRun, fewFamilies, realization } = fit.utilization;
  const own = wholeRun[generation];
  if (own) {
    return {
      value: own.value,
      spread: { low: 1, high: 1 },
      basis: 'whole-run',
      source: `whole-run MFU ${own.value} fitted on ${own.rows} runs of ${own.families.length} model families (${own.families.join(', ')})`,
    };
  }
  const steady = steadyStateLevel(accelerator.generation, accelerator.kind);
  // The band is measured on exactly this path (every held-out run is predicted as benchmark x realization), so a
  // generation's own benchmark adds no spread; a borrowed or relative level, never validated, adds its span.
  const spread = { low: steady.low / steady.value, high: steady.high / steady.value };
  const relative = steady.relativeTo && wholeRun[steady.relativeTo.generation];
  if (steady.relativeTo && relative) {
    return {
      value: round3(relative.value * steady.relativeTo.ratio),
      spread,
      basis: 'relative benchmark',
      source: `${steady.relativeTo.generation} whole-run MFU ${relative.value} x ${steady.relativeTo.ratio} (${steady.source})`,
    };
  }
  const few = fewFamilies[generation];
  if (steady.borrowed && few) {
    return {
      value: few.value,
      spread: { low: 1, high: 1 },
      basis: 'few families',
      source: `whole-run MFU ${few.value} fitted on ${few.rows} runs of ${few.families.join(', ')} (no benchmark covers ${generation})`,
    };
  }
  return {
    value: round3(steady.value * realization.value),
    spread: steady.borrowed || steady.relativeTo ? spread : { low: 1, high: 1 },
    basis: steady.borrowed ? 'borrowed' : steady.relativeTo ? 'relative benchmark' : 'benchmark x realization',
    source: `steady-state MFU ${steady.value} (${steady.source}) x whole-run realization ${realization.value} (fitted across ${Object.keys(realization.byGeneration).join(', ')})`,
  };
}

/** MFU to assume for training on `accelerator` a model with `activeParams` active parameters. */
export function trainingUtilization(
  accelerator: Accelerator,
  activeParams: number,
  options: { mixtureOfExperts?: boolean } = {},
  fit: CalibrationFit = FITTED_CALIBRATION,
): { name: string; entry: SourcedRange; basis: LevelBasis } {
  const u = fit.utilization;
  const level = generationLevel(accelerator, fit);
  const sizeInRange = Math.min(u.paramsRange.max, Math.max(u.paramsRange.min, activeParams));
  const moe = options.mixtureOfExperts ? u.moeFactor.value : 1;
  const band = level.basis === 'borrowed' || level.basis === 'few families' ? u.unbenchmarkedBand : u.band;
  const scaled = level.value * (sizeInRange / u.referenceParams) ** u.sizeExponent * moe;
  const value = Math.min(u.bounds.max, Math.max(u.bounds.min, scaled));
  const sizeText = u.sizeExponent !== 0 ? ` x (active params / ${u.referenceParams / 1e9} B)^${u.sizeExponent}` : '';
  const moeText = options.mixtureOfExperts ? ` x ${u.moeFactor.value} (mixture of experts)` : '';
  return {
    name: `model FLOPs utilization on ${accelerator.generation ?? accelerator.kind} hardware (whole run)`,
    basis: level.basis,
    entry: {
      value: round3(value),
      low: round3((value / band.high) * level.spread.low),
      high: round3(Math.min(1, (value / band.low) * level.spread.high)),
      source: `${CALIBRATION_SOURCE(fit)}: ${level.source}${sizeText}${moeText}; range from leave-one-family-out residuals`,
      year: 2025,
      ...docLink,
    },
  };
}

/** Share of the small-model ramp a model of `params` parameters reaches (minShare .. 1). */
export function smallModelShare(params: number, fit: CalibrationFit = FITTED_CALIBRATION): number {
  const { minShare, fromParams, toParams } = fit.power.smallModel;
  const position = (Math.log10(params) - Math.log10(fromParams)) / (Math.log10(toParams) - Math.log10(fromParams));
  const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 1));
  return minShare + (1 - minShare) * clamped;
}

/**
 * Average training draw as a share of TDP for `accelerator` training a model of `params` (active) parameters. The
 * small-model ramp sets the value only when the work was derived from the parameter count (6 x N x D, a transformer
 * rule); when FLOPs or hours are given (CNNs and others carry far more FLOPs per parameter) it only lowers the range.
 */
export function trainingPowerFraction(
  accelerator: Accelerator,
  params: number,
  options: { rampAsLowEndOnly?: boolean } = {},
  fit: CalibrationFit = FITTED_CALIBRATION,
): { name: string; entry: SourcedRange } {
  const generation = accelerator.generation ? fit.power.byGeneration[accelerator.generation] : undefined;
  const large = generation?.value ?? fit.power.byKind[accelerator.kind];
  if (large === undefined) return { name: 'average training power as a share of TDP', entry: POWER_FRACTION_OF_TDP };
  const share = smallModelShare(params, fit);
  if (options.rampAsLowEndOnly && share < 1) {
    return {
      name: `average training power as a share of TDP on ${accelerator.generation ?? accelerator.kind} hardware`,
      entry: {
        value: round3(large),
        low: round3(large * share * fit.power.band.low),
        high: round3(Math.min(1.2, large * fit.power.band.high)),
        source: `${CALIBRATION_SOURCE(fit)}: ${large} for ${accelerator.generation ?? accelerator.kind}; FLOPs or hours given, so the small-model ramp (x ${round3(share)} for ${formatParams(params)} parameters) only widens the range down`,
        year: 2025,
        ...docLink,
      },
    };
  }
  const value = large * share;
  const basis = generation
    ? `${large} for ${accelerator.generation} fitted on ${generation.rows} measured runs`
    : `${large}, the median of fitted ${accelerator.kind.toUpperCase()} generations (no measured runs on ${accelerator.generation ?? accelerator.id})`;
  const ramp = share < 1 ? `; x ${round3(share)} for a ${formatParams(params)}-parameter model (small-model ramp)` : '';
  return {
    name: `average training power as a share of TDP on ${accelerator.generation ?? accelerator.kind} hardware`,
    entry: {
      value: round3(value),
      low: round3(value * fit.power.band.low),
      high: round3(Math.min(1.2, value * fit.power.band.high)),
      source: `${CALIBRATION_SOURCE(fit)}: ${basis}${ramp}; range from leave-one-family-out residuals of measured runs`,
      year: 2025,
      ...docLink,
    },
  };
}

function formatParams(params: number): string {
  return params >= 1e9 ? `${round3(params / 1e9)} B` : `${round3(params / 1e6)} M`;
}
