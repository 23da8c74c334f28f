// What a training run is for, as the manifest says or as its method implies: advice that needs an existing checkpoint
// only fits runs that could start from one.
import type { Run, TrainingObjective } from '../manifest/types.js';

export interface RunObjective {
  objective: TrainingObjective;
  /** True when the manifest did not say and the objective follows from `training.method`. */
  inferred: boolean;
}

/** `from_scratch` is taken as base-model pre-training (nothing to continue from); other methods as fine-tuning. */
export function objectiveOf(run: Run): RunObjective | undefined {
  const training = run.training;
  if (!training) return undefined;
  if (training.objective) return { objective: training.objective, inferred: false };
  if (training.method === 'from_scratch') return { objective: 'pretrain-base', inferred: true };
  if (training.method) return { objective: 'fine-tune', inferred: true };
  return undefined;
}
