// The same work on an accelerator with more FLOP/s per watt that the same provider rents, for training and for
// serving. Candidates are compared by re-estimating the whole run, embodied carbon included. FLOP/s per watt is taken
// at the precision that really runs on each card (bf16 asked on a V100 runs as fp16), as the engine costs it.
import { getAccelerator, resolveAccelerator } from '../../data/accelerators.js';
import { PROVIDER_OFFERINGS } from '../../data/offerings.js';
import type { Accelerator, CloudProvider, Precision } from '../../data/types.js';
import { runTotalKg } from '../../compare/run-total.js';
import {
  requestedServingPrecision,
  requestedTrainingPrecision,
  resolvePrecision,
  servingRate,
  supportsPrecision,
} from '../../estimate/precision.js';
import type { Run } from '../../manifest/types.js';
import type { RunEstimate } from '../../estimate/types.js';
import { formatNumber } from '../../util/format.js';
import { pinServing, servingAcceleratorId } from '../transform.js';
import type { Estimator, Proposal, Technique } from '../types.js';
import { formatFactor } from './format.js';
import { providerOf } from './provider.js';

type Purpose = 'training' | 'serving';

/** The precision that runs on `accelerator` and the FLOP/s the engine divides by for it. */
function engineRate(accelerator: Accelerator, wanted: Precision | undefined, purpose: Purpose) {
  const resolved = resolvePrecision(accelerator, wanted, purpose);
  const flopsPerSecond = purpose === 'serving' ? servingRate(resolved) : resolved.flopsPerSecond;
  return { precision: resolved.precision, flopsPerSecond };
}

const flopsPerWatt = (accelerator: Accelerator, wanted: Precision | undefined, purpose: Purpose): number =>
  engineRate(accelerator, wanted, purpose).flopsPerSecond / accelerator.tdpWatts.value;

/** TPUs multiply in bf16; their fp32 figures are assumed fractions of it, too weak to move a run for. */
const runsNatively = (accelerator: Accelerator, wanted: Precision | undefined): boolean =>
  wanted === undefined
    ? accelerator.kind !== 'tpu' || supportsPrecision(accelerator, 'bf16')
    : supportsPrecision(accelerator, wanted) && (accelerator.kind !== 'tpu' || wanted === 'bf16' || wanted === 'int8');

const PORTING_CAVEAT: Partial<Record<Accelerator['kind'], string>> = {
  tpu: 'Needs an XLA path (JAX, or PyTorch/XLA); availability and price differ.',
  asic: "Needs the vendor's compiler stack (e.g. AWS Neuron); availability and price differ.",
};
const GPU_CAVEAT = 'Availability and price differ; real speed-ups vary with the model and interconnect.';

/** Offered cards that run the precision natively, have as much memory per device, and more FLOP/s per watt. */
function betterOfferedCards(
  provider: CloudProvider,
  current: Accelerator,
  wanted: Precision | undefined,
  purpose: Purpose,
): Accelerator[] {
  return PROVIDER_OFFERINGS[provider].value
    .map((id) => resolveAccelerator(id).found)
    .filter((candidate): candidate is Accelerator => candidate !== undefined && candidate.id !== current.id)
    .filter((candidate) => runsNatively(candidate, wanted) && (candidate.memoryGb ?? 0) >= (current.memoryGb ?? 0))
    .filter((candidate) => flopsPerWatt(candidate, wanted, purpose) > flopsPerWatt(current, wanted, purpose));
}

/**
 * The run's training on another accelerator. Hours derived from FLOPs are re-derived by the engine; given hours are
 * converted by the ratio of the rates the engine uses on each card (the peak of the precision that runs there). A
 * measured power draw belongs to the old card and is dropped.
 */
export function onAccelerator(run: Run, accelerator: Accelerator): Run {
  const old = getAccelerator(run.hardware.accelerator);
  const { hours, acceleratorHours, powerWatts: _power, ...hardware } = run.hardware;
  const given = acceleratorHours ?? (hours !== undefined ? hours * hardware.count : undefined);
  const speedup = trainingSpeedup(run, old, accelerator);
  const moved = {
    ...hardware,
    accelerator: accelerator.id,
    ...(given !== undefined ? { acceleratorHours: given / speedup } : {}),
  };
  return pinServing({ ...run, hardware: moved }, run);
}

/** How many times faster the engine runs this training on `to` than on `from`. */
function trainingSpeedup(run: Run, from: Accelerator, to: Accelerator): number {
  const wanted = requestedTrainingPrecision(run);
  return engineRate(to, wanted, 'training').flopsPerSecond / engineRate(from, wanted, 'training').flopsPerSecond;
}

/** Serving on another accelerator: serving hours always come from FLOPs, so the engine re-derives them. */
export function servingOn(run: Run, accelerator: Accelerator): Run {
  if (!run.inference) return run;
  const precision = requestedServingPrecision(run);
  return { ...run, inference: { ...run.inference, accelerator: accelerator.id, ...(precision ? { precision } : {}) } };
}

/** Accelerator energy of the training (or serving) part, the quantity the datasheet ratio bounds. */
const trainingAcceleratorKwh = (estimate: RunEstimate) => estimate.breakdown.acceleratorKwh.value;
const servingAcceleratorKwh = (estimate: RunEstimate) => estimate.inference?.breakdown.acceleratorKwh.value ?? 0;

/**
 * Training moved to `card`, never saving more accelerator energy than the datasheet FLOP/s per watt allows (1 - 1/k
 * for k x the FLOP/s per watt): where the calibrated levels would promise more, the move is pinned at the bound by
 * giving the moved run its hours (old hours / peak ratio) and draw (old draw x TDP ratio).
 */
function trainingMoveWithinBound(run: Run, card: Accelerator, estimate: Estimator): Run {
  const current = getAccelerator(run.hardware.accelerator);
  const wanted = requestedTrainingPrecision(run);
  const moved = onAccelerator(run, card);
  const before = estimate(run);
  const ratio = flopsPerWatt(card, wanted, 'training') / flopsPerWatt(current, wanted, 'training');
  const bound = trainingAcceleratorKwh(before) / ratio;
  if (trainingAcceleratorKwh(estimate(moved)) >= bound * (1 - 1e-9)) return moved;
  const hoursPerRepeat = before.acceleratorHours.value / run.repeats;
  const watts = (trainingAcceleratorKwh(before) * 1000) / before.acceleratorHours.value;
  return {
    ...moved,
    hardware: {
      ...moved.hardware,
      hours: undefined,
      acceleratorHours: hoursPerRepeat / trainingSpeedup(run, current, card),
      powerWatts: (watts * card.tdpWatts.value) / current.tdpWatts.value,
    },
  };
}

/** Serving moves that the datasheet ratio rules out are not offered. */
function servingMoveWithinBound(run: Run, card: Accelerator, estimate: Estimator): Run | undefined {
  const current = getAccelerator(servingAcceleratorId(run));
  const wanted = requestedServingPrecision(run);
  const moved = servingOn(run, card);
  const ratio = flopsPerWatt(card, wanted, 'serving') / flopsPerWatt(current, wanted, 'serving');
  return servingAcceleratorKwh(estimate(moved)) >= (servingAcceleratorKwh(estimate(run)) / ratio) * (1 - 1e-9)
    ? moved
    : undefined;
}

function bestMove(
  run: Run,
  estimate: Estimator,
  cards: Accelerator[],
  move: (run: Run, card: Accelerator) => Run | undefined,
): { card: Accelerator; transformed: Run } | undefined {
  const before = runTotalKg(estimate(run));
  const scored = cards
    .map((card) => ({ card, transformed: move(run, card) }))
    .filter((option): option is { card: Accelerator; transformed: Run } => option.transformed !== undefined)
    .map((option) => ({ ...option, kg: runTotalKg(estimate(option.transformed)) }))
    .sort((a, b) => a.kg - b.kg);
  const best = scored[0];
  return best && best.kg < before ? best : undefined;
}

function proposal(
  purpose: Purpose,
  provider: CloudProvider,
  current: Accelerator,
  wanted: Precision | undefined,
  best: { card: Accelerator; transformed: Run },
): Proposal {
  const ratio = flopsPerWatt(best.card, wanted, purpose) / flopsPerWatt(current, wanted, purpose);
  const from = engineRate(current, wanted, purpose).precision;
  const to = engineRate(best.card, wanted, purpose).precision;
  const perWatt =
    from === to
      ? `the ${to} FLOP/s per watt of ${current.id}`
      : `the FLOP/s per watt of ${current.id} (${to} on ${best.card.id}, ${from} on ${current.id}: what each runs)`;
  return {
    title: `${purpose === 'training' ? 'Train' : 'Serve'} on ${best.card.id} instead of ${current.id}`,
    detail: `${provider.toUpperCase()} offers ${best.card.id}, with ${formatFactor(ratio)} ${perWatt} (datasheet peak over TDP): at most ${formatNumber((1 - 1 / ratio) * 100)}% less accelerator energy for the same work.`,
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
    const wanted = requestedTrainingPrecision(run);
    const cards = betterOfferedCards(where.provider, current, wanted, 'training');
    const best = bestMove(run, estimate, cards, (moved, card) => trainingMoveWithinBound(moved, card, estimate));
    return best && proposal('training', where.provider, current, wanted, best);
  },
};

export const efficientServingAccelerator: Technique = {
  id: 'efficient-serving-accelerator',
  group: 'serving-hardware',
  propose(run: Run, estimate: Estimator) {
    const where = providerOf(run);
    if (!where || !run.inference) return undefined;
    const current = getAccelerator(servingAcceleratorId(run));
    const wanted = requestedServingPrecision(run);
    const cards = betterOfferedCards(where.provider, current, wanted, 'serving');
    const best = bestMove(run, estimate, cards, (moved, card) => servingMoveWithinBound(moved, card, estimate));
    return best && proposal('serving', where.provider, current, wanted, best);
  },
};
