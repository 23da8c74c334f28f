// Where the same work runs: the provider's lowest-intensity region, and a note on carbon-aware scheduling.
import { regionsOf } from '../../data/grid.js';
import { CARBON_AWARE_REGION } from '../../data/techniques.js';
import type { GridRegion } from '../../data/types.js';
import { runTotalKg } from '../../compare/run-total.js';
import type { Run } from '../../manifest/types.js';
import { formatNumber } from '../../util/format.js';
import type { Estimator, Technique } from '../types.js';
import { formatKg } from './format.js';
import { providerOf } from './provider.js';

/** Grid intensity the engine uses for a run: the manifest's own figure, else its region's. */
const intensityOf = (run: Run, region: GridRegion): number => run.carbonIntensity ?? region.intensityGPerKwh.value;

/** Grids below this intensity are mostly hydro, nuclear or wind and vary little within a day. */
const VARIABLE_GRID_MIN_G_PER_KWH = 100;
/** Jobs up to a day long can be shifted into a grid's low-intensity hours (Dodge et al. 2022: short jobs gain most). */
const SHORT_JOB_HOURS = 24;

/** A sentence on carbon-aware scheduling for the run's current grid, or '' when the grid is already clean. */
export function schedulingNote(run: Run, intensityGPerKwh: number, estimate: Estimator): string {
  if (intensityGPerKwh < VARIABLE_GRID_MIN_G_PER_KWH) return '';
  const wallClockHours =
    estimate(run).acceleratorHours.value / Math.max(1, run.repeats) / Math.max(1, run.hardware.count);
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
    const moveTo = (region: GridRegion): Run => ({
      ...run,
      location: region.id,
      carbonIntensity: undefined,
      marketCarbonIntensity: undefined,
    });
    const alternatives = lower
      .slice(0, 3)
      .map(
        (region) =>
          `\`${region.id}\` ${formatNumber(region.intensityGPerKwh.value)} g/kWh (−${formatKg(before - runTotalKg(estimate(moveTo(region))))})`,
      );
    return {
      title: `Run in \`${best.id}\` (${best.name}) instead of \`${where.region.id}\``,
      detail: `${formatNumber(best.intensityGPerKwh.value)} instead of ${formatNumber(current)} gCO2e/kWh. Best ${where.provider.toUpperCase()} regions: ${alternatives.join(', ')}.${schedulingNote(run, current, estimate)}`,
      transformed: moveTo(best),
      caveat:
        'Check the accelerator is offered there, data-residency rules, and serving latency (the serving moves too).',
      effort: 'low',
      evidence: [CARBON_AWARE_REGION, best.intensityGPerKwh],
    };
  },
};
