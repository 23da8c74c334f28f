// Every technique the advice engine tries, in no particular order (advice is ranked by saving).
import { distillation, lowRank, structuredSparsity } from './techniques/compression.js';
import { computeOptimalSizing } from './techniques/compute-optimal.js';
import { efficientAccelerator, efficientServingAccelerator } from './techniques/hardware.js';
import { lowCarbonRegion } from './techniques/region.js';
import { fp8Training, mixedPrecision } from './techniques/precision.js';
import { int4WeightServing, int8Serving } from './techniques/quantization.js';
import { earlyStoppingSweep } from './techniques/repeats.js';
import { continuedPretraining, lora } from './techniques/training-recipe.js';
import type { Technique } from './types.js';

export const TECHNIQUES: Technique[] = [
  mixedPrecision,
  fp8Training,
  int8Serving,
  int4WeightServing,
  distillation,
  structuredSparsity,
  lowRank,
  lora,
  continuedPretraining,
  computeOptimalSizing,
  efficientAccelerator,
  efficientServingAccelerator,
  lowCarbonRegion,
  earlyStoppingSweep,
];
