// Results of the estimation engine. The JSON report serialises these; the field names are a public contract.
import type { AssumptionUse } from '../data/types.js';

/** A central value with the low/high range that follows from the uncertain inputs. */
export interface Range {
  value: number;
  low: number;
  high: number;
}

export interface EnergyBreakdown {
  acceleratorKwh: number;
  hostKwh: number;
  facilityOverheadKwh: number;
  operationalCo2eKg: number;
  embodiedCo2eKg: number;
}

export interface InferenceEstimate {
  days: number;
  tokensPerDay: number;
  accelerator: string;
  acceleratorHours: Range;
  energyKwh: Range;
  co2eKg: Range;
  perDay: { energyKwh: Range; co2eKg: Range };
  breakdown: EnergyBreakdown;
}

/** How a run's figures were obtained. */
export type Basis = 'estimated' | 'measured';

export interface RunEstimate {
  id: string;
  basis: Basis;
  /** Training FLOPs for one repeat, when they could be derived. */
  flops?: number;
  accelerator: string;
  acceleratorCount: number;
  repeats: number;
  location?: string;
  carbonIntensityGPerKwh: number;
  pue: number;
  acceleratorHours: Range;
  /** Facility energy (PUE included), all repeats. */
  energyKwh: Range;
  /** Operational + embodied, all repeats. */
  co2eKg: Range;
  breakdown: EnergyBreakdown;
  inference?: InferenceEstimate;
  /** Operational CO2e at the manifest's market-based intensity (training + serving), shown beside, never summed in. */
  marketBasedOperationalCo2eKg?: number;
  /** Every number the result rests on, with its origin and source. */
  assumptions: AssumptionUse[];
  /** Things the reader should know (defaults applied where data was thin, etc.). */
  notes: string[];
}

export interface Estimate {
  manifest: string;
  runs: RunEstimate[];
  total: { energyKwh: Range; co2eKg: Range; trainingCo2eKg: Range; inferenceCo2eKg: Range };
}
