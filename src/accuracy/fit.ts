// Fits the calibrated training defaults (src/data/calibration.ts) to the published runs. Pure: cases in, numbers out.
import { getAccelerator } from '../data/accelerators.js';
import type { CalibrationFit, GenerationPower, GenerationUtilization } from '../data/calibration.js';
import { smallModelShare } from '../data/calibration.js';
import { HOST_OVERHEAD_FRACTION, POWER_FRACTION_OF_TDP } from '../data/defaults.js';
import type { Accelerator } from '../data/types.js';
import { peakThroughput } from '../estimate/throughput.js';
import type { CalibrationCase } from './cases.js';

export const DATASET = 'published_runs.csv';
const REFERENCE_PARAMS = 1e10;
const SMALL_MODEL_FROM = 1e7;
const SMALL_MODEL_TO = 3e8;
const UTILIZATION_BOUNDS = { min: 0.02, max: 0.6 };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Bands cover the 5th to 95th percentile of residuals: about nine runs in ten. */
export const BAND_QUANTILE = 0.05;

/** The band spans the residuals of the fitted runs between two quantiles (rounded outwards); a generation fitted on one run adds none. */
function spreadOf(residuals: number[]): { low: number; high: number } {
  if (!residuals.length) return { low: 1, high: 1 };
  return {
    low: Math.floor(quantile(residuals, BAND_QUANTILE) * 100) / 100,
    high: Math.ceil(quantile(residuals, 1 - BAND_QUANTILE) * 100) / 100,
  };
}

const activeParams = (c: CalibrationCase) => c.activeParameters ?? c.parameters;

/** MFU the hours imply: FLOPs / (hours x dense peak at the run's precision); the published hours by default. */
export function impliedUtilization(c: CalibrationCase, hours = c.publishedAcceleratorHours!): number {
  const peak = peakThroughput(getAccelerator(c.accelerator), c.precision);
  return c.flops! / (hours * 3600 * peak.flopsPerSecond);
}

/** Energy per accelerator-hour on the case's basis, per unit of power fraction: TDP x PUE x host as the basis includes them. */
function kwhPerHourPerFraction(c: CalibrationCase, hostOverheadFraction: number): number {
  const tdpKw = getAccelerator(c.accelerator).tdpWatts.value / 1000;
  if (c.energyBasis === 'accelerator') return tdpKw;
  if (c.energyBasis === 'accelerator-with-pue') return tdpKw * c.pue!;
  return tdpKw * c.pue! * (1 + hostOverheadFraction);
}

/** Hours a run without published hours must have taken to use its measured energy at the fitted power fraction. */
export function impliedHoursFromEnergy(c: CalibrationCase, power: CalibrationFit['power']): number {
  const accelerator = getAccelerator(c.accelerator);
  const large = power.byGeneration[accelerator.generation ?? ''] ?? undefined;
  const fraction =
    (large?.value ?? power.byKind[accelerator.kind] ?? POWER_FRACTION_OF_TDP.value) *
    smallModelShare(activeParams(c), { power } as CalibrationFit);
  return c.publishedEnergyKwh! / (kwhPerHourPerFraction(c, power.hostOverheadFraction) * fraction);
}

/** Average accelerator draw / TDP the published energy implies, after taking out PUE and (for whole-system figures) host overhead. */
export function impliedPowerFraction(c: CalibrationCase, hostOverheadFraction: number): number {
  return c.publishedEnergyKwh! / c.publishedAcceleratorHours! / kwhPerHourPerFraction(c, hostOverheadFraction);
}

const generationOf = (c: CalibrationCase): string => getAccelerator(c.accelerator).generation ?? c.accelerator;
const kindOf = (c: CalibrationCase): Accelerator['kind'] => getAccelerator(c.accelerator).kind;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Median of pairwise slopes within each group (Theil-Sen): a size trend that one odd run cannot swing. */
function withinGroupSlope(groups: Array<Array<[number, number]>>): number {
  const slopes: number[] = [];
  for (const points of groups) {
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const dx = points[j]![0] - points[i]![0];
        if (Math.abs(dx) > 1e-9) slopes.push((points[j]![1] - points[i]![1]) / dx);
      }
    }
  }
  return slopes.length ? median(slopes) : 0;
}

interface UtilizationPoint {
  c: CalibrationCase;
  utilization: number;
}

/**
 * One size trend shared by all generations (small models keep any large accelerator less busy), estimated from the
 * generations whose runs span at least a decade of model size: the median slope over pairs of runs on the same
 * generation (Theil-Sen within generations, so generation levels cancel). Each generation then gets its own level.
 */
function fitUtilization(observed: UtilizationPoint[]): CalibrationFit['utilization'] {
  const groups = groupBy(observed, (o) => generationOf(o.c));
  const pointsOf = (group: UtilizationPoint[]) =>
    group.map((o): [number, number] => [Math.log(activeParams(o.c) / REFERENCE_PARAMS), Math.log(o.utilization)]);
  const trendGroups = [...groups.values()].filter((group) => {
    const sizes = group.map((o) => activeParams(o.c));
    return group.length >= 3 && Math.log10(Math.max(...sizes) / Math.min(...sizes)) >= 1;
  });
  const sizeExponent = trendGroups.length ? round(withinGroupSlope(trendGroups.map(pointsOf)), 2) : 0;
  const sizes = observed.map((o) => activeParams(o.c));
  const paramsRange = { min: Math.min(...sizes), max: Math.max(...sizes) };

  const byGeneration: Record<string, GenerationUtilization> = {};
  const residuals: number[] = [];
  for (const [generation, group] of groups) {
    // Each generation's level is quoted at a size typical of its runs (a power of ten), where the data is.
    const referenceParams = 10 ** Math.round(median(group.map((o) => Math.log10(activeParams(o.c)))));
    const points = group.map((o): [number, number] => [
      Math.log(activeParams(o.c) / referenceParams),
      Math.log(o.utilization),
    ]);
    const value = round(Math.exp(median(points.map(([x, y]) => y - sizeExponent * x))), 3);
    byGeneration[generation] = { value, sizeExponent, referenceParams, paramsRange, rows: group.length };
    if (group.length >= 2)
      for (const [x, y] of points) residuals.push(Math.exp(y) / (value * Math.exp(sizeExponent * x)));
  }
  return { byGeneration, band: spreadOf(residuals), bounds: UTILIZATION_BOUNDS };
}

function fitPower(cases: CalibrationCase[]): CalibrationFit['power'] {
  const hostOverheadFraction = HOST_OVERHEAD_FRACTION.value;
  const observed = cases.map((c) => ({
    c,
    generation: generationOf(c),
    fraction: impliedPowerFraction(c, hostOverheadFraction),
  }));
  const groups = groupBy(observed, (o) => o.generation);

  const fitFor = (minShare: number) => {
    const smallModel = { minShare, fromParams: SMALL_MODEL_FROM, toParams: SMALL_MODEL_TO };
    const shape = { power: { smallModel } } as CalibrationFit;
    const share = (o: (typeof observed)[number]) => smallModelShare(activeParams(o.c), shape);
    const byGeneration: Record<string, GenerationPower> = {};
    for (const [generation, group] of groups) {
      byGeneration[generation] = {
        value: round(median(group.map((o) => o.fraction / share(o))), 3),
        rows: group.length,
      };
    }
    const residualOf = (o: (typeof observed)[number]) => o.fraction / (byGeneration[o.generation]!.value * share(o));
    const cost = observed.reduce((total, o) => total + Math.abs(Math.log(residualOf(o))), 0);
    return { smallModel, byGeneration, residualOf, cost };
  };

  let best = fitFor(1);
  for (let share = 0.2; share < 1; share += 0.01) {
    const candidate = fitFor(round(share, 2));
    if (candidate.cost < best.cost - 1e-12) best = candidate;
  }
  const residuals = observed.filter((o) => groups.get(o.generation)!.length >= 2).map(best.residualOf);
  const byKind: CalibrationFit['power']['byKind'] = {};
  for (const kind of ['gpu', 'tpu'] as const) {
    const values = [...groups]
      .filter(([, group]) => kindOf(group[0]!.c) === kind)
      .map(([generation]) => best.byGeneration[generation]!.value);
    if (values.length) byKind[kind] = round(median(values), 3);
  }
  return {
    byGeneration: best.byGeneration,
    byKind,
    smallModel: best.smallModel,
    band: spreadOf(residuals),
    hostOverheadFraction,
  };
}

/**
 * Power first (runs with hours and measured energy), then MFU: from published hours, and for runs that give energy
 * but no hours, from the hours that energy implies at the fitted power fraction.
 */
export function fitCalibration(cases: CalibrationCase[]): CalibrationFit {
  const fitted = cases.filter((c) => !c.notFitted);
  const energy = fitted.filter((c) => c.usedForEnergy);
  const power = fitPower(energy);
  const fromHours = fitted.filter((c) => c.usedForHours).map((c) => ({ c, utilization: impliedUtilization(c) }));
  const fromEnergy = fitted
    .filter((c) => c.usedForEnergyFromFlops)
    .map((c) => ({ c, utilization: impliedUtilization(c, impliedHoursFromEnergy(c, power)) }));
  return {
    dataset: DATASET,
    utilization: fitUtilization([...fromHours, ...fromEnergy]),
    power,
    rows: { hours: fromHours.length, energy: energy.length, energyFromFlops: fromEnergy.length },
  };
}
