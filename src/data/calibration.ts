// Training defaults calibrated on published runs: model-FLOPs utilisation by hardware generation with one size trend
// shared by all generations, and average power as a share of TDP by generation, lower for small models.
// The fitted numbers live in calibration.generated.ts (scripts/derive-calibration.ts); the shape is here.
import type { Accelerator, SourcedRange } from './types.js';
import { POWER_FRACTION_OF_TDP, UTILIZATION } from './defaults.js';
import { FITTED_CALIBRATION } from './calibration.generated.js';
import { METHODOLOGY_DOC_URL } from './project-docs.js';

export interface GenerationUtilization {
  /** MFU at `referenceParams` active parameters (a size typical of the generation's fitted runs). */
  value: number;
  /** MFU scales as (active parameters / referenceParams) ^ sizeExponent; the exponent is shared by all generations. */
  sizeExponent: number;
  referenceParams: number;
  /** Active-parameter span of the fitted runs; the size trend is not extrapolated beyond it. */
  paramsRange: { min: number; max: number };
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
    byGeneration: Record<string, GenerationUtilization>;
    /** Multipliers on the fitted MFU that span the 5th-95th percentile of the fit's residuals. */
    band: { low: number; high: number };
    bounds: { min: number; max: number };
  };
  power: {
    byGeneration: Record<string, GenerationPower>;
    /** Fallbacks for generations without measured runs: the median of the fitted generations of that kind. */
    byKind: Partial<Record<Accelerator['kind'], number>>;
    /** Small models keep accelerators less busy: the fraction ramps from minShare x value at fromParams to value at toParams (log scale). */
    smallModel: { minShare: number; fromParams: number; toParams: number };
    band: { low: number; high: number };
    /** Host overhead assumed when separating accelerator power from whole-system measurements. */
    hostOverheadFraction: number;
  };
  /** Runs fitted on: with published hours (MFU), with hours and measured energy (power), with FLOPs and measured energy but no hours (MFU via the fitted power). */
  rows: { hours: number; energy: number; energyFromFlops: number };
}

/** Where the calibration is documented: docs/methodology.md §3 in the action's repository (as README names it). */
export const CALIBRATION_DOC_URL: string | undefined = METHODOLOGY_DOC_URL;
const docLink = CALIBRATION_DOC_URL ? { url: CALIBRATION_DOC_URL } : {};

const CALIBRATION_SOURCE = (fit: CalibrationFit) =>
  `ml-carbon calibration on ${fit.dataset} (Patterson et al. 2021, Strubell et al. 2019, Dodge et al. 2022, LLaMA/Llama model cards, OLMo, FLM-101B, LLMCarbon); see docs/methodology.md`;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** MFU to assume for training on `accelerator` a model with `activeParams` active parameters. */
export function trainingUtilization(
  accelerator: Accelerator,
  activeParams: number,
  fit: CalibrationFit = FITTED_CALIBRATION,
): { name: string; entry: SourcedRange } {
  const generation = accelerator.generation ? fit.utilization.byGeneration[accelerator.generation] : undefined;
  if (!generation) {
    return {
      name: `model FLOPs utilization on ${accelerator.kind.toUpperCase()} (no calibration data for this hardware generation)`,
      entry: UTILIZATION[accelerator.kind],
    };
  }
  const { min, max } = fit.utilization.bounds;
  const sizeInRange = Math.min(generation.paramsRange.max, Math.max(generation.paramsRange.min, activeParams));
  const scaled = generation.value * (sizeInRange / generation.referenceParams) ** generation.sizeExponent;
  const value = Math.min(max, Math.max(min, scaled));
  const sizeText =
    generation.sizeExponent !== 0
      ? ` x (active params / ${generation.referenceParams / 1e9} B)^${generation.sizeExponent}`
      : '';
  return {
    name: `model FLOPs utilization on ${accelerator.generation} hardware`,
    entry: {
      value: round3(value),
      low: round3(value * fit.utilization.band.low),
      high: round3(Math.min(1, value * fit.utilization.band.high)),
      source: `${CALIBRATION_SOURCE(fit)}: MFU ${generation.value}${sizeText} fitted on ${generation.rows} runs; range from the residual spread of all runs`,
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

/** Average training draw as a share of TDP for `accelerator` training a model of `params` (active) parameters. */
export function trainingPowerFraction(
  accelerator: Accelerator,
  params: number,
  fit: CalibrationFit = FITTED_CALIBRATION,
): { name: string; entry: SourcedRange } {
  const generation = accelerator.generation ? fit.power.byGeneration[accelerator.generation] : undefined;
  const large = generation?.value ?? fit.power.byKind[accelerator.kind];
  if (large === undefined) return { name: 'average training power as a share of TDP', entry: POWER_FRACTION_OF_TDP };
  const share = smallModelShare(params, fit);
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
      source: `${CALIBRATION_SOURCE(fit)}: ${basis}${ramp}; range from the residual spread of measured runs`,
      year: 2025,
      ...docLink,
    },
  };
}

function formatParams(params: number): string {
  return params >= 1e9 ? `${round3(params / 1e9)} B` : `${round3(params / 1e6)} M`;
}
