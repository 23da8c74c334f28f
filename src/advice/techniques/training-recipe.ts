// How much training the goal needs: LoRA instead of full fine-tuning, continued pre-training of an existing
// checkpoint instead of pre-training from scratch.
import { CONTINUED_PRETRAINING_FRACTION, LORA_FLOPS_RATIO } from '../../data/techniques.js';
import type { Run } from '../../manifest/types.js';
import { scaleTrainingWork } from '../transform.js';
import { workFromParameters } from '../../estimate/training.js';
import type { Technique } from '../types.js';
import { objectiveOf } from '../objective.js';
import { formatNumber } from '../../util/format.js';

export const lora: Technique = {
  id: 'lora',
  group: 'training-recipe',
  propose(run: Run) {
    // LoRA fits task fine-tuning; continued pre-training on a new domain needs all weights to move.
    if (run.training?.method !== 'full' || objectiveOf(run)?.objective !== 'fine-tune') return undefined;
    // The engine counts 4N per token itself when FLOPs come from tokens; given FLOPs or hours are scaled here.
    const scaled = workFromParameters(run) ? run : scaleTrainingWork(run, LORA_FLOPS_RATIO.value);
    return {
      title: 'Fine-tune with LoRA adapters instead of all weights',
      detail:
        'Frozen weights need no weight gradients: about 4N instead of 6N FLOPs per token, and a fraction of the optimizer memory.',
      transformed: { ...scaled, training: { ...scaled.training!, method: 'lora' } },
      caveat:
        'On-par quality in the LoRA paper; check your task. QLoRA fits on fewer GPUs but is slower per token, so it saves memory rather than energy.',
      effort: 'low',
      evidence: [LORA_FLOPS_RATIO],
    };
  },
};

export const continuedPretraining: Technique = {
  id: 'continued-pretraining',
  group: 'training-recipe',
  propose(run: Run) {
    // Only a domain model has an open checkpoint to continue from; a base model's pre-training has none.
    if (run.training?.method !== 'from_scratch' || objectiveOf(run)?.objective !== 'domain-adapt') return undefined;
    const fraction = CONTINUED_PRETRAINING_FRACTION.value;
    const scaled = scaleTrainingWork(run, fraction);
    return {
      title: 'Continue pre-training an open checkpoint instead of training from scratch',
      detail: `Domain-adaptive pre-training ran ${formatNumber(fraction * 100)}% of the original pre-training steps and still improved every domain tested.`,
      transformed: { ...scaled, training: { ...scaled.training!, method: 'full' } },
      caveat:
        'Needs an open checkpoint of similar size, architecture and licence; a custom tokenizer may not carry over.',
      effort: 'medium',
      evidence: [CONTINUED_PRETRAINING_FRACTION],
    };
  },
};
