// Advice: a counterfactual run and what it costs, turned into kilograms saved by re-running the estimation engine.
import type { Source } from '../data/types.js';
import type { RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';

export type Effort = 'low' | 'medium' | 'high';

/** Where an effect size comes from, with the published claim when there is one. */
export interface Evidence extends Source {
  claim?: string;
}

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

export interface Advice {
  id: string;
  group: string;
  title: string;
  detail: string;
  /** Training + serving CO2e saved, net of any one-time cost, central values. */
  savingCo2eKg: number;
  /** Of the run's training + serving CO2e. */
  savingPercent: number;
  savingKwh: number;
  trainingSavingCo2eKg: number;
  servingSavingCo2eKg: number;
  oneTimeCo2eKg: number;
  /** Days of serving until the one-time cost is repaid; null when it never is; absent without a one-time cost. */
  paybackDays?: number | null;
  caveat: string;
  effort: Effort;
  evidence: Evidence[];
  /** For a measured run: the factor (measured / estimated CO2e) applied to the estimator's kilograms. */
  scaledToMeasured?: number;
}

/** The run with the top compatible advice applied together and re-estimated. */
export interface CombinedAdvice {
  ids: string[];
  beforeCo2eKg: number;
  afterCo2eKg: number;
  savingCo2eKg: number;
  savingPercent: number;
}
