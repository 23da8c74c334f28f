// The same work on an accelerator with more FLOP/s per watt that the same provider rents, for training and for
// serving. Candidates are compared by re-estimating the whole run, embodied carbon included.
import { getAccelerator, resolveAccelerator } from '../../data/accelerators.js';
import { PROVIDER_OFFERINGS } from '../../data/offerings.js';
import type { Accelerator, CloudProvider, Precision } from '../../data/types.js';
import { runTotalKg } from '../../compare/run-total.js';
import { peakThroughput } from '../../estimate/throughput.js';
import type { Run } from '../../manifest/types.js';
import { pinServing, servingAcceleratorId, servingPrecision, trainingPrecision } from '../transform.js';
import type { Estimator, Proposal, Technique } from '../types.js';
import { formatFactor } from './format.js';
import { providerOf } from './provider.js';

const flopsPerWatt = (accelerator: Accelerator, precision: Precision): number =>
  peakThroughput(accelerator, precision).flopsPerSecond / accelerator.tdpWatts.value;

/** TPUs multiply in bf16; their fp32 figures are assumed fractions of it, too weak to move a run for. */
const runsNatively = (accelerator: Accelerator, precision: Precision): boolean =>
  accelerator.peakTflops.value[precision] !== undefined &&
  (accelerator.kind !== 'tpu' || precision === 'bf16' || precision === 'int8');

const PORTING_CAVEAT: Partial<Record<Accelerator['kind'], string>> = {
  tpu: 'Needs an XLA path (JAX, or PyTorch/XLA); availability and price differ.',
  asic: "Needs the vendor's compiler stack (e.g. AWS Neuron); availability and price differ.",
};
const GPU_CAVEAT = 'Availability and price differ; real speed-ups vary with the model and interconnect.';

/** Offered cards that run the precision natively, have as much memory per device, and more FLOP/s per watt. */
function betterOfferedCards(provider: CloudProvider, current: Accelerator, precision: Precision): Accelerator[] {
  return PROVIDER_OFFERINGS[provider].value
    .map((id) => resolveAccelerator(id).found)
    .filter((candidate): candidate is Accelerator => candidate !== undefined && candidate.id !== current.id)
    .filter((candidate) => runsNatively(candidate, precision) && (candidate.memoryGb ?? 0) >= (current.memoryGb ?? 0))
    .filter((candidate) => flopsPerWatt(candidate, precision) > flopsPerWatt(current, precision));
}

/**
 * The run's training on another accelerator. Hours derived from FLOPs are re-derived by the engine; given hours are
 * converted by the peak ratio at the run's precision. A measured power draw belongs to the old card and is dropped.
 */
export function onAccelerator(run: Run, accelerator: Accelerator): Run {
  const old = getAccelerator(run.hardware.accelerator);
  const { hours, acceleratorHours, powerWatts: _power, ...hardware } = run.hardware;
  const given = acceleratorHours ?? (hours !== undefined ? hours * hardware.count : undefined);
  const precision = trainingPrecision(run);
  const speedup = peakThroughput(accelerator, precision).flopsPerSecond / peakThroughput(old, precision).flopsPerSecond;
  const moved = {
    ...hardware,
    accelerator: accelerator.id,
    ...(given !== undefined ? { acceleratorHours: given / speedup } : {}),
  };
  return pinServing({ ...run, hardware: moved }, run);
}

/** Serving on another accelerator: serving hours always come from FLOPs, so the engine re-derives them. */
export function servingOn(run: Run, accelerator: Accelerator): Run {
  if (!run.inference) return run;
  return { ...run, inference: { ...run.inference, accelerator: accelerator.id, precision: servingPrecision(run) } };
}

function bestMove(
  run: Run,
  estimate: Estimator,
  cards: Accelerator[],
  move: (run: Run, card: Accelerator) => Run,
): { card: Accelerator; transformed: Run } | undefined {
  const before = runTotalKg(estimate(run));
  const scored = cards
    .map((card) => ({ card, transformed: move(run, card) }))
    .map((option) => ({ ...option, kg: runTotalKg(estimate(option.transformed)) }))
    .sort((a, b) => a.kg - b.kg);
  const best = scored[0];
  return best && best.kg < before ? best : undefined;
}

function proposal(
  verb: string,
  provider: CloudProvider,
  current: Accelerator,
  precision: Precision,
  best: { card: Accelerator; transformed: Run },
): Proposal {
  const ratio = flopsPerWatt(best.card, precision) / flopsPerWatt(current, precision);
  return {
    title: `${verb} on ${best.card.id} instead of ${current.id}`,
    detail: `${provider.toUpperCase()} offers ${best.card.id}, with ${formatFactor(ratio)} the ${precision} FLOP/s per watt of ${current.id} (datasheet peak over TDP).`,
    transformed: best.transformed,
    caveat: PORTING_CAVEAT[best.card.kind] ?? GPU_CAVEAT,
    effort: 'low',
    evidence: [PROVIDER_OFFERINGS[provider], best.card.peakTflops, best.card.tdpWatts],
  };
}

export const efficientAccelerator: Technique = {
  id: 'efficient-accelerator',
  group: 'hardware',
  propose(run: Run, estimate: Estimator) {
    const where = providerOf(run);
    if (!where) return undefined;
    const current = getAccelerator(run.hardware.accelerator);
    const precision = trainingPrecision(run);
    const best = bestMove(run, estimate, betterOfferedCards(where.provider, current, precision), onAccelerator);
    return best && proposal('Train', where.provider, current, precision, best);
  },
};

export const efficientServingAccelerator: Technique = {
  id: 'efficient-serving-accelerator',
  group: 'serving-hardware',
  propose(run: Run, estimate: Estimator) {
    const where = providerOf(run);
    if (!where || !run.inference) return undefined;
    const current = getAccelerator(servingAcceleratorId(run));
    const precision = servingPrecision(run);
    const best = bestMove(run, estimate, betterOfferedCards(where.provider, current, precision), servingOn);
    return best && proposal('Serve', where.provider, current, precision, best);
  },
};
