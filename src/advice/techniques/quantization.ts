// Serving with int8 or 4-bit weights: the serving chain runs faster by the published factor relative to the current
// serving precision, int8 only where the accelerator has int8 units that beat its current precision.
import { getAccelerator } from '../../data/accelerators.js';
import { GPTQ_A100_HOURS_PER_175B, SERVING_SPEED_VS_HALF_PRECISION } from '../../data/techniques.js';
import type { Run } from '../../manifest/types.js';
import { enginePeakRatio, servingAcceleratorId, servingPrecision, withServingPrecision } from '../transform.js';
import type { Technique } from '../types.js';
import { formatFactor } from './format.js';

const WIDER_THAN_8_BITS = new Set(['fp32', 'tf32', 'fp16', 'bf16']);

/** GPTQ's speed-ups and "negligible loss" were measured on billion-parameter decoders; smaller models are left alone. */
const MIN_PARAMETERS_FOR_4_BIT = 1e9;

/** Post-training quantisation is a small job: GPTQ's 4 A100-hours per 175B parameters, scaled to this model. */
function quantisationJob(run: Run, id: string): Run {
  const hours = (GPTQ_A100_HOURS_PER_175B.value * run.model.parameters) / 175e9;
  const { inference: _inference, training: _training, ...rest } = run;
  return { ...rest, id, repeats: 1, hardware: { accelerator: 'A100-SXM4-80GB', count: 1, hours } };
}

export const int8Serving: Technique = {
  id: 'int8-serving',
  group: 'serving-precision',
  propose(run: Run) {
    if (!run.inference) return undefined;
    const from = servingPrecision(run);
    const acceleratorId = servingAcceleratorId(run);
    if (!WIDER_THAN_8_BITS.has(from) || !getAccelerator(acceleratorId).peakTflops.value.int8) return undefined;
    const peakRatio = enginePeakRatio(acceleratorId, from, 'int8', 'serving');
    if (peakRatio <= 1) return undefined;
    const published =
      SERVING_SPEED_VS_HALF_PRECISION.int8.value / SERVING_SPEED_VS_HALF_PRECISION[from as 'fp32'].value;
    const speedup = Math.min(peakRatio, published);
    return {
      title: `Serve with int8 weights and activations instead of ${from}`,
      detail: `Counted as ${formatFactor(speedup)} faster serving on ${acceleratorId} (int8 peak ${formatFactor(peakRatio)} the ${from} peak; weights 4× smaller than fp32).`,
      transformed: withServingPrecision(run, 'int8', speedup),
      oneTimeCost: [quantisationJob(run, `${run.id}:int8-calibration`)],
      caveat:
        'Small accuracy loss (Q8BERT: minimal with quantisation-aware training); check your metric on a held-out set.',
      effort: 'medium',
      evidence: [SERVING_SPEED_VS_HALF_PRECISION.int8],
    };
  },
};

export const int4WeightServing: Technique = {
  id: 'int4-weight-serving',
  group: 'serving-precision',
  propose(run: Run) {
    if (!run.inference) return undefined;
    const from = servingPrecision(run);
    if (!WIDER_THAN_8_BITS.has(from)) return undefined;
    const acceleratorId = servingAcceleratorId(run);
    if (getAccelerator(acceleratorId).kind !== 'gpu' || run.model.parameters < MIN_PARAMETERS_FOR_4_BIT)
      return undefined;
    const speedup = SERVING_SPEED_VS_HALF_PRECISION.int4.value / SERVING_SPEED_VS_HALF_PRECISION[from as 'fp32'].value;
    return {
      title: `Serve with 4-bit weights (GPTQ/AWQ) instead of ${from}`,
      detail: `Weight-only 4-bit decoding is memory-bound, counted as ${formatFactor(speedup)} faster than ${from} serving on ${acceleratorId}.`,
      transformed: withServingPrecision(run, 'int4', speedup),
      oneTimeCost: [quantisationJob(run, `${run.id}:gptq`)],
      caveat: 'Measured on large decoder LLMs, whose decoding is memory-bound; check accuracy on your task.',
      effort: 'medium',
      evidence: [SERVING_SPEED_VS_HALF_PRECISION.int4, GPTQ_A100_HOURS_PER_175B],
    };
  },
};
