// Training: FLOPs -> accelerator-hours -> the energy chain.
import { trainingPowerFraction, trainingUtilization } from '../data/calibration.js';
import { LORA_FLOPS_RATIO } from '../data/techniques.js';
import type { Accelerator, SourcedRange } from '../data/types.js';
import type { Run } from '../manifest/types.js';
import type { AssumptionLog } from './assumptions.js';
import { requestedTrainingPrecision, resolvePrecision, type ResolvedPrecision } from './precision.js';
import { exact, inverse, product } from './range.js';
import type { Range } from './types.js';
import { hoursFromSeconds } from '../util/units.js';

/** Above this, hours given with tokens imply a utilization no published whole run has reached. */
export const IMPLAUSIBLE_UTILIZATION = 0.75;
/** Above this share of TDP, a given average power is more than boost clocks explain. */
export const IMPLAUSIBLE_POWER_FRACTION = 1.2;

/** Tokens seen in training: given, or samples x sequence_length x epochs. */
export function trainingTokens(run: Run): number | undefined {
  const training = run.training;
  if (!training) return undefined;
  if (training.tokens !== undefined) return training.tokens * (training.epochs ?? 1);
  if (training.samples !== undefined && training.sequenceLength !== undefined) {
    return training.samples * training.sequenceLength * (training.epochs ?? 1);
  }
  return undefined;
}

const isAdapterMethod = (run: Run) => run.training?.method === 'lora' || run.training?.method === 'qlora';

/**
 * Model FLOPs of one training run: given, or 6 x (active) parameters x tokens (Kaplan et al. 2020, a transformer
 * rule), x 4/6 for LoRA/QLoRA (frozen weights need no weight gradients).
 */
export function trainingFlops(run: Run): number | undefined {
  if (run.training?.flops !== undefined) return run.training.flops;
  const tokens = trainingTokens(run);
  if (tokens === undefined) return undefined;
  const adapter = isAdapterMethod(run) ? LORA_FLOPS_RATIO.value : 1;
  return 6 * activeParameters(run) * tokens * adapter;
}

/** True when the run's work comes from its parameter count (6 x N x D): no FLOPs and no hours given. */
export const workFromParameters = (run: Run): boolean =>
  run.training?.flops === undefined &&
  run.hardware.hours === undefined &&
  run.hardware.acceleratorHours === undefined &&
  trainingTokens(run) !== undefined;

/** Overrides that calibration against a repository's own measured runs may supply. */
export interface Calibration {
  utilization?: Range;
  powerFractionOfTdp?: Range;
  source?: string;
}

/** The precision that really runs for training, with the engine's rate; notes go to the report. */
export function trainingPrecision(run: Run, accelerator: Accelerator, notes: string[]): ResolvedPrecision {
  const resolved = resolvePrecision(accelerator, requestedTrainingPrecision(run), 'training');
  notes.push(...resolved.notes);
  return resolved;
}

function recordRate(accelerator: Accelerator, resolved: ResolvedPrecision, assumptions: AssumptionLog): void {
  assumptions.record({
    name: `${accelerator.id} dense peak at ${resolved.ratePrecision}`,
    value: resolved.flopsPerSecond / (resolved.speedup?.value ?? 1) / 1e12,
    unit: 'TFLOP/s',
    origin: 'default',
    source: accelerator.peakTflops.source,
    year: accelerator.peakTflops.year,
    url: accelerator.peakTflops.url,
  });
  if (resolved.speedup) assumptions.fromDefault('fp8 training speed-up over bf16', resolved.speedup, '×');
}

export function trainingAcceleratorHours(
  run: Run,
  accelerator: Accelerator,
  assumptions: AssumptionLog,
  notes: string[],
  calibration?: Calibration,
): Range {
  const { hardware } = run;
  const flops = trainingFlops(run);
  if (flops !== undefined && run.training?.flops === undefined) recordFlopsRule(run, assumptions);
  if (hardware.acceleratorHours !== undefined || hardware.hours !== undefined) {
    const hours =
      hardware.acceleratorHours !== undefined
        ? assumptions.given('accelerator-hours', hardware.acceleratorHours, 'h')
        : (assumptions.given('wall-clock hours', hardware.hours!, 'h'), exact(hardware.count * hardware.hours!));
    if (flops !== undefined) warnIfImplausiblyFast(run, accelerator, flops, hours.value, notes);
    return hours;
  }
  if (flops === undefined)
    throw new Error(`run ${run.id} has neither hours nor FLOPs; the parser should have refused it`);

  const resolved = trainingPrecision(run, accelerator, notes);
  recordRate(accelerator, resolved, assumptions);
  const utilization =
    hardware.utilization !== undefined
      ? assumptions.given('model FLOPs utilization', hardware.utilization, '×')
      : (calibration?.utilization ?? defaultUtilization(run, accelerator, assumptions));
  return product(exact(hoursFromSeconds(flops / resolved.flopsPerSecond)), inverse(utilization));
}

function recordFlopsRule(run: Run, assumptions: AssumptionLog): void {
  assumptions.record({
    name: `training FLOPs = 6 x ${run.model.activeParameters !== undefined ? 'active ' : ''}parameters x tokens${isAdapterMethod(run) ? ' x 4/6 (LoRA: no weight gradients for frozen weights)' : ''} (a transformer rule: give flops or hours for CNNs and other architectures)`,
    value: 6,
    unit: 'FLOPs per parameter per token',
    origin: 'default',
    source: 'Kaplan et al. 2020, Scaling Laws for Neural Language Models, §2.1',
    year: 2020,
    url: 'https://arxiv.org/abs/2001.08361',
  });
}

/** Hours given with a token count imply a utilization; above what any published run reached is a warning. */
function warnIfImplausiblyFast(
  run: Run,
  accelerator: Accelerator,
  flops: number,
  acceleratorHours: number,
  notes: string[],
): void {
  if (run.training?.flops === undefined && trainingTokens(run) === undefined) return;
  // A card the table lacks, given by hours and power alone, has no peak to judge the hours against.
  if (Object.keys(accelerator.peakTflops.value).length === 0) return;
  const resolved = resolvePrecision(accelerator, requestedTrainingPrecision(run), 'training');
  const implied = flops / (acceleratorHours * 3600 * resolved.flopsPerSecond);
  const rate = resolved.speedup
    ? `fp8 rate (${resolved.ratePrecision} peak x ${resolved.speedup.value})`
    : `${resolved.ratePrecision} peak`;
  if (implied > IMPLAUSIBLE_UTILIZATION) {
    notes.push(
      `Warning: the hours given imply ${(implied * 100).toFixed(0)} % utilization of ${accelerator.id}'s ${rate} for ${flops.toExponential(2)} FLOPs; no published whole run exceeds about 60 %. Check the hours, the token count and the accelerator count.`,
    );
  }
}

/** Average draw of one accelerator while training, watts. */
export function trainingPowerWatts(
  run: Run,
  accelerator: Accelerator,
  assumptions: AssumptionLog,
  calibration?: Calibration,
  notes: string[] = [],
): Range {
  if (run.hardware.powerWatts !== undefined) {
    const ratio = run.hardware.powerWatts / accelerator.tdpWatts.value;
    if (ratio > IMPLAUSIBLE_POWER_FRACTION)
      notes.push(
        `Warning: power_watts ${run.hardware.powerWatts} W is ${ratio.toFixed(2)} x the ${accelerator.id} TDP of ${accelerator.tdpWatts.value} W; per-accelerator averages rarely exceed TDP. Check that it is per accelerator, not per node.`,
      );
    return assumptions.given('average power per accelerator', run.hardware.powerWatts, 'W');
  }
  const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W');
  const fraction =
    calibration?.powerFractionOfTdp ??
    fromCalibratedDefault(
      trainingPowerFraction(accelerator, activeParameters(run), { rampAsLowEndOnly: !workFromParameters(run) }),
      assumptions,
    );
  return product(tdp, fraction);
}

const activeParameters = (run: Run): number => run.model.activeParameters ?? run.model.parameters;
const isMixtureOfExperts = (run: Run): boolean =>
  run.model.activeParameters !== undefined && run.model.activeParameters < run.model.parameters;

function defaultUtilization(run: Run, accelerator: Accelerator, assumptions: AssumptionLog): Range {
  return fromCalibratedDefault(
    trainingUtilization(accelerator, activeParameters(run), { mixtureOfExperts: isMixtureOfExperts(run) }),
    assumptions,
  );
}

/** Defaults fitted on published runs (src/data/calibration.ts) depend on the hardware generation and model size. */
function fromCalibratedDefault(calibrated: { name: string; entry: SourcedRange }, assumptions: AssumptionLog): Range {
  return assumptions.fromDefault(calibrated.name, calibrated.entry, '×');
}
