// A run (or a whole manifest) -> its estimated energy and CO2e with ranges and the assumptions behind them.
import { getAccelerator } from '../data/accelerators.js';
import { describeDerived } from '../manifest/facts.js';
import type { Manifest, Run } from '../manifest/types.js';
import { AssumptionLog } from './assumptions.js';
import { energyChain, scaleBreakdown } from './energy-chain.js';
import { estimateInference } from './inference.js';
import { resolvePlacement } from './placement.js';
import { exact, scale, sum, sumOf } from './range.js';
import { trainingAcceleratorHours, trainingFlops, trainingPowerWatts, type Calibration } from './training.js';
import type { Estimate, RunEstimate } from './types.js';
import { co2eKgOf } from '../util/units.js';

export interface EstimateOptions {
  calibration?: Calibration;
}

export function estimateRun(run: Run, options: EstimateOptions = {}): RunEstimate {
  const assumptions = new AssumptionLog();
  const notes: string[] = [];
  const accelerator = getAccelerator(run.hardware.accelerator);
  for (const derived of run.derived ?? []) notes.push(describeDerived(derived));
  const placement = resolvePlacement(run, assumptions, notes);

  // A run that only serves (model + hardware + inference) has no training to size: its training share is zero.
  const trains =
    run.hardware.hours !== undefined || run.hardware.acceleratorHours !== undefined || trainingFlops(run) !== undefined;
  if (!trains) notes.push('Serving only: the run declares no training, so only its serving is estimated.');
  const hoursPerRepeat = trains
    ? trainingAcceleratorHours(run, accelerator, assumptions, notes, options.calibration)
    : exact(0);
  const powerWatts = trains ? trainingPowerWatts(run, accelerator, assumptions, options.calibration, notes) : exact(0);
  const once = energyChain({ acceleratorHours: hoursPerRepeat, accelerator, powerWatts, placement }, assumptions);
  if (run.repeats > 1) assumptions.given('repeats', run.repeats, '×');
  if (options.calibration?.source) notes.push(options.calibration.source);

  const estimate: RunEstimate = {
    id: run.id,
    basis: 'estimated',
    flops: trainingFlops(run),
    accelerator: accelerator.id,
    acceleratorCount: run.hardware.count,
    repeats: run.repeats,
    location: run.location,
    carbonIntensityGPerKwh: placement.intensity.value,
    pue: placement.pue.value,
    acceleratorHours: scale(hoursPerRepeat, run.repeats),
    energyKwh: scale(once.energyKwh, run.repeats),
    co2eKg: scale(once.co2eKg, run.repeats),
    breakdown: scaleBreakdown(once.breakdown, run.repeats),
    inference: estimateInference(run, placement, assumptions, notes),
    assumptions: assumptions.used,
    notes,
  };
  if (run.marketCarbonIntensity !== undefined) {
    const facilityKwh = estimate.energyKwh.value + (estimate.inference?.energyKwh.value ?? 0);
    estimate.marketBasedOperationalCo2eKg = co2eKgOf(facilityKwh, run.marketCarbonIntensity);
  }
  return estimate;
}

export function totalOf(runs: RunEstimate[]): Estimate['total'] {
  // sumOf takes an array: spreading 150,000 runs into arguments would overflow the stack.
  const trainingCo2eKg = sumOf(runs.map((run) => run.co2eKg));
  const inferenceCo2eKg = sumOf(runs.map((run) => run.inference?.co2eKg ?? exact(0)));
  return {
    energyKwh: sumOf(runs.flatMap((run) => [run.energyKwh, run.inference?.energyKwh ?? exact(0)])),
    co2eKg: sum(trainingCo2eKg, inferenceCo2eKg),
    trainingCo2eKg,
    inferenceCo2eKg,
  };
}

export function estimateManifest(manifest: Manifest, options: EstimateOptions = {}): Estimate {
  const runs = manifest.runs.map((run) => estimateRun(run, options));
  return { manifest: manifest.file, runs, total: totalOf(runs) };
}
