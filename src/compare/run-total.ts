import type { RunEstimate } from '../estimate/types.js';

/** Training plus serving CO2e of a run, central value. */
export const runTotalKg = (run: RunEstimate): number => run.co2eKg.value + (run.inference?.co2eKg.value ?? 0);
