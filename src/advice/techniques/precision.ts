// Training precision: fp32 -> mixed precision where the accelerator has faster half-precision units; bf16/fp16 -> fp8
// where it has fp8 units. The speed-up is the published one, capped by the accelerator's own peak ratio.
import { FP8_MIN_PARAMETERS } from '../../data/advice-applicability.js';
import { getAccelerator } from '../../data/accelerators.js';
import {
  FP8_TRAINING_SPEEDUP,
  MIXED_PRECISION_SPEEDUP_GPU,
  MIXED_PRECISION_SPEEDUP_TPU,
} from '../../data/techniques.js';
import type { Precision } from '../../data/types.js';
import type { Run } from '../../manifest/types.js';
import { enginePeakRatio, withTrainingPrecision } from '../transform.js';
import type { Technique } from '../types.js';
import { formatFactor } from './format.js';

/** The half-precision format that runs fastest on this accelerator, if any beats fp32. */
function fastestHalfPrecision(acceleratorId: string): { precision: Precision; peakRatio: number } | undefined {
  const peaks = getAccelerator(acceleratorId).peakTflops.value;
  const fp32 = peaks.fp32;
  if (!fp32) return undefined;
  const options = (['bf16', 'fp16', 'tf32'] as const)
    .filter((precision) => (peaks[precision] ?? 0) > fp32)
    .map((precision) => ({ precision, peakRatio: peaks[precision]! / fp32 }));
  options.sort((a, b) => b.peakRatio - a.peakRatio || (a.precision === 'bf16' ? -1 : 1));
  return options[0];
}

export const mixedPrecision: Technique = {
  id: 'mixed-precision',
  group: 'training-precision',
  propose(run: Run) {
    if (run.training?.precision !== 'fp32') return undefined;
    const accelerator = getAccelerator(run.hardware.accelerator);
    const target = fastestHalfPrecision(accelerator.id);
    if (!target) return undefined;
    const effect = accelerator.kind === 'tpu' ? MIXED_PRECISION_SPEEDUP_TPU : MIXED_PRECISION_SPEEDUP_GPU;
    const speedup = Math.min(target.peakRatio, effect.value);
    return {
      title: `Train in ${target.precision} mixed precision instead of fp32`,
      detail: `${accelerator.id} peaks ${formatFactor(target.peakRatio)} higher at ${target.precision}; counted as ${formatFactor(speedup)} faster end to end, the published mixed-precision gain.`,
      transformed: withTrainingPrecision(run, target.precision, speedup),
      caveat:
        target.precision === 'fp16'
          ? 'Needs loss scaling with fp16; accuracy usually unchanged.'
          : 'Usually a one-line change (autocast); accuracy usually unchanged.',
      effort: 'low',
      evidence: [effect],
    };
  },
};

/** The datasheet fp8 peak over the peak of the precision the run trains in (2x on Hopper), not a speed-up. */
function fp8PeakRatio(peaks: Partial<Record<Precision, number>>, from: Precision): number {
  return (peaks.fp8 ?? 0) / (peaks[from] ?? Number.POSITIVE_INFINITY);
}

export const fp8Training: Technique = {
  id: 'fp8-training',
  group: 'training-precision',
  propose(run: Run) {
    const from = run.training?.precision;
    if (!run.training?.precisionGiven || (from !== 'bf16' && from !== 'fp16')) return undefined;
    // Adapter methods train a small share of the weights, and small models gain little from fp8's casts.
    if (run.training.method === 'lora' || run.training.method === 'qlora') return undefined;
    if ((run.model.activeParameters ?? run.model.parameters) < FP8_MIN_PARAMETERS.value) return undefined;
    const accelerator = getAccelerator(run.hardware.accelerator);
    if (!accelerator.peakTflops.value.fp8) return undefined;
    const peakRatio = enginePeakRatio(accelerator.id, from, 'fp8');
    if (peakRatio <= 1) return undefined;
    const speedup = Math.min(peakRatio, FP8_TRAINING_SPEEDUP.value);
    return {
      title: `Train the matmuls in fp8 instead of ${from}`,
      detail: `${accelerator.id} peaks ${formatFactor(fp8PeakRatio(accelerator.peakTflops.value, from))} higher at fp8, but measured fp8 training runs ${formatFactor(peakRatio)} faster than ${from}; counted as ${formatFactor(speedup)} faster end to end.`,
      transformed: withTrainingPrecision(run, 'fp8', speedup),
      caveat:
        'Needs Transformer Engine or float8 recipes and a check that the loss curve matches; gains are small for small models.',
      effort: 'medium',
      evidence: [FP8_TRAINING_SPEEDUP],
    };
  },
};
