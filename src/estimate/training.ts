// Training: FLOPs -> accelerator-hours -> the energy chain.
import { trainingPowerFraction, trainingUtilization } from '../data/calibration.js';
import type { Accelerator, SourcedRange } from '../data/types.js';
import type { Run } from '../manifest/types.js';
import type { AssumptionLog } from './assumptions.js';
import { exact, inverse, product } from './range.js';
import { peakThroughput } from './throughput.js';
import type { Range } from './types.js';
import { hoursFromSeconds } from '../util/units.js';

/** Tokens seen in training: given, or samples x sequence_length x epochs. */
export function trainingTokens(run: Run): number | undefined {
  const training = run.training;
  if (!training) return undefined;
  if (training.tokens !== undefined) return training.tokens * (training.epochs ?? 1);
  if (training.samples !== undefined && training.sequenceLength !== undefined) {
    return training.samples * training.sequenceLength * (training.epochs ?? 1);
  }
  return undefined;
}

/** Model FLOPs of one training run: given, or 6 x (active) parameters x tokens (Kaplan et al. 2020). */
export function trainingFlops(run: Run): number | undefined {
  if (run.training?.flops !== undefined) return run.training.flops;
  const tokens = trainingTokens(run);
  if (tokens === undefined) return undefined;
  return 6 * (run.model.activeParameters ?? run.model.parameters) * tokens;
}

/** Overrides that calibration against a repository's own measured runs may supply. */
export interface Calibration {
  utilization?: Range;
  powerFractionOfTdp?: Range;
  source?: string;
}

export function trainingAcceleratorHours(
  run: Run,
  accelerator: Accelerator,
  assumptions: AssumptionLog,
  notes: string[],
  calibration?: Calibration,
): Range {
  const { hardware } = run;
  if (hardware.acceleratorHours !== undefined)
    return assumptions.given('accelerator-hours', hardware.acceleratorHours, 'h');
  if (hardware.hours !== undefined) {
    assumptions.given('wall-clock hours', hardware.hours, 'h');
    return exact(hardware.count * hardware.hours);
  }
  const flops = trainingFlops(run);
  if (flops === undefined)
    throw new Error(`run ${run.id} has neither hours nor FLOPs; the parser should have refused it`);

  const precision = run.training?.precision ?? 'bf16';
  const peak = peakThroughput(accelerator, precision);
  if (peak.precision !== precision)
    notes.push(`${accelerator.id} has no ${precision} peak; its ${peak.precision} peak is used.`);
  if (run.training && !run.training.precisionGiven) notes.push('Precision not given: bf16 mixed precision is assumed.');
  assumptions.record({
    name: `${accelerator.id} dense peak at ${peak.precision}`,
    value: peak.flopsPerSecond / 1e12,
    unit: 'TFLOP/s',
    origin: 'default',
    source: accelerator.peakTflops.source,
    year: accelerator.peakTflops.year,
    url: accelerator.peakTflops.url,
  });
  const utilization =
    hardware.utilization !== undefined
      ? assumptions.given('model FLOPs utilization', hardware.utilization, '×')
      : (calibration?.utilization ??
        fromCalibratedDefault(trainingUtilization(accelerator, activeParameters(run)), assumptions));
  return product(exact(hoursFromSeconds(flops / peak.flopsPerSecond)), inverse(utilization));
}

/** Average draw of one accelerator while training, watts. */
export function trainingPowerWatts(
  run: Run,
  accelerator: Accelerator,
  assumptions: AssumptionLog,
  calibration?: Calibration,
): Range {
  if (run.hardware.powerWatts !== undefined)
    return assumptions.given('average power per accelerator', run.hardware.powerWatts, 'W');
  const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W');
  const fraction =
    calibration?.powerFractionOfTdp ??
    fromCalibratedDefault(trainingPowerFraction(accelerator, activeParameters(run)), assumptions);
  return product(tdp, fraction);
}

const activeParameters = (run: Run): number => run.model.activeParameters ?? run.model.parameters;

/** Defaults fitted on published runs (src/data/calibration.ts) depend on the hardware generation and model size. */
function fromCalibratedDefault(calibrated: { name: string; entry: SourcedRange }, assumptions: AssumptionLog): Range {
  return assumptions.fromDefault(calibrated.name, calibrated.entry, '×');
}
