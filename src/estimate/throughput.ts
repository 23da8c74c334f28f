// Dense peak FLOP/s of an accelerator at a precision, falling back to the nearest precision it supports.
import type { Accelerator, Precision } from '../data/types.js';

const FALLBACK: Record<Precision, Precision[]> = {
  fp32: [],
  tf32: ['fp32'],
  fp16: ['bf16', 'fp32'],
  bf16: ['fp16', 'fp32'],
  fp8: ['bf16', 'fp16', 'fp32'],
  int8: ['fp8', 'fp16', 'bf16', 'fp32'],
  int4: ['int8', 'fp8', 'fp16', 'bf16', 'fp32'],
};

export interface PeakThroughput {
  /** FLOP/s (not TFLOP/s). */
  flopsPerSecond: number;
  /** The precision whose peak was used; differs from the requested one when the accelerator lacks it. */
  precision: Precision;
}

export function peakThroughput(accelerator: Accelerator, wanted: Precision): PeakThroughput {
  const peaks = accelerator.peakTflops.value;
  for (const precision of [wanted, ...FALLBACK[wanted]]) {
    const tflops = peaks[precision];
    if (tflops !== undefined && tflops > 0) return { flopsPerSecond: tflops * 1e12, precision };
  }
  const [precision, tflops] = Object.entries(peaks)[0] as [Precision, number];
  return { flopsPerSecond: tflops * 1e12, precision };
}
