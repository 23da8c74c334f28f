// Where and on what the same work runs: a more efficient accelerator the same provider rents, the provider's
// lowest-intensity region. Candidates are compared by re-estimating the whole run, embodied carbon included.
import { getAccelerator, resolveAccelerator } from '../../data/accelerators.js';
import { regionsOf, resolveLocation } from '../../data/grid.js';
import { PROVIDER_OFFERINGS } from '../../data/offerings.js';
import { CARBON_AWARE_REGION } from '../../data/techniques.js';
import type { Accelerator, CloudProvider, GridRegion, Precision } from '../../data/types.js';
import { runTotalKg } from '../../compare/run-total.js';
import { peakThroughput } from '../../estimate/throughput.js';
import type { Run } from '../../manifest/types.js';
import { formatNumber } from '../../report/format.js';
import { pinServing, trainingPrecision } from '../transform.js';
import type { Estimator, Technique } from '../types.js';
import { formatFactor, formatKg } from './format.js';

function providerOf(run: Run): { provider: CloudProvider; region: GridRegion } | undefined {
  const region = run.location ? resolveLocation(run.location).found : undefined;
  return region?.provider ? { provider: region.provider, region } : undefined;
}

const flopsPerWatt = (accelerator: Accelerator, run: Run): number =>
  peakThroughput(accelerator, trainingPrecision(run)).flopsPerSecond / accelerator.tdpWatts.value;

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
  const moved = { ...hardware, accelerator: accelerator.id, ...(given !== undefined ? { acceleratorHours: given / speedup } : {}) };
  return pinServing({ ...run, hardware: moved }, run);
}

/** TPUs multiply in bf16; their fp32 figures are assumed fractions of it, too weak to move a run for. */
const runsNatively = (accelerator: Accelerator, precision: Precision): boolean =>
  accelerator.peakTflops.value[precision] !== undefined && (accelerator.kind !== 'tpu' || precision === 'bf16' || precision === 'int8');

const PORTING_CAVEAT: Partial<Record<Accelerator['kind'], string>> = {
  tpu: 'Needs an XLA path (JAX, or PyTorch/XLA); availability and price differ.',
  asic: "Needs the vendor's compiler stack (e.g. AWS Neuron); availability and price differ.",
};

export const efficientAccelerator: Technique = {
  id: 'efficient-accelerator',
  group: 'hardware',
  propose(run: Run, estimate: Estimator) {
    const where = providerOf(run);
    if (!where) return undefined;
    const current = getAccelerator(run.hardware.accelerator);
    // Cards that run the run's precision natively, with as much memory per device (so batch and sharding still fit).
    const candidates = PROVIDER_OFFERINGS[where.provider].value
      .map((id) => resolveAccelerator(id).found)
      .filter((candidate): candidate is Accelerator => candidate !== undefined && candidate.id !== current.id)
      .filter((candidate) => runsNatively(candidate, trainingPrecision(run)))
      .filter((candidate) => (candidate.memoryGb ?? 0) >= (current.memoryGb ?? 0) && flopsPerWatt(candidate, run) > flopsPerWatt(current, run));
    const scored = candidates
      .map((candidate) => ({ candidate, transformed: onAccelerator(run, candidate) }))
      .map((option) => ({ ...option, kg: estimate(option.transformed).co2eKg.value }))
      .sort((a, b) => a.kg - b.kg);
    const best = scored[0];
    if (!best || best.kg >= estimate(run).co2eKg.value) return undefined;
    const precision = trainingPrecision(run);
    const ratio = flopsPerWatt(best.candidate, run) / flopsPerWatt(current, run);
    return {
      title: `Train on ${best.candidate.id} instead of ${current.id}`,
      detail: `${where.provider.toUpperCase()} offers ${best.candidate.id}, with ${formatFactor(ratio)} the ${precision} FLOP/s per watt of ${current.id} (datasheet peak over TDP).`,
      transformed: best.transformed,
      caveat: PORTING_CAVEAT[best.candidate.kind] ?? 'Availability and price differ; real speed-ups vary with the model and interconnect.',
      effort: 'low',
      evidence: [PROVIDER_OFFERINGS[where.provider], best.candidate.peakTflops, best.candidate.tdpWatts],
    };
  },
};

/** Grid intensity the engine uses for a run: the manifest's own figure, else its region's. */
const intensityOf = (run: Run, region: GridRegion): number => run.carbonIntensity ?? region.intensityGPerKwh.value;

/** Grids below this intensity are mostly hydro, nuclear or wind and vary little within a day. */
const VARIABLE_GRID_MIN_G_PER_KWH = 100;
/** Jobs up to a day long can be shifted into a grid's low-intensity hours (Dodge et al. 2022: short jobs gain most). */
const SHORT_JOB_HOURS = 24;

/** A sentence on carbon-aware scheduling for the run's current grid, or '' when the grid is already clean. */
export function schedulingNote(run: Run, intensityGPerKwh: number, estimate: Estimator): string {
  if (intensityGPerKwh < VARIABLE_GRID_MIN_G_PER_KWH) return '';
  const wallClockHours = estimate(run).acceleratorHours.value / Math.max(1, run.repeats) / Math.max(1, run.hardware.count);
  return wallClockHours <= SHORT_JOB_HOURS
    ? ` If it stays put: each training run takes ~${formatNumber(wallClockHours)} h, short enough to start in the grid's low-intensity hours (carbon-aware scheduling).`
    : ` If it stays put: at ~${formatNumber(wallClockHours)} h per training run, shifting the start time gains little; pausing in high-intensity hours helps only if the job may take longer.`;
}

export const lowCarbonRegion: Technique = {
  id: 'low-carbon-region',
  group: 'location',
  propose(run: Run, estimate: Estimator) {
    const where = providerOf(run);
    if (!where) return undefined;
    const current = intensityOf(run, where.region);
    const lower = regionsOf(where.provider)
      .filter((region) => region.intensityGPerKwh.value < current)
      .sort((a, b) => a.intensityGPerKwh.value - b.intensityGPerKwh.value);
    const best = lower[0];
    if (!best) return undefined;
    const before = runTotalKg(estimate(run));
    const moveTo = (region: GridRegion): Run => ({ ...run, location: region.id, carbonIntensity: undefined, marketCarbonIntensity: undefined });
    const alternatives = lower
      .slice(0, 3)
      .map((region) => `\`${region.id}\` ${formatNumber(region.intensityGPerKwh.value)} g/kWh (−${formatKg(before - runTotalKg(estimate(moveTo(region))))})`);
    return {
      title: `Run in \`${best.id}\` (${best.name}) instead of \`${where.region.id}\``,
      detail: `${formatNumber(best.intensityGPerKwh.value)} instead of ${formatNumber(current)} gCO2e/kWh. Best ${where.provider.toUpperCase()} regions: ${alternatives.join(', ')}.${schedulingNote(run, current, estimate)}`,
      transformed: moveTo(best),
      caveat: 'Check the accelerator is offered there, data-residency rules, and serving latency (the serving moves too).',
      effort: 'low',
      evidence: [CARBON_AWARE_REGION, best.intensityGPerKwh],
    };
  },
};
