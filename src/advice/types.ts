// Advice: a counterfactual run and what it costs, turned into kilograms saved by re-running the estimation engine.
import type { RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import type { Effort, Evidence } from '../estimate/advice-result.js';

/** What a technique proposes for one run; undefined from `propose` means the technique does not apply. */
export interface Proposal {
  title: string;
  /** One or two sentences: what changes, by how much, and why. */
  detail: string;
  /** The same run with the technique applied; its estimate is compared with the original's. */
  transformed: Run;
  /** One-time work the change needs (distilling a student, quantising, retraining), estimated like any run. */
  oneTimeCost?: Run[];
  caveat: string;
  effort: Effort;
  evidence: Evidence[];
}

/** The estimation engine as the report runs it (with any calibration), so advice and report agree. */
export type Estimator = (run: Run) => RunEstimate;

export interface Technique {
  id: string;
  /** Techniques in the same group are alternatives; the combined figure applies at most one per group. */
  group: string;
  propose(run: Run, estimate: Estimator): Proposal | undefined;
}
