// Smaller or faster served models: distillation to a student, 2:4 structured sparsity, low-rank factorisation.
// All three save on serving only; distillation and sparsity need one-time training work that serving must repay.
import { getAccelerator } from '../../data/accelerators.js';
import {
  DISTILBERT_PARAMETER_RATIO,
  DISTILBERT_QUALITY_KEPT,
  LOW_RANK_SPEEDUP,
  STRUCTURED_SPARSITY_SPEEDUP,
} from '../../data/techniques.js';
import type { Run } from '../../manifest/types.js';
import {
  oneTrainingRepeat,
  scaleServingWork,
  scaleTrainingWork,
  servingAcceleratorId,
  withServedParameters,
} from '../transform.js';
import type { Technique } from '../types.js';
import { formatCount, formatFactor } from './format.js';

/** Below this size a distilled student is not worth the effort (DistilBERT's student itself has 66M parameters). */
const MIN_PARAMETERS_TO_DISTIL = 1e8;

/** Task-specific distillation FLOPs per token, as a share of the original 6N: student 6 x ratio x N + teacher forward 2N. */
export const distillationWorkRatio = (ratio: number): number => (6 * ratio + 2) / 6;

export const distillation: Technique = {
  id: 'distillation',
  group: 'serving-model',
  propose(run: Run) {
    if (!run.inference || run.model.parameters < MIN_PARAMETERS_TO_DISTIL) return undefined;
    const ratio = DISTILBERT_PARAMETER_RATIO.value;
    const student = Math.round(run.model.parameters * ratio);
    const work = distillationWorkRatio(ratio);
    return {
      title: `Serve a distilled ${formatCount(student)}-parameter student`,
      detail: `A student with ${Math.round((1 - ratio) * 100)}% fewer parameters cuts serving FLOPs to ${ratio}×; distilling it costs ${formatFactor(work)} one training pass (student training + teacher forward passes), counted once.`,
      transformed: withServedParameters(run, ratio),
      oneTimeCost: [scaleTrainingWork(oneTrainingRepeat(run, `${run.id}:distillation`), work)],
      caveat: `Keeps ~${Math.round(DISTILBERT_QUALITY_KEPT * 100)}% of the teacher's quality (DistilBERT on GLUE); an existing distilled checkpoint avoids most of the one-time cost.`,
      effort: 'high',
      evidence: [DISTILBERT_PARAMETER_RATIO],
    };
  },
};

export const structuredSparsity: Technique = {
  id: 'structured-sparsity',
  group: 'serving-model',
  propose(run: Run) {
    if (!run.inference) return undefined;
    const acceleratorId = servingAcceleratorId(run);
    if (!getAccelerator(acceleratorId).structuredSparsity) return undefined;
    const speedup = STRUCTURED_SPARSITY_SPEEDUP.value;
    return {
      title: 'Prune to 2:4 structured sparsity for serving',
      detail: `${acceleratorId} runs 2:4-sparse matmuls at up to ${formatFactor(speedup)} the dense rate; the prune-and-retrain workflow is counted as one more training pass.`,
      transformed: scaleServingWork(run, 1 / speedup),
      oneTimeCost: [oneTrainingRepeat(run, `${run.id}:sparse-retrain`)],
      caveat:
        'Upper bound: attention and non-matmul work do not speed up. Accuracy is maintained only with the retraining step.',
      effort: 'medium',
      evidence: [STRUCTURED_SPARSITY_SPEEDUP],
    };
  },
};

export const lowRank: Technique = {
  id: 'low-rank',
  group: 'serving-model',
  propose(run: Run) {
    if (!run.inference) return undefined;
    const speedup = LOW_RANK_SPEEDUP.value;
    return {
      title: 'Factorise weight matrices into low-rank pairs (data-aware SVD)',
      detail: `Counted as ${formatFactor(speedup)} faster serving; the factorisation is closed-form, with no retraining.`,
      transformed: scaleServingWork(run, 1 / speedup),
      caveat: 'About 1.5% accuracy lost on MRPC (DRONE); the achievable rank depends on the model and task.',
      effort: 'medium',
      evidence: [LOW_RANK_SPEEDUP],
    };
  },
};
