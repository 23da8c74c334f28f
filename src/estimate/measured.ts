// Measured logs -> a run's measured view, the run's figures on a measured basis, and the repository's observed
// utilization and power draw (calibration). Pure: the logs arrive as Measurements.
//
// Conventions:
// - Energy: of a run's logs, the measurement with the widest scope wins (facility > IT > accelerator); files of
//   that format are summed (several emissions.csv generations are distinct runs). Narrower energy from other
//   formats is not added (it is part of the wider figure).
// - Facility energy: CodeCarbon, carbontracker and eco2AI already include a PUE and are taken as they are;
//   nvidia-smi energy covers the boards only and gets the engine's host overhead and PUE (with their ranges).
// - CO2e: recomputed from the measured energy when the manifest sets a location or carbon_intensity (saying which);
//   otherwise the tool's own figure; otherwise the engine's default intensity. Embodied CO2e is never measured: the
//   estimate's embodied share is added so measured and estimated totals compare like for like.
// - Repeats: a log that holds one run stands for one repeat and is multiplied by `repeats`; a log holding several
//   runs is taken as the total.
import { getAccelerator } from '../data/accelerators.js';
import type { Accelerator, AssumptionUse } from '../data/types.js';
import type { MeasuredRun, Measurement } from '../logs/types.js';
import type { Manifest, Run } from '../manifest/types.js';
import { AssumptionLog } from './assumptions.js';
import { hostOverhead } from './energy-chain.js';
import { estimateRun, totalOf } from './estimate.js';
import { resolvePlacement } from './placement.js';
import { exact, product, range, sum } from './range.js';
import { peakThroughput } from './throughput.js';
import { trainingFlops, type Calibration } from './training.js';
import type { EnergyBreakdown, Estimate, MeasuredView, ObservedCalibration, Range, RunEstimate } from './types.js';
import { SECONDS_PER_HOUR, intensityGPerKwhOf, kgFromGrams } from '../util/units.js';

const SCOPE_RANK = { facility: 3, it: 2, accelerator: 1 } as const;
const TOOL_NAMES: Record<string, string> = {
  codecarbon: 'CodeCarbon',
  'nvidia-smi': 'nvidia-smi',
  'hf-trainer': 'the Hugging Face Trainer',
  'hf-model-card': 'the model card',
  carbontracker: 'carbontracker',
  eco2ai: 'eco2AI',
};

/** Applies a run's measurements to its estimate. Runs without usable measurements come back unchanged. */
export function applyMeasurements(estimate: RunEstimate, run: Run, measurements: Measurement[]): RunEstimate {
  const usable = measurements.filter((m) => m.format !== 'unknown');
  if (usable.length === 0) return estimate;
  const accelerator = getAccelerator(run.hardware.accelerator);
  const assumptions = new AssumptionLog();
  const notes: string[] = [];
  const placement = resolvePlacement(run, assumptions, notes);
  const contributions = new Map<Measurement, string[]>(usable.map((m) => [m, []]));
  const note = (m: Measurement, what: string) => contributions.get(m)!.push(what);

  // Energy: widest scope wins, summed within its format.
  const withEnergy = usable.filter((m) => m.energyKwh !== undefined && m.energyScope !== undefined);
  const widest = withEnergy.sort((a, b) => SCOPE_RANK[b.energyScope!] - SCOPE_RANK[a.energyScope!])[0];
  const energySources = widest
    ? withEnergy.filter((m) => m.format === widest.format && m.energyScope === widest.energyScope)
    : [];
  const merged = mergeRuns(energySources);
  const runsMeasured = merged ? merged.runs : energySources.reduce((total, m) => total + (m.runCount ?? 1), 0);
  const repeatFactor = run.repeats > 1 && energySources.length > 0 && runsMeasured === 1 ? run.repeats : 1;
  const newNotes: string[] = [];
  if (repeatFactor > 1) newNotes.push(`The log holds one run; it is taken as one of ${run.repeats} repeats.`);
  if (merged && merged.duplicates > 0)
    newNotes.push(`${merged.duplicates} run(s) appear in more than one log file; each is counted once.`);

  let energyKwh: Range | undefined;
  let energyNote: string | undefined;
  if (widest) {
    const kwh =
      (merged ? merged.energyKwh : energySources.reduce((total, m) => total + m.energyKwh!, 0)) * repeatFactor;
    const tool = TOOL_NAMES[widest.format] ?? widest.format;
    for (const m of energySources) note(m, 'energy');
    if (widest.energyScope === 'facility' || widest.pueIncluded) {
      energyKwh = exact(kwh);
      energyNote = `${tool} energy, PUE already included`;
    } else if (widest.energyScope === 'it') {
      energyKwh = product(exact(kwh), placement.pue);
      energyNote = `${tool} energy × PUE ${placement.pue.value}`;
    } else {
      energyKwh = product(exact(kwh), hostOverhead(assumptions), placement.pue);
      energyNote = `${tool} accelerator energy + host overhead × PUE ${placement.pue.value}, as in the estimate`;
    }
    const ignored = withEnergy.filter((m) => !energySources.includes(m));
    if (ignored.length)
      newNotes.push(
        `Energy of ${ignored.map((m) => m.file).join(', ')} not added: ${tool}'s figure already covers it.`,
      );
  }

  // Operational CO2e.
  const manifestPlacement = run.location !== undefined || run.carbonIntensity !== undefined;
  const summedCo2 = merged
    ? merged.co2eKg
    : energySources.every((m) => m.co2eKg !== undefined)
      ? energySources.reduce((t, m) => t + m.co2eKg!, 0)
      : undefined;
  const toolCo2 = energySources.length > 0 && summedCo2 !== undefined ? summedCo2 * repeatFactor : undefined;
  const cards = usable.filter((m) => m.format === 'hf-model-card' && m.co2eKg !== undefined);
  let operationalKg: Range | undefined;
  let intensityNote: string | undefined;
  const where = run.carbonIntensity !== undefined ? 'carbon_intensity in the manifest' : `the grid of ${run.location}`;
  if (energyKwh && manifestPlacement) {
    operationalKg = product(energyKwh, placement.intensity, exact(kgFromGrams(1)));
    intensityNote = `recomputed from the measured energy at ${round(placement.intensity.value)} gCO2e/kWh (${where})`;
  } else if (energyKwh && toolCo2 !== undefined) {
    operationalKg = exact(toolCo2);
    const toolIntensity = energyKwh.value > 0 ? intensityGPerKwhOf(toolCo2, energyKwh.value) : undefined;
    intensityNote = `as ${TOOL_NAMES[widest!.format]} computed it${toolIntensity ? ` (${round(toolIntensity)} gCO2e/kWh)` : ''}; set location to recompute`;
    for (const m of energySources) note(m, 'CO2e');
  } else if (energyKwh) {
    operationalKg = product(energyKwh, placement.intensity, exact(kgFromGrams(1)));
    intensityNote = `from the measured energy at the default ${round(placement.intensity.value)} gCO2e/kWh (no location given)`;
  } else if (cards.length > 0) {
    operationalKg = exact(cards.reduce((t, m) => t + m.co2eKg!, 0));
    intensityNote = 'as the model card reports it (co2_eq_emissions, grams)';
    for (const m of cards) note(m, 'CO2e');
    const implausible = implausibleCard(operationalKg.value, estimate.breakdown.operationalCo2eKg);
    if (implausible) newNotes.push(implausible);
  }

  // Duration, FLOPs, utilization, power.
  const trainer = usable.find((m) => m.format === 'hf-trainer' && m.durationHours !== undefined);
  const timed =
    trainer ??
    energySources.find((m) => m.durationHours !== undefined) ??
    usable.find((m) => m.durationHours !== undefined);
  const count = run.hardware.count;
  // A Trainer file covers one train() call, i.e. one repeat.
  const acceleratorHours = timed
    ? timed.durationHours! * count * (timed === trainer ? run.repeats : repeatFactor)
    : undefined;
  if (timed) note(timed, 'duration');
  const flops = trainer?.flops ?? usable.find((m) => m.flops !== undefined)?.flops;
  if (trainer?.flops !== undefined) note(trainer, 'FLOPs');
  const utilization = observedUtilization(run, accelerator, trainer, timed, flops);
  const powered =
    usable.find((m) => m.format === 'nvidia-smi' && m.averagePowerWatts !== undefined) ??
    usable.find((m) => m.averagePowerWatts !== undefined);
  const averagePowerWatts = powered?.averagePowerWatts;
  if (powered) note(powered, 'power draw');
  const powerFractionOfTdp =
    averagePowerWatts !== undefined ? averagePowerWatts / accelerator.tdpWatts.value : undefined;

  const counted = usable.find((m) => m.acceleratorCount !== undefined && m.format !== 'hf-model-card');
  if (counted && counted.acceleratorCount !== count && accelerator.kind !== 'cpu') {
    newNotes.push(`${counted.file} shows ${counted.acceleratorCount} accelerator(s); the manifest says ${count}.`);
  }

  // Without energy or CO2e, measured hours still beat hours derived from FLOPs and a guessed utilization.
  let base = estimate;
  if (!energyKwh && !operationalKg && acceleratorHours !== undefined && acceleratorHours > 0) {
    const perRepeatHours = acceleratorHours / run.repeats;
    base = estimateRun({
      ...run,
      hardware: { ...run.hardware, hours: perRepeatHours / count, acceleratorHours: undefined },
    });
    base = { ...base, id: estimate.id };
    newNotes.push(
      `Accelerator-hours from ${TOOL_NAMES[timed!.format]} (${round(perRepeatHours)} h per repeat) replace the estimate's.`,
    );
  }

  const embodied = base.breakdown.embodiedCo2eKg;
  const co2eKg = operationalKg ? sum(operationalKg, exact(embodied)) : undefined;
  const view: MeasuredView = {
    files: usable.map((m) => ({ file: m.file, format: m.format, contributed: contributions.get(m)! })),
    ...(energyKwh ? { energyKwh, energyNote: energyNote! } : {}),
    ...(co2eKg ? { co2eKg, intensityNote: intensityNote! } : {}),
    ...(acceleratorHours !== undefined ? { acceleratorHours } : {}),
    ...(flops !== undefined ? { flops } : {}),
    ...(utilization !== undefined ? { utilization } : {}),
    ...(averagePowerWatts !== undefined ? { averagePowerWatts, powerFractionOfTdp: powerFractionOfTdp! } : {}),
    estimated: { acceleratorHours: estimate.acceleratorHours, energyKwh: estimate.energyKwh, co2eKg: estimate.co2eKg },
    errorPercent: {
      ...errorOf('acceleratorHours', estimate.acceleratorHours.value, acceleratorHours),
      ...errorOf('energyKwh', estimate.energyKwh.value, energyKwh?.value),
      ...errorOf('co2eKg', estimate.co2eKg.value, co2eKg?.value),
    },
  };
  const measuredBasis = energyKwh !== undefined || co2eKg !== undefined;
  const measuredAssumptions = usable.flatMap((m) =>
    contributions
      .get(m)!
      .map((what) => measuredUse(m, what))
      .filter((use) => use !== undefined),
  );
  return {
    ...base,
    basis: measuredBasis ? 'measured' : base.basis,
    energyKwh: energyKwh ?? base.energyKwh,
    co2eKg: co2eKg ?? base.co2eKg,
    breakdown: measuredBasis
      ? {
          ...splitEnergy(
            base.breakdown,
            energyKwh?.value,
            widest?.energyScope === 'accelerator' ? widest.energyKwh! * repeatFactor : undefined,
          ),
          operationalCo2eKg: operationalKg?.value ?? base.breakdown.operationalCo2eKg,
        }
      : base.breakdown,
    ...(acceleratorHours !== undefined && measuredBasis ? { acceleratorHours: exact(acceleratorHours) } : {}),
    measured: view,
    assumptions: [
      ...base.assumptions,
      ...measuredAssumptions,
      ...assumptions.used.filter((use) => !base.assumptions.some((b) => b.name === use.name)),
    ],
    notes: [...base.notes, ...newNotes],
  };
}

/**
 * The breakdown of measured facility energy: board energy as measured when the log gives it, the rest in the
 * estimate's proportions (a whole-machine measurement cannot be split).
 */
function splitEnergy(
  estimated: EnergyBreakdown,
  facilityKwh: number | undefined,
  acceleratorKwh: number | undefined,
): EnergyBreakdown {
  if (facilityKwh === undefined) return estimated;
  const estimatedFacility = estimated.acceleratorKwh + estimated.hostKwh + estimated.facilityOverheadKwh;
  if (acceleratorKwh !== undefined) {
    const hostShare = estimated.acceleratorKwh > 0 ? estimated.hostKwh / estimated.acceleratorKwh : 0;
    const hostKwh = acceleratorKwh * hostShare;
    return { ...estimated, acceleratorKwh, hostKwh, facilityOverheadKwh: facilityKwh - acceleratorKwh - hostKwh };
  }
  const ratio = estimatedFacility > 0 ? facilityKwh / estimatedFacility : 0;
  return {
    ...estimated,
    acceleratorKwh: estimated.acceleratorKwh * ratio,
    hostKwh: estimated.hostKwh * ratio,
    facilityOverheadKwh: estimated.facilityOverheadKwh * ratio,
  };
}

/** Model cards often hold kg or tonnes in a field meant for grams: flag figures two orders of magnitude off the estimate. */
function implausibleCard(cardKg: number, estimatedKg: number): string | undefined {
  if (cardKg <= 0 || estimatedKg <= 0) return undefined;
  const ratio = cardKg / estimatedKg;
  if (ratio < 0.01)
    return `The model card's co2_eq_emissions is ${round(1 / ratio)}× below the estimate: the field is in grams; was kg entered?`;
  if (ratio > 100)
    return `The model card's co2_eq_emissions is ${round(ratio)}× above the estimate: check its unit (grams) and the manifest's hardware.`;
  return undefined;
}

function measuredUse(m: Measurement, what: string): AssumptionUse | undefined {
  const figure: Record<string, [number | undefined, string]> = {
    energy: [m.energyKwh, 'kWh'],
    CO2e: [m.co2eKg, 'kg CO2e'],
    duration: [m.durationHours, 'h'],
    FLOPs: [m.flops, 'FLOPs'],
    'power draw': [m.averagePowerWatts, 'W'],
  };
  const [value, unit] = figure[what] ?? [undefined, ''];
  if (value === undefined) return undefined;
  return { name: `measured ${what} (${m.file})`, value, unit, origin: 'measured', source: m.file, year: 0 };
}

/**
 * Several files of one tool, merged run by run: a run found in more than one file (a CodeCarbon backup generation,
 * a carbontracker 1.1.x session copied into an earlier file) counts once, with its longest (latest) record.
 */
function mergeRuns(
  sources: Measurement[],
): { energyKwh: number; co2eKg?: number; runs: number; duplicates: number } | undefined {
  if (sources.length < 2 || !sources.every((m) => m.runs)) return undefined;
  const byId = new Map<string, MeasuredRun>();
  let duplicates = 0;
  for (const record of sources.flatMap((m) => m.runs!)) {
    const previous = byId.get(record.id);
    if (previous) duplicates++;
    if (!previous || record.durationHours >= previous.durationHours) byId.set(record.id, record);
  }
  const records = [...byId.values()];
  const co2Known = records.every((record) => record.co2eKg !== undefined);
  return {
    energyKwh: records.reduce((total, record) => total + record.energyKwh, 0),
    ...(co2Known ? { co2eKg: records.reduce((total, record) => total + record.co2eKg!, 0) } : {}),
    runs: records.length,
    duplicates,
  };
}

function observedUtilization(
  run: Run,
  accelerator: Accelerator,
  trainer: Measurement | undefined,
  timed: Measurement | undefined,
  flops: number | undefined,
): number | undefined {
  const precision = run.training?.precision ?? 'bf16';
  const peak = peakThroughput(accelerator, precision).flopsPerSecond;
  const count = run.hardware.count;
  if (trainer?.flops !== undefined && trainer.durationHours)
    return trainer.flops / (trainer.durationHours * SECONDS_PER_HOUR * count * peak);
  // Otherwise the manifest's FLOPs over a measured duration, when the log holds one run per repeat.
  const perRepeatFlops = flops ?? trainingFlops(run);
  const runsInLog = timed?.runCount ?? 1;
  if (timed?.durationHours && perRepeatFlops !== undefined && (runsInLog === run.repeats || runsInLog === 1)) {
    return (perRepeatFlops * runsInLog) / (timed.durationHours * SECONDS_PER_HOUR * count * peak);
  }
  return undefined;
}

function errorOf<K extends string>(key: K, estimated: number, measured: number | undefined): { [P in K]?: number } {
  if (measured === undefined || measured <= 0) return {};
  return { [key]: ((estimated - measured) / measured) * 100 } as { [P in K]?: number };
}

function round(value: number): string {
  return Number(value.toPrecision(3)).toString();
}

/** Observed utilization and power draw of the runs with logs. */
export function observeCalibration(runs: RunEstimate[]): ObservedCalibration | undefined {
  const measured = runs.filter((run) => run.measured);
  const utilizations = measured
    .map((run) => run.measured!.utilization)
    .filter((v): v is number => v !== undefined && v > 0 && v <= 1);
  const fractions = measured
    .map((run) => run.measured!.powerFractionOfTdp)
    .filter((v): v is number => v !== undefined && v > 0 && v <= 1.5);
  if (utilizations.length === 0 && fractions.length === 0) return undefined;
  const fromRuns = measured
    .filter((run) => (run.measured!.utilization ?? 0) > 0 || (run.measured!.powerFractionOfTdp ?? 0) > 0)
    .map((run) => run.id);
  return {
    fromRuns,
    ...(utilizations.length ? { utilization: meanRange(utilizations) } : {}),
    ...(fractions.length ? { powerFractionOfTdp: meanRange(fractions) } : {}),
    appliedTo: [],
  };
}

function meanRange(values: number[]): Range {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  // A loop, not Math.min(...values): a spread of many thousands of runs would overflow the stack.
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return range(mean, low, high);
}

function calibrationOf(observed: ObservedCalibration): Calibration {
  const parts = [
    observed.utilization ? `utilization ${percent(observed.utilization.value)}` : '',
    observed.powerFractionOfTdp ? `power ${percent(observed.powerFractionOfTdp.value)} of TDP` : '',
  ].filter(Boolean);
  return {
    ...(observed.utilization ? { utilization: observed.utilization } : {}),
    ...(observed.powerFractionOfTdp ? { powerFractionOfTdp: observed.powerFractionOfTdp } : {}),
    source: `Calibrated on this repository's measured runs (${observed.fromRuns.join(', ')}): ${parts.join(', ')}.`,
  };
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * The manifest's estimate with logs applied. `measurements` maps run ids to their logs. With
 * `defaults.calibrate: true`, runs without logs are estimated with the utilization and power observed in the others.
 */
export function estimateManifestWithLogs(
  manifest: Manifest,
  measurements: ReadonlyMap<string, Measurement[]>,
): Estimate {
  const measuredRuns = manifest.runs.map((run) => {
    const logs = measurements.get(run.id) ?? [];
    return { run, logs, estimate: applyMeasurements(estimateRun(run), run, logs) };
  });
  const observed = observeCalibration(measuredRuns.map((entry) => entry.estimate));
  const calibration = manifest.defaults.calibrate && observed ? calibrationOf(observed) : undefined;
  const runs = measuredRuns.map(({ run, estimate }) => {
    if (!calibration || estimate.measured) return estimate;
    observed!.appliedTo.push(run.id);
    return estimateRun(run, { calibration });
  });
  return { manifest: manifest.file, runs, total: totalOf(runs), ...(observed ? { calibration: observed } : {}) };
}
