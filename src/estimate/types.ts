// Results of the estimation engine. The JSON report serialises these; the field names are a public contract.
import type { Advice, CombinedAdvice } from './advice-result.js';
import type { AssumptionUse } from '../data/types.js';

/** A central value with the low/high range that follows from the uncertain inputs. */
export interface Range {
  value: number;
  low: number;
  high: number;
}

/** Where the energy and CO2e go; every part carries its own range (the parts' ranges do not add up to the total's). */
export interface EnergyBreakdown {
  acceleratorKwh: Range;
  hostKwh: Range;
  facilityOverheadKwh: Range;
  operationalCo2eKg: Range;
  embodiedCo2eKg: Range;
}

export interface InferenceEstimate {
  days: number;
  tokensPerDay: number;
  accelerator: string;
  /** Replicas serving the traffic (given, or derived from traffic and batched throughput) and cards per replica. */
  replicas: number;
  acceleratorsPerReplica: number;
  acceleratorHours: Range;
  energyKwh: Range;
  co2eKg: Range;
  perDay: { energyKwh: Range; co2eKg: Range };
  breakdown: EnergyBreakdown;
  /** The FLOPs view: busy accelerator-hours and accelerator energy only, a lower bound on the provisioned figures. */
  busyOnly: { acceleratorHours: Range; acceleratorKwh: Range };
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
  /** What the run's logs measured, beside what the engine estimated; present when the run has usable logs. */
  measured?: MeasuredView;
  /** Every number the result rests on, with its origin and source. */
  assumptions: AssumptionUse[];
  /** Things the reader should know (defaults applied where data was thin, etc.). */
  notes: string[];
  /** Ways to cut this run's CO2e, largest saving first (head runs only). */
  advice?: Advice[];
  /** The top compatible advice applied together and re-estimated. */
  adviceCombined?: CombinedAdvice;
}

export interface Estimate {
  manifest: string;
  runs: RunEstimate[];
  /** Utilization and power draw observed in the runs with logs; applied to the others when `defaults.calibrate` is true. */
  calibration?: ObservedCalibration;
  total: { energyKwh: Range; co2eKg: Range; trainingCo2eKg: Range; inferenceCo2eKg: Range };
}

/** A run's measured figures next to the pure estimate (src/estimate/measured.ts builds it). */
export interface MeasuredView {
  /** The log files read and what each contributed. */
  files: { file: string; format: string; contributed: string[] }[];
  /** Facility energy from the logs (PUE applied once), all repeats. */
  energyKwh?: Range;
  /** How the measured energy was turned into facility energy. */
  energyNote?: string;
  /** Operational CO2e from the measured energy (or the tool's own figure) plus estimated embodied, all repeats. */
  co2eKg?: Range;
  /** Which grid intensity the measured CO2e rests on. */
  intensityNote?: string;
  /** Accelerator-hours the logs show (wall-clock duration x accelerator count). */
  acceleratorHours?: number;
  /** Training FLOPs the framework counted. */
  flops?: number;
  /** Achieved model FLOP/s over dense peak. */
  utilization?: number;
  /** Mean draw per accelerator while measured, watts, and as a share of TDP. */
  averagePowerWatts?: number;
  powerFractionOfTdp?: number;
  /** The engine's estimate for the same run, from the manifest alone. */
  estimated: { acceleratorHours: Range; energyKwh: Range; co2eKg: Range };
  /** (estimated - measured) / measured x 100, central values. */
  errorPercent: { acceleratorHours?: number; energyKwh?: number; co2eKg?: number };
}

export interface ObservedCalibration {
  /** Runs whose logs gave the observations. */
  fromRuns: string[];
  /** Achieved model FLOP/s over dense peak: mean, with the lowest and highest run as the range. */
  utilization?: Range;
  /** Mean accelerator draw over TDP. */
  powerFractionOfTdp?: Range;
  /** Runs without logs that were estimated with these values (empty unless `defaults.calibrate: true`). */
  appliedTo: string[];
}
