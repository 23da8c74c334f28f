// Serving the trained model: 2 x (active) parameters FLOPs per token -> accelerator-hours per day -> the energy chain.
import { getAccelerator } from '../data/accelerators.js';
import { INFERENCE_POWER_FRACTION_OF_TDP, INFERENCE_UTILIZATION } from '../data/defaults.js';
import type { Run } from '../manifest/types.js';
import type { AssumptionLog } from './assumptions.js';
import { energyChain, scaleBreakdown } from './energy-chain.js';
import type { ResolvedPlacement } from './placement.js';
import { exact, inverse, product, scale } from './range.js';
import { peakThroughput } from './throughput.js';
import type { InferenceEstimate } from './types.js';
import { hoursFromSeconds } from '../util/units.js';

export function inferenceTokensPerDay(run: Run): number {
  const inference = run.inference!;
  return inference.tokensPerDay ?? (inference.requestsPerDay ?? 0) * (inference.tokensPerRequest ?? 0);
}

export function estimateInference(
  run: Run,
  placement: ResolvedPlacement,
  assumptions: AssumptionLog,
  notes: string[],
): InferenceEstimate | undefined {
  const inference = run.inference;
  if (!inference) return undefined;
  const accelerator = getAccelerator(inference.accelerator ?? run.hardware.accelerator);
  const precision = inference.precision ?? run.training?.precision ?? 'bf16';
  const peak = peakThroughput(accelerator, precision);
  assumptions.record({
    name: `${accelerator.id} dense peak at ${peak.precision} (serving)`,
    value: peak.flopsPerSecond / 1e12,
    unit: 'TFLOP/s',
    origin: 'default',
    source: accelerator.peakTflops.source,
    year: accelerator.peakTflops.year,
    url: accelerator.peakTflops.url,
  });

  const tokensPerDay = inferenceTokensPerDay(run);
  const flopsPerDay = 2 * (run.model.activeParameters ?? run.model.parameters) * tokensPerDay;
  const utilization =
    inference.utilization !== undefined
      ? assumptions.given('serving utilization', inference.utilization, '×')
      : assumptions.fromDefault('serving utilization (share of peak FLOP/s sustained)', INFERENCE_UTILIZATION, '×');
  if (inference.utilization === undefined) {
    notes.push(
      'Serving load not given: energy per token depends strongly on how busy the accelerators are kept, so the serving range is wide. Set `inference.utilization` to narrow it.',
    );
  }
  const hoursPerDay = product(exact(hoursFromSeconds(flopsPerDay / peak.flopsPerSecond)), inverse(utilization));
  const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W');
  const powerWatts = product(
    tdp,
    assumptions.fromDefault('average serving power as a share of TDP', INFERENCE_POWER_FRACTION_OF_TDP, '×'),
  );

  const perDay = energyChain({ acceleratorHours: hoursPerDay, accelerator, powerWatts, placement }, assumptions);
  const days = inference.days;
  return {
    days,
    tokensPerDay,
    accelerator: accelerator.id,
    acceleratorHours: scale(hoursPerDay, days),
    energyKwh: scale(perDay.energyKwh, days),
    co2eKg: scale(perDay.co2eKg, days),
    perDay: { energyKwh: perDay.energyKwh, co2eKg: perDay.co2eKg },
    breakdown: scaleBreakdown(perDay.breakdown, days),
  };
}
