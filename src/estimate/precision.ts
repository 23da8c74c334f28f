// Precision as the hardware does it: which precision really runs on an accelerator, and the FLOP/s rate the engine
// divides by. fp8 trains at the bf16 rate times a measured, per-generation speed-up (not at the fp8 peak); a
// precision the hardware lacks is costed as what would really run, with a warning.
import { FP8_SPEEDUP } from '../data/calibration-benchmarks.js';
import type { Accelerator, Precision, SourcedRange } from '../data/types.js';
import type { Run } from '../manifest/types.js';
import { peakThroughput } from './throughput.js';

export interface ResolvedPrecision {
  /** The precision that runs on this accelerator. */
  precision: Precision;
  /** FLOP/s the utilization applies to: the dense peak of `ratePrecision`, times `speedup` for fp8. */
  flopsPerSecond: number;
  /** Precision whose dense peak sets the rate (bf16 for fp8 runs). */
  ratePrecision: Precision;
  speedup?: SourcedRange;
  /** Warnings and statements for the report. */
  notes: string[];
}

const HALF_PRECISIONS: Precision[] = ['bf16', 'fp16'];
/** Weight formats that do not train natively: the matmuls run in a half precision after dequantizing. */
const INTEGER_PRECISIONS: Precision[] = ['int8', 'int4'];

/** True when the accelerator has units that run `precision` faster than fp32 (V100 lists bf16 at the fp32 rate). */
export function supportsPrecision(accelerator: Accelerator, precision: Precision): boolean {
  const peaks = accelerator.peakTflops.value;
  const peak = peaks[precision];
  if (!peak) return false;
  if (precision === 'fp32') return true;
  if (precision === 'fp8') return peak > (peaks.bf16 ?? peaks.fp16 ?? 0);
  return peaks.fp32 === undefined || peak > peaks.fp32;
}

/** The fastest training precision an accelerator supports natively: bf16, else fp16, else fp32. */
export function bestTrainingPrecision(accelerator: Accelerator): Precision {
  return HALF_PRECISIONS.find((precision) => supportsPrecision(accelerator, precision)) ?? 'fp32';
}

function substituteFor(accelerator: Accelerator, wanted: Precision): Precision {
  const chain: Record<Precision, Precision[]> = {
    fp32: [],
    tf32: ['fp32'],
    bf16: ['fp16', 'fp32'],
    fp16: ['bf16', 'fp32'],
    fp8: ['bf16', 'fp16', 'fp32'],
    int8: ['fp8', 'bf16', 'fp16', 'fp32'],
    int4: ['int8', 'fp8', 'bf16', 'fp16', 'fp32'],
  };
  return chain[wanted].find((precision) => supportsPrecision(accelerator, precision)) ?? 'fp32';
}

/** The training precision the manifest asked for; undefined when it left precision out (the card's best is taken). */
export function requestedTrainingPrecision(run: Run): Precision | undefined {
  return run.training?.precisionGiven === false ? undefined : run.training?.precision;
}

/** The serving precision asked for: the inference's own, else the training precision the manifest gave. */
export function requestedServingPrecision(run: Run): Precision | undefined {
  return run.inference?.precision ?? (run.training?.precisionGiven ? run.training.precision : undefined);
}

/**
 * FLOP/s the serving chain divides by: the dense peak of the precision that runs (serving gets no fp8 training
 * speed-up: fp8 serves at the bf16 rate).
 */
export function servingRate(resolved: ResolvedPrecision): number {
  return resolved.flopsPerSecond / (resolved.speedup?.value ?? 1);
}

/**
 * What runs and at what rate, for a run that asked for `wanted` (undefined when the manifest left precision out).
 * `purpose` words the notes ("training", "serving").
 */
export function resolvePrecision(
  accelerator: Accelerator,
  wanted: Precision | undefined,
  purpose: 'training' | 'serving',
): ResolvedPrecision {
  const notes: string[] = [];
  let precision: Precision;
  if (wanted === undefined) {
    precision = bestTrainingPrecision(accelerator);
    notes.push(
      `Precision not given for ${purpose}: ${precision}${precision === 'fp32' ? '' : ' mixed precision'}, the fastest precision ${accelerator.id} supports for ${purpose}, is assumed.`,
    );
  } else if (purpose === 'training' && INTEGER_PRECISIONS.includes(wanted)) {
    precision = bestTrainingPrecision(accelerator);
    notes.push(
      `Warning: ${wanted} training computes in ${precision} (${wanted} weights are dequantized for the matmuls, as in bitsandbytes and QLoRA); training is costed as ${precision}, not at the ${wanted} peak.`,
    );
  } else if (supportsPrecision(accelerator, wanted) || (wanted === 'fp32' && accelerator.peakTflops.value.fp32)) {
    precision = wanted;
  } else {
    precision = substituteFor(accelerator, wanted);
    const peaks = accelerator.peakTflops.value;
    notes.push(
      (peaks[wanted] ?? 0) >= (peaks[precision] ?? Number.POSITIVE_INFINITY)
        ? `${accelerator.id} runs ${wanted} at its ${precision} rate (datasheet): ${purpose} is costed as ${precision}.`
        : `Warning: ${accelerator.id} has no ${wanted} units; ${purpose} is costed as ${precision}, what would really run.`,
    );
  }

  if (precision !== 'fp8') {
    const peak = peakThroughput(accelerator, precision);
    return { precision, flopsPerSecond: peak.flopsPerSecond, ratePrecision: peak.precision, notes };
  }
  const base = HALF_PRECISIONS.find((half) => supportsPrecision(accelerator, half)) ?? 'fp32';
  const basePeak = peakThroughput(accelerator, base);
  const speedup = accelerator.generation ? FP8_SPEEDUP[accelerator.generation] : undefined;
  if (!speedup) {
    notes.push(
      `No measured fp8 speed-up for ${accelerator.generation ?? accelerator.id}: fp8 is costed at the ${base} rate.`,
    );
    return { precision, flopsPerSecond: basePeak.flopsPerSecond, ratePrecision: basePeak.precision, notes };
  }
  notes.push(
    `fp8 is costed as the ${base} rate x ${speedup.value} (measured fp8 speed-up on ${accelerator.generation}), not at the fp8 peak.`,
  );
  return {
    precision,
    flopsPerSecond: basePeak.flopsPerSecond * speedup.value,
    ratePrecision: basePeak.precision,
    speedup,
    notes,
  };
}
