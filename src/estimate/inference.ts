// Serving as it is deployed: provisioned accelerators x wall-clock x the draw at the load the traffic implies (an idle
// floor plus a load-dependent part). The FLOPs view (2 x active parameters per token at a serving utilization, busy
// time only) is kept beside it as the lower bound.
import { getAccelerator } from '../data/accelerators.js';
import {
  DECODE_SHARE_OF_PEAK,
  INFERENCE_POWER_FRACTION_OF_TDP,
  INFERENCE_UTILIZATION,
  SERVING_BUSY_SHARE_OF_TDP,
  SERVING_IDLE_SHARE_OF_TDP,
  SERVING_MEMORY_OVER_WEIGHTS,
} from '../data/defaults.js';
import type { Accelerator, Precision } from '../data/types.js';
import type { Run } from '../manifest/types.js';
import type { AssumptionLog } from './assumptions.js';
import { energyChain, scaleBreakdown } from './energy-chain.js';
import type { ResolvedPlacement } from './placement.js';
import { requestedServingPrecision, resolvePrecision, servingRate } from './precision.js';
import { peakThroughput } from './throughput.js';
import { exact, inverse, product, range, scale } from './range.js';
import type { InferenceEstimate, Range } from './types.js';
import { hoursFromSeconds } from '../util/units.js';
import { formatWhole } from '../util/format.js';

const SECONDS_PER_DAY = 86_400;
const BYTES_PER_PARAMETER: Record<Precision, number> = {
  fp32: 4,
  tf32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
};

export function inferenceTokensPerDay(run: Run): number {
  const inference = run.inference!;
  return inference.tokensPerDay ?? (inference.requestsPerDay ?? 0) * (inference.tokensPerRequest ?? 0);
}

/** Accelerators one replica needs to hold the weights at the serving precision. */
function acceleratorsPerReplica(run: Run, accelerator: Accelerator, precision: Precision): number {
  if (!accelerator.memoryGb) return 1;
  const bytes = run.model.parameters * BYTES_PER_PARAMETER[precision] * SERVING_MEMORY_OVER_WEIGHTS.value;
  return Math.max(1, Math.ceil(bytes / (accelerator.memoryGb * 1e9)));
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
  const resolved = resolvePrecision(accelerator, requestedServingPrecision(run), 'serving');
  notes.push(...resolved.notes.filter((note) => !note.startsWith('fp8 is costed')));
  const rate = servingRate(resolved);
  assumptions.record({
    name: `${accelerator.id} dense peak at ${resolved.ratePrecision} (serving)`,
    value: rate / 1e12,
    unit: 'TFLOP/s',
    origin: 'default',
    source: accelerator.peakTflops.source,
    year: accelerator.peakTflops.year,
    url: accelerator.peakTflops.url,
  });

  const active = run.model.activeParameters ?? run.model.parameters;
  const tokensPerDay = inferenceTokensPerDay(run);
  const flopsPerDay = 2 * active * tokensPerDay;
  const batched =
    inference.utilization !== undefined
      ? assumptions.given('serving utilization', inference.utilization, '×')
      : assumptions.fromDefault('serving utilization (share of peak FLOP/s sustained)', INFERENCE_UTILIZATION, '×');

  // The FLOPs view: busy accelerator-hours only, the lower bound.
  const busyHoursPerDay = product(exact(hoursFromSeconds(flopsPerDay / rate)), inverse(batched));

  // Provisioned: replicas x accelerators per replica, around the clock; at least the replicas the traffic needs at
  // the batched throughput (low end at the high utilization, high end at the low one).
  const perReplica = acceleratorsPerReplica(run, accelerator, resolved.precision);
  const tokensPerSecond = tokensPerDay / SECONDS_PER_DAY;
  const needed = (utilization: number) =>
    Math.max(1, Math.ceil(tokensPerSecond / Math.max((perReplica * rate * utilization) / (2 * active), 1e-12)));
  const replicasAt = (utilization: number) => Math.max(inference.replicas ?? 1, needed(utilization));
  const replicaRange = range(replicasAt(batched.value), replicasAt(batched.high), replicasAt(batched.low));
  const replicas = replicaRange.value;
  if (inference.replicas === undefined) {
    notes.push(
      `Serving: ${replicas} replica${replicas === 1 ? '' : 's'} of ${perReplica} ${accelerator.id} derived from the traffic (${formatRate(tokensPerSecond)} tokens/s) and the batched throughput; provisioned around the clock at the draw that load implies. The busy-time FLOPs view is the lower bound.`,
    );
  } else if (inference.replicas < replicas) {
    notes.push(
      `Warning: inference.replicas ${inference.replicas} cannot serve ${formatRate(tokensPerSecond)} tokens/s: at ${batched.value} utilization one replica of ${perReplica} ${accelerator.id} serves about ${formatRate((perReplica * rate * batched.value) / (2 * active))} tokens/s, so ${replicas} replicas are costed. Check the replicas and the traffic, or set inference.utilization.`,
    );
  }
  const provisioned = replicas * perReplica;
  const hoursPerDay = scale(replicaRange, perReplica * 24);
  assumptions.given('serving accelerators provisioned', provisioned, 'accelerators');

  const perAcceleratorWatts = servingWatts(
    accelerator,
    assumptions,
    busyShareOfDay(run, accelerator, resolved.precision, replicaRange, perReplica, busyHoursPerDay),
  );
  const perDay = energyChain(
    { acceleratorHours: hoursPerDay, accelerator, powerWatts: perAcceleratorWatts, placement },
    assumptions,
  );
  const busyPower = product(
    exact(accelerator.tdpWatts.value),
    assumptions.fromDefault('average serving power while busy as a share of TDP', INFERENCE_POWER_FRACTION_OF_TDP, '×'),
  );
  const busyOnly = product(busyHoursPerDay, busyPower, exact(inference.days / 1000));
  if (inference.utilization === undefined) {
    notes.push(
      'Serving load not given: energy per token depends strongly on how busy the accelerators are kept, so the serving range is wide. Set `inference.utilization` to narrow it.',
    );
  }
  const days = inference.days;
  return {
    days,
    tokensPerDay,
    accelerator: accelerator.id,
    replicas,
    acceleratorsPerReplica: perReplica,
    acceleratorHours: scale(hoursPerDay, days),
    energyKwh: scale(perDay.energyKwh, days),
    co2eKg: scale(perDay.co2eKg, days),
    perDay: { energyKwh: perDay.energyKwh, co2eKg: perDay.co2eKg },
    breakdown: scaleBreakdown(perDay.breakdown, days),
    busyOnly: { acceleratorHours: scale(busyHoursPerDay, days), acceleratorKwh: busyOnly },
  };
}

/**
 * Share of the day a provisioned accelerator is busy: the batched compute time the FLOPs need (the FLOPs view), or,
 * when more and the traffic is given as requests, the time requests are in flight decoding at batch 1 (memory-bound:
 * each token streams every weight, at the half-precision peak x the decode share x 2 / bytes per weight), capped at
 * the whole day.
 */
function busyShareOfDay(
  run: Run,
  accelerator: Accelerator,
  precision: Precision,
  replicas: Range,
  perReplica: number,
  busyHoursPerDay: Range,
): Range {
  const inference = run.inference!;
  // Requests in flight are known only when the traffic is given as requests of a known size.
  const known = inference.requestsPerDay !== undefined && inference.tokensPerRequest !== undefined;
  const half = peakThroughput(accelerator, 'bf16').flopsPerSecond;
  const inFlight = (decodeShare: number, count: number) => {
    if (!known) return 0;
    const decodeFlopsPerSecond = perReplica * half * decodeShare * (2 / BYTES_PER_PARAMETER[precision]);
    const activeParameters = run.model.activeParameters ?? run.model.parameters;
    const secondsPerRequest = (inference.tokensPerRequest! * 2 * activeParameters) / decodeFlopsPerSecond;
    return (inference.requestsPerDay! / SECONDS_PER_DAY / count) * secondsPerRequest;
  };
  // Each end pairs the busy hours with the replicas provisioned for them (more replicas at the low utilization).
  const share = (hours: number, decodeShare: number, count: number) =>
    Math.min(1, Math.max(hours / (count * perReplica * 24), inFlight(decodeShare, count)));
  return range(
    share(busyHoursPerDay.value, DECODE_SHARE_OF_PEAK.value, replicas.value),
    share(busyHoursPerDay.low, DECODE_SHARE_OF_PEAK.high, replicas.low),
    share(busyHoursPerDay.high, DECODE_SHARE_OF_PEAK.low, replicas.high),
  );
}

/** Average draw of a provisioned accelerator: idle + (busy - idle) x the busy share of the day. */
function servingWatts(accelerator: Accelerator, assumptions: AssumptionLog, busyShare: Range): Range {
  const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W').value;
  const idle = assumptions.fromDefault(
    'serving idle draw as a share of TDP (model loaded)',
    SERVING_IDLE_SHARE_OF_TDP,
    '×',
  );
  const busy = assumptions.fromDefault('serving busy draw as a share of TDP', SERVING_BUSY_SHARE_OF_TDP, '×');
  assumptions.fromDefault('batch-1 decode rate as a share of the dense peak', DECODE_SHARE_OF_PEAK, '×');
  const at = (idleShare: number, busyShareOfTdp: number, share: number) =>
    tdp * (idleShare + (busyShareOfTdp - idleShare) * share);
  return range(
    at(idle.value, busy.value, busyShare.value),
    at(idle.low, busy.low, busyShare.low),
    at(idle.high, busy.high, busyShare.high),
  );
}

function formatRate(value: number): string {
  return value >= 100 ? formatWhole(value) : value.toPrecision(2);
}
