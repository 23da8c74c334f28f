// Compute-optimal sizing (Chinchilla): flag pre-training runs far from ~20 tokens per parameter, say what the same
// compute buys, and count the compute the same loss needs at the optimal split (the saving).
import {
  CHINCHILLA_LOSS_FIT,
  CHINCHILLA_TOKENS_PER_PARAMETER,
  CHINCHILLA_TOLERANCE_FACTOR,
} from '../../data/techniques.js';
import { trainingTokens } from '../../estimate/training.js';
import type { Run } from '../../manifest/types.js';
import { formatNumber } from '../../util/format.js';
import { scaleTrainingWork } from '../transform.js';
import type { Technique } from '../types.js';
import { formatCount } from './format.js';
import { objectiveOf } from '../objective.js';

const { E, A, B, alpha, beta } = CHINCHILLA_LOSS_FIT;

export const chinchillaLoss = (parameters: number, tokens: number): number =>
  E + A / parameters ** alpha + B / tokens ** beta;

/**
 * The (N, D) reaching `loss` with the least 6ND. At the optimum alpha A / N^alpha = beta B / D^beta (Lagrange), so the
 * reducible loss splits as A / N^alpha = beta (L - E) / (alpha + beta) and B / D^beta = alpha (L - E) / (alpha + beta).
 */
export function cheapestForLoss(loss: number): { parameters: number; tokens: number } {
  const reducible = loss - E;
  const parameterTerm = (beta * reducible) / (alpha + beta);
  const tokenTerm = (alpha * reducible) / (alpha + beta);
  return { parameters: (A / parameterTerm) ** (1 / alpha), tokens: (B / tokenTerm) ** (1 / beta) };
}

/** The same compute C = 6ND split at the rule of thumb D = 20N: N = sqrt(C / (6 x 20)). */
export function twentyTokensSplit(flops: number): { parameters: number; tokens: number } {
  const ratio = CHINCHILLA_TOKENS_PER_PARAMETER.value;
  const parameters = Math.sqrt(flops / (6 * ratio));
  return { parameters, tokens: ratio * parameters };
}

export const computeOptimalSizing: Technique = {
  id: 'compute-optimal-sizing',
  group: 'training-recipe',
  propose(run: Run) {
    const training = run.training;
    if (training?.method !== 'from_scratch' || training.flops !== undefined || run.model.activeParameters !== undefined)
      return undefined;
    if (objectiveOf(run)?.objective === 'fine-tune') return undefined;
    const tokens = trainingTokens(run);
    if (tokens === undefined) return undefined;
    const parameters = run.model.parameters;
    const perParameter = tokens / parameters;
    const target = CHINCHILLA_TOKENS_PER_PARAMETER.value;
    if (perParameter >= target / CHINCHILLA_TOLERANCE_FACTOR && perParameter <= target * CHINCHILLA_TOLERANCE_FACTOR)
      return undefined;

    const sameCompute = twentyTokensSplit(6 * parameters * tokens);
    const cheapest = cheapestForLoss(chinchillaLoss(parameters, tokens));
    const computeRatio = (cheapest.parameters * cheapest.tokens) / (parameters * tokens);
    const resized: Run = {
      ...run,
      model: { ...run.model, parameters: cheapest.parameters },
      training: {
        ...training,
        tokens: cheapest.tokens,
        epochs: undefined,
        samples: undefined,
        sequenceLength: undefined,
      },
    };
    // With hours given the engine ignores FLOPs: scale the hours by the compute ratio instead.
    const transformed =
      run.hardware.hours === undefined && run.hardware.acceleratorHours === undefined
        ? resized
        : scaleTrainingWork(resized, computeRatio);
    const shape = perParameter < target ? 'under-trained for its size' : 'small for its compute';
    return {
      title: `Compute-optimal sizing: ${formatNumber(perParameter)} tokens per parameter, not ~${target}`,
      detail: `The model is ${shape}. The same compute buys a ${formatCount(sameCompute.parameters)} model on ${formatCount(sameCompute.tokens)} tokens; the same loss needs ${formatNumber(computeRatio * 100)}% of the compute with ${formatCount(cheapest.parameters)} parameters on ${formatCount(cheapest.tokens)} tokens (Chinchilla loss fit).`,
      transformed,
      caveat:
        "The loss fit comes from Chinchilla's data and tokenizer; a model that serves heavy traffic may be deliberately small and over-trained.",
      effort: 'medium',
      evidence: [CHINCHILLA_TOKENS_PER_PARAMETER, CHINCHILLA_LOSS_FIT],
    };
  },
};
