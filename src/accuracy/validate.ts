// Runs the engine on the calibration runs with only what a user would know and scores it against the published
// figures, like for like, next to the plain TDP x hours x PUE method. Pure: cases in, results out.
import { getAccelerator } from '../data/accelerators.js';
import type { CalibrationFit } from '../data/calibration.js';
import { FITTED_CALIBRATION } from '../data/calibration.generated.js';
import { trainingPowerFraction, trainingUtilization } from '../data/calibration.js';
import { POWER_FRACTION_OF_TDP, UTILIZATION } from '../data/defaults.js';
import { estimateRun } from '../estimate/estimate.js';
import { exact, product } from '../estimate/range.js';
import { peakThroughput } from '../estimate/throughput.js';
import { workFromParameters, type Calibration } from '../estimate/training.js';
import type { Range } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import type { CalibrationCase, EnergyBasis } from './cases.js';
import { fitPower, fitUtilizationLevels, median } from './fit.js';

export interface Scored {
  published: number;
  estimated: Range;
  /** estimated.value / published - 1 */
  error: number;
  inside: boolean;
  /** Estimate when the run's whole family is left out of the fit: the out-of-sample figure. */
  leaveOneOut: Range;
  leaveOneOutError: number;
  leaveOneOutInside: boolean;
}

export interface HoursRow extends Scored {
  case: CalibrationCase;
  /** Hours at the uncalibrated literature MFU default for the accelerator kind. */
  literature: number;
  literatureError: number;
}

export interface EnergyRow extends Scored {
  case: CalibrationCase;
  basis: EnergyBasis;
  /** The plain TDP x hours x PUE method (ML CO2 Impact, Green Algorithms) on the same basis. */
  tdpMethod: number;
  tdpMethodError: number;
}

export interface ModeSummary {
  runs: number;
  medianAbsError: number;
  leaveOneOutMedianAbsError: number;
  coverage: number;
  leaveOneOutCoverage: number;
  medianHighOverLow: number;
  maxHighOverLow: number;
  /** Median absolute error of the comparison method: literature MFU for hours, TDP x hours x PUE for energy. */
  baselineMedianAbsError: number;
}

/** (c) energy from FLOPs for runs that publish energy but no hours: MFU and power checked together. */
export interface EnergyFromFlopsRow extends Scored {
  case: CalibrationCase;
  basis: EnergyBasis;
  /** Energy at the uncalibrated literature defaults (MFU by kind, power 0.8 of TDP), same basis. */
  literature: number;
  literatureError: number;
}

export interface ValidationResult {
  hours: HoursRow[];
  energy: EnergyRow[];
  energyFromFlops: EnergyFromFlopsRow[];
  summary: { hours: ModeSummary; energy: ModeSummary; energyFromFlops: ModeSummary };
}

const relativeError = (estimated: number, published: number) => estimated / published - 1;
const medianAbs = (errors: number[]) => median(errors.map(Math.abs));

function baseRun(c: CalibrationCase): Run {
  return {
    id: c.id,
    model: { parameters: c.parameters, activeParameters: c.activeParameters, name: c.model },
    hardware: { accelerator: c.accelerator, count: c.count },
    repeats: 1,
    logs: [],
    pue: c.pue,
    // Intensity does not enter hours or energy; a stated value keeps the engine from noting a missing location.
    carbonIntensity: 400,
  };
}

/** FLOPs from 6·N·D are given as tokens, as a user would, so the engine applies its parameter-based rules. */
function hoursRun(c: CalibrationCase): Run {
  const work = c.flopsOrigin === '6ND' ? { tokens: c.flops! / (6 * activeParams(c)) } : { flops: c.flops };
  return { ...baseRun(c), training: { ...work, precision: c.precision, precisionGiven: true } };
}

function energyRun(c: CalibrationCase): Run {
  return {
    ...baseRun(c),
    hardware: { accelerator: c.accelerator, count: c.count, acceleratorHours: c.publishedAcceleratorHours },
  };
}

const asRange = (entry: Range): Range => ({ value: entry.value, low: entry.low, high: entry.high });
const activeParams = (c: CalibrationCase) => c.activeParameters ?? c.parameters;

/** Fits without each family, computed once per family (levels and power; the bands stay the full fit's). */
function leaveOneFamilyOutFits(cases: CalibrationCase[], full: CalibrationFit): Map<string, CalibrationFit> {
  const fits = new Map<string, CalibrationFit>();
  for (const family of new Set(cases.map((c) => c.family))) {
    const others = cases.filter((c) => c.family !== family);
    const energy = others.filter((c) => c.usedForEnergy && !c.notFitted);
    fits.set(family, {
      ...full,
      utilization: {
        ...fitUtilizationLevels(others),
        band: full.utilization.band,
        unbenchmarkedBand: full.utilization.unbenchmarkedBand,
      },
      power: { ...fitPower(energy), band: full.power.band },
    });
  }
  return fits;
}

/** The fit without this run's family, as an engine calibration override (the run predicted out of sample). */
function outOfSampleCalibration(c: CalibrationCase, run: Run, fit: CalibrationFit): Calibration {
  const accelerator = getAccelerator(c.accelerator);
  return {
    utilization: asRange(
      trainingUtilization(accelerator, activeParams(c), { mixtureOfExperts: c.mixtureOfExperts }, fit).entry,
    ),
    powerFractionOfTdp: powerFractionFor(c, run, fit),
  };
}

function powerFractionFor(c: CalibrationCase, run: Run, fit: CalibrationFit = FITTED_CALIBRATION): Range {
  const accelerator = getAccelerator(c.accelerator);
  return asRange(
    trainingPowerFraction(accelerator, activeParams(c), { rampAsLowEndOnly: !workFromParameters(run) }, fit).entry,
  );
}

/** The estimate on the published figure's basis, with its range. */
function likeForLike(c: CalibrationCase, run: Run, calibration?: Calibration): Range {
  const estimate = estimateRun(run, { calibration });
  if (c.energyBasis === 'facility') return estimate.energyKwh;
  // Accelerator energy = hours x TDP x power fraction (x PUE on that basis), spreads combined as the engine does.
  const accelerator = getAccelerator(c.accelerator);
  const fraction = calibration?.powerFractionOfTdp ?? powerFractionFor(c, run);
  const pue = c.energyBasis === 'accelerator-with-pue' ? c.pue! : 1;
  return product(estimate.acceleratorHours, fraction, exact((accelerator.tdpWatts.value / 1000) * pue));
}

const contains = (estimated: Range, published: number) =>
  estimated.low <= published * (1 + 1e-9) && published <= estimated.high * (1 + 1e-9);

function score(published: number, estimated: Range, leaveOneOut: Range): Scored {
  return {
    published,
    estimated,
    error: relativeError(estimated.value, published),
    inside: contains(estimated, published),
    leaveOneOut,
    leaveOneOutError: relativeError(leaveOneOut.value, published),
    leaveOneOutInside: contains(leaveOneOut, published),
  };
}

export function validate(cases: CalibrationCase[], fit: CalibrationFit = FITTED_CALIBRATION): ValidationResult {
  const lofo = leaveOneFamilyOutFits(cases, fit);
  const leaveOneOutCalibration = (c: CalibrationCase, run: Run) => outOfSampleCalibration(c, run, lofo.get(c.family)!);
  const hours = cases
    .filter((c) => c.usedForHours)
    .map((c): HoursRow => {
      const estimated = estimateRun(hoursRun(c)).acceleratorHours;
      const loo = estimateRun(hoursRun(c), { calibration: leaveOneOutCalibration(c, hoursRun(c)) }).acceleratorHours;
      const accelerator = getAccelerator(c.accelerator);
      const literature =
        c.flops! /
        (peakThroughput(accelerator, c.precision).flopsPerSecond * UTILIZATION[accelerator.kind].value) /
        3600;
      return {
        case: c,
        ...score(c.publishedAcceleratorHours!, estimated, loo),
        literature,
        literatureError: relativeError(literature, c.publishedAcceleratorHours!),
      };
    });

  const energy = cases
    .filter((c) => c.usedForEnergy)
    .map((c): EnergyRow => {
      const estimated = likeForLike(c, energyRun(c));
      const loo = likeForLike(c, energyRun(c), leaveOneOutCalibration(c, energyRun(c)));
      const pue = c.energyBasis === 'accelerator' ? 1 : c.pue!;
      const tdpMethod = (c.publishedAcceleratorHours! * getAccelerator(c.accelerator).tdpWatts.value * pue) / 1000;
      return {
        case: c,
        basis: c.energyBasis!,
        ...score(c.publishedEnergyKwh!, estimated, loo),
        tdpMethod,
        tdpMethodError: relativeError(tdpMethod, c.publishedEnergyKwh!),
      };
    });

  const energyFromFlops = cases
    .filter((c) => c.usedForEnergyFromFlops)
    .map((c): EnergyFromFlopsRow => {
      const estimated = likeForLike(c, hoursRun(c));
      const loo = likeForLike(c, hoursRun(c), leaveOneOutCalibration(c, hoursRun(c)));
      const accelerator = getAccelerator(c.accelerator);
      const literatureHours =
        c.flops! /
        (peakThroughput(accelerator, c.precision).flopsPerSecond * UTILIZATION[accelerator.kind].value) /
        3600;
      const literature = likeForLike(
        c,
        {
          ...energyRun(c),
          hardware: { accelerator: c.accelerator, count: c.count, acceleratorHours: literatureHours },
        },
        {
          utilization: asRange(UTILIZATION[accelerator.kind]),
          powerFractionOfTdp: asRange(POWER_FRACTION_OF_TDP),
        },
      ).value;
      return {
        case: c,
        basis: c.energyBasis!,
        ...score(c.publishedEnergyKwh!, estimated, loo),
        literature,
        literatureError: relativeError(literature, c.publishedEnergyKwh!),
      };
    });

  return {
    hours,
    energy,
    energyFromFlops,
    summary: {
      hours: summarise(
        hours.filter((row) => isHeadline(row.case)),
        hours.filter((row) => isHeadline(row.case)).map((row) => row.literatureError),
      ),
      energy: summarise(
        energy,
        energy.map((row) => row.tdpMethodError),
      ),
      energyFromFlops: summarise(
        energyFromFlops,
        energyFromFlops.map((row) => row.literatureError),
      ),
    },
  };
}

/** Rows the headline figures rest on: hours as published (tier A) for runs whose FLOPs count the work done. */
export const isHeadline = (c: CalibrationCase): boolean => c.tier === 'A' && !c.notFitted;

function summarise(rows: Scored[], baselineErrors: number[]): ModeSummary {
  const ratios = rows.map((row) => row.estimated.high / row.estimated.low);
  return {
    runs: rows.length,
    medianAbsError: medianAbs(rows.map((row) => row.error)),
    leaveOneOutMedianAbsError: medianAbs(rows.map((row) => row.leaveOneOutError)),
    coverage: rows.filter((row) => row.inside).length / rows.length,
    leaveOneOutCoverage: rows.filter((row) => row.leaveOneOutInside).length / rows.length,
    medianHighOverLow: median(ratios),
    maxHighOverLow: Math.max(...ratios),
    baselineMedianAbsError: medianAbs(baselineErrors),
  };
}
