// Run -> Run edits shared by the techniques. Training and serving "work" are scaled in the field the engine reads:
// given accelerator-hours or wall-clock hours when the manifest has them, else the training FLOPs or served tokens.
import { getAccelerator } from '../data/accelerators.js';
import type { Precision } from '../data/types.js';
import { inferenceTokensPerDay } from '../estimate/inference.js';
import { resolvePrecision, servingRate } from '../estimate/precision.js';
import { trainingFlops } from '../estimate/training.js';
import type { Inference, Run } from '../manifest/types.js';

/** The run's training takes `factor` times the accelerator time it did (factor 0.5 = twice as fast). */
export function scaleTrainingWork(run: Run, factor: number): Run {
  const { hardware } = run;
  if (hardware.acceleratorHours !== undefined)
    return { ...run, hardware: { ...hardware, acceleratorHours: hardware.acceleratorHours * factor } };
  if (hardware.hours !== undefined) return { ...run, hardware: { ...hardware, hours: hardware.hours * factor } };
  const flops = trainingFlops(run);
  if (flops === undefined || !run.training) return run;
  return { ...run, training: { ...run.training, flops: flops * factor } };
}

/** Serving takes `factor` times the accelerator time per day (the engine's serving chain is linear in tokens). */
export function scaleServingWork(run: Run, factor: number): Run {
  if (!run.inference) return run;
  return { ...run, inference: withTokensPerDay(run.inference, inferenceTokensPerDay(run) * factor) };
}

function withTokensPerDay(inference: Inference, tokensPerDay: number): Inference {
  const { requestsPerDay: _requests, tokensPerRequest: _perRequest, ...rest } = inference;
  return { ...rest, tokensPerDay };
}

export const trainingPrecision = (run: Run): Precision => run.training?.precision ?? 'bf16';
export const servingPrecision = (run: Run): Precision => run.inference?.precision ?? trainingPrecision(run);
export const servingAcceleratorId = (run: Run): string => run.inference?.accelerator ?? run.hardware.accelerator;

/**
 * Rate ratio new/old the engine would apply on this accelerator: for training fp8 at bf16 x measured speed-up and
 * integer weights at the half-precision rate; for serving each precision's own dense peak; fallbacks for both.
 */
export function enginePeakRatio(
  acceleratorId: string,
  from: Precision,
  to: Precision,
  purpose: 'training' | 'serving' = 'training',
): number {
  const accelerator = getAccelerator(acceleratorId);
  const rate = (precision: Precision) => {
    const resolved = resolvePrecision(accelerator, precision, purpose);
    return purpose === 'serving' ? servingRate(resolved) : resolved.flopsPerSecond;
  };
  return rate(to) / rate(from);
}

/** Serving stays as declared while training changes: pins serving precision and accelerator. */
export function pinServing(run: Run, original: Run): Run {
  if (!run.inference) return run;
  return {
    ...run,
    inference: { ...run.inference, precision: servingPrecision(original), accelerator: servingAcceleratorId(original) },
  };
}

/**
 * Training switches to `to` precision and runs `speedup` times faster. When hours come from FLOPs the engine already
 * divides by the new peak, so the FLOPs are corrected by (peak ratio / speedup) to land on `speedup` exactly.
 */
export function withTrainingPrecision(run: Run, to: Precision, speedup: number): Run {
  if (!run.training) return run;
  const derivesHours = run.hardware.hours === undefined && run.hardware.acceleratorHours === undefined;
  const peakRatio = derivesHours ? enginePeakRatio(run.hardware.accelerator, trainingPrecision(run), to) : 1;
  const scaled = scaleTrainingWork(run, peakRatio / speedup);
  return pinServing({ ...scaled, training: { ...scaled.training!, precision: to, precisionGiven: true } }, run);
}

/** Serving switches to `to` precision and runs `speedup` times faster; tokens are corrected for the engine's peak ratio. */
export function withServingPrecision(run: Run, to: Precision, speedup: number): Run {
  if (!run.inference) return run;
  const peakRatio = enginePeakRatio(servingAcceleratorId(run), servingPrecision(run), to, 'serving');
  const scaled = scaleServingWork(run, peakRatio / speedup);
  return { ...scaled, inference: { ...scaled.inference!, precision: to, accelerator: servingAcceleratorId(run) } };
}

/** Serves a model with `ratio` times the parameters while training keeps its original FLOPs (or hours). */
export function withServedParameters(run: Run, ratio: number): Run {
  const flops = trainingFlops(run);
  const training = run.training && flops !== undefined ? { ...run.training, flops } : run.training;
  const { model } = run;
  return {
    ...run,
    training,
    model: {
      ...model,
      parameters: model.parameters * ratio,
      ...(model.activeParameters !== undefined ? { activeParameters: model.activeParameters * ratio } : {}),
    },
  };
}

/** One repeat of the run's training and nothing else: the unit of one-time costs. */
export function oneTrainingRepeat(run: Run, id: string): Run {
  const { inference: _inference, ...rest } = run;
  return { ...rest, id, repeats: 1 };
}
