// Measured logs -> a run's measured view, the run's figures on a measured basis, and the repository's observed
// utilization and power draw (calibration). Pure: the logs arrive as Measurements.
//
// Conventions:
// - Energy: of a run's logs, the measurement with the widest scope wins (facility > IT > accelerator); files of
//   that format are summed (several emissions.csv generations are distinct runs). Narrower energy from other
//   formats is not added (it is part of the wider figure).
// - Facility energy: carbontracker and eco2AI already include a PUE and are taken as they are; CodeCarbon too when
//   its pue column is above 1, but its default pue = 1.0 means no PUE was applied, so the run's PUE goes on top;
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
import type { RunEstimator } from './estimate-cache.js';
import { resolvePlacement, type ResolvedPlacement } from './placement.js';
import { exact, product, range, scale, sum } from './range.js';
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

/** What the logs hold for one run, sorted into the roles the view needs. */
interface RunLogs {
  run: Run;
  usable: Measurement[];
  contributions: Map<Measurement, string[]>;
  notes: string[];
}

const credit = (logs: RunLogs, m: Measurement, what: string) => logs.contributions.get(m)!.push(what);

interface MeasuredEnergy {
  energyKwh: Range;
  energyNote: string;
  widest: Measurement;
  sources: Measurement[];
  /** Multiplier for a log holding one run of several repeats. */
  repeatFactor: number;
  /** The tool's own CO2e for the same runs, kg, when every source gave one. */
  toolCo2eKg?: number;
  /** Board and whole-machine energy before PUE, kWh, when the tool measured them apart. */
  parts?: { acceleratorKwh: number; itKwh?: number };
}

/** Energy: the widest scope wins, summed within its format, made facility energy as the estimate's is. */
function measuredEnergy(
  logs: RunLogs,
  placement: ResolvedPlacement,
  assumptions: AssumptionLog,
): MeasuredEnergy | undefined {
  const withEnergy = logs.usable.filter((m) => m.energyKwh !== undefined && m.energyScope !== undefined);
  const widest = withEnergy.sort((a, b) => SCOPE_RANK[b.energyScope!] - SCOPE_RANK[a.energyScope!])[0];
  if (!widest) return undefined;
  const sources = withEnergy.filter((m) => m.format === widest.format && m.energyScope === widest.energyScope);
  const merged = mergeRuns(sources);
  const runsMeasured = merged ? merged.runs : sources.reduce((total, m) => total + (m.runCount ?? 1), 0);
  const { repeats } = logs.run;
  const repeatFactor = repeats > 1 && runsMeasured === 1 ? repeats : 1;
  if (repeatFactor > 1) logs.notes.push(`The log holds one run; it is taken as one of ${repeats} repeats.`);
  if (merged && merged.duplicates > 0)
    logs.notes.push(`${merged.duplicates} run(s) appear in more than one log file; each is counted once.`);

  const kwh = (merged ? merged.energyKwh : sources.reduce((total, m) => total + m.energyKwh!, 0)) * repeatFactor;
  for (const m of sources) credit(logs, m, 'energy');
  const tool = TOOL_NAMES[widest.format] ?? widest.format;
  const ignored = withEnergy.filter((m) => !sources.includes(m));
  if (ignored.length)
    logs.notes.push(
      `Energy of ${ignored.map((m) => m.file).join(', ')} not added: ${tool}'s figure already covers it.`,
    );
  const summedCo2 = merged
    ? merged.co2eKg
    : sources.every((m) => m.co2eKg !== undefined)
      ? sources.reduce((t, m) => t + m.co2eKg!, 0)
      : undefined;
  const parts = measuredParts(widest, sources, merged, kwh, repeatFactor);
  return {
    ...toFacilityEnergy(kwh, widest, tool, placement, assumptions),
    widest,
    sources,
    repeatFactor,
    ...(summedCo2 !== undefined ? { toolCo2eKg: summedCo2 * repeatFactor } : {}),
    ...(parts ? { parts } : {}),
  };
}

/**
 * What the logs measured of the breakdown: board energy from an accelerator-scope log, or board and whole-machine
 * energy from a tool that reports them apart (not when files repeat a run: their parts cannot be de-duplicated).
 */
function measuredParts(
  widest: Measurement,
  sources: Measurement[],
  merged: ReturnType<typeof mergeRuns>,
  kwh: number,
  repeatFactor: number,
): MeasuredEnergy['parts'] {
  if (widest.energyScope === 'accelerator') return { acceleratorKwh: kwh };
  if (merged?.duplicates || !sources.every((m) => m.parts)) return undefined;
  return {
    acceleratorKwh: sources.reduce((total, m) => total + m.parts!.acceleratorKwh, 0) * repeatFactor,
    itKwh: sources.reduce((total, m) => total + m.parts!.itKwh, 0) * repeatFactor,
  };
}

/**
 * A tool's energy on the estimate's facility basis. CodeCarbon writes pue = 1.0 unless told otherwise: that means no
 * PUE was applied, so the run's PUE goes on top (and the report says so).
 */
function toFacilityEnergy(
  kwh: number,
  widest: Measurement,
  tool: string,
  placement: ResolvedPlacement,
  assumptions: AssumptionLog,
): { energyKwh: Range; energyNote: string } {
  const pue = placement.pue.value;
  if (widest.toolPue !== undefined && widest.toolPue <= 1) {
    return {
      energyKwh: product(exact(kwh), placement.pue),
      energyNote: `${tool} energy × PUE ${pue}: its pue column is ${widest.toolPue}, so no PUE was applied`,
    };
  }
  if (widest.energyScope === 'facility' || widest.pueIncluded) {
    const applied = widest.toolPue !== undefined ? ` (PUE ${widest.toolPue} applied by ${tool})` : '';
    return { energyKwh: exact(kwh), energyNote: `${tool} energy, PUE already included${applied}` };
  }
  if (widest.energyScope === 'it')
    return { energyKwh: product(exact(kwh), placement.pue), energyNote: `${tool} energy × PUE ${pue}` };
  return {
    energyKwh: product(exact(kwh), hostOverhead(assumptions), placement.pue),
    energyNote: `${tool} accelerator energy + host overhead × PUE ${pue}, as in the estimate`,
  };
}

/** Operational CO2e: recomputed where the manifest says where the run was, else the tool's, else the card's. */
function measuredOperational(
  logs: RunLogs,
  energy: MeasuredEnergy | undefined,
  placement: ResolvedPlacement,
  estimate: RunEstimate,
): { operationalKg: Range; intensityNote: string } | undefined {
  const { run } = logs;
  const manifestPlacement = run.location !== undefined || run.carbonIntensity !== undefined;
  const where = run.carbonIntensity !== undefined ? 'carbon_intensity in the manifest' : `the grid of ${run.location}`;
  const fromEnergy = (kwh: Range) => product(kwh, placement.intensity, exact(kgFromGrams(1)));
  if (energy && manifestPlacement) {
    return {
      operationalKg: fromEnergy(energy.energyKwh),
      intensityNote: `recomputed from the measured energy at ${round(placement.intensity.value)} gCO2e/kWh (${where})`,
    };
  }
  if (energy && energy.toolCo2eKg !== undefined) {
    const kwh = energy.energyKwh.value;
    const toolIntensity = kwh > 0 ? intensityGPerKwhOf(energy.toolCo2eKg, kwh) : undefined;
    for (const m of energy.sources) credit(logs, m, 'CO2e');
    return {
      operationalKg: exact(energy.toolCo2eKg),
      intensityNote: `as ${TOOL_NAMES[energy.widest.format]} computed it${toolIntensity ? ` (${round(toolIntensity)} gCO2e/kWh)` : ''}; set location to recompute`,
    };
  }
  if (energy) {
    return {
      operationalKg: fromEnergy(energy.energyKwh),
      intensityNote: `from the measured energy at the default ${round(placement.intensity.value)} gCO2e/kWh (no location given)`,
    };
  }
  const cards = logs.usable.filter((m) => m.format === 'hf-model-card' && m.co2eKg !== undefined);
  if (cards.length === 0) return undefined;
  for (const m of cards) credit(logs, m, 'CO2e');
  const operationalKg = exact(cards.reduce((t, m) => t + m.co2eKg!, 0));
  const implausible = implausibleCard(operationalKg.value, estimate.breakdown.operationalCo2eKg.value);
  if (implausible) logs.notes.push(implausible);
  return { operationalKg, intensityNote: 'as the model card reports it (co2_eq_emissions, grams)' };
}

interface MeasuredActivity {
  timed?: Measurement;
  acceleratorHours?: number;
  flops?: number;
  utilization?: number;
  averagePowerWatts?: number;
  powerFractionOfTdp?: number;
}

/** Duration, FLOPs, utilization and power the logs show. */
function measuredActivity(
  logs: RunLogs,
  accelerator: Accelerator,
  energy: MeasuredEnergy | undefined,
): MeasuredActivity {
  const { run, usable } = logs;
  const trainer = usable.find((m) => m.format === 'hf-trainer' && m.durationHours !== undefined);
  const repeatFactor = energy?.repeatFactor ?? 1;
  const timed =
    trainer ??
    energy?.sources.find((m) => m.durationHours !== undefined) ??
    usable.find((m) => m.durationHours !== undefined);
  const count = run.hardware.count;
  // A Trainer file covers one train() call, i.e. one repeat.
  const acceleratorHours = timed
    ? timed.durationHours! * count * (timed === trainer ? run.repeats : repeatFactor)
    : undefined;
  if (timed) credit(logs, timed, 'duration');
  const flops = trainer?.flops ?? usable.find((m) => m.flops !== undefined)?.flops;
  if (trainer?.flops !== undefined) credit(logs, trainer, 'FLOPs');
  const powered =
    usable.find((m) => m.format === 'nvidia-smi' && m.averagePowerWatts !== undefined) ??
    usable.find((m) => m.averagePowerWatts !== undefined);
  if (powered) credit(logs, powered, 'power draw');
  const averagePowerWatts = powered?.averagePowerWatts;

  const counted = usable.find((m) => m.acceleratorCount !== undefined && m.format !== 'hf-model-card');
  if (counted && counted.acceleratorCount !== count && accelerator.kind !== 'cpu')
    logs.notes.push(`${counted.file} shows ${counted.acceleratorCount} accelerator(s); the manifest says ${count}.`);
  return {
    timed,
    acceleratorHours,
    flops,
    utilization: observedUtilization(run, accelerator, trainer, timed, flops),
    averagePowerWatts,
    powerFractionOfTdp: averagePowerWatts !== undefined ? averagePowerWatts / accelerator.tdpWatts.value : undefined,
  };
}

/** Without energy or CO2e, measured hours still beat hours derived from FLOPs and a guessed utilization. */
function withMeasuredHours(logs: RunLogs, estimate: RunEstimate, activity: MeasuredActivity): RunEstimate {
  const { run } = logs;
  const hours = activity.acceleratorHours;
  if (hours === undefined || hours <= 0) return estimate;
  const perRepeatHours = hours / run.repeats;
  const base = estimateRun({
    ...run,
    hardware: { ...run.hardware, hours: perRepeatHours / run.hardware.count, acceleratorHours: undefined },
  });
  logs.notes.push(
    `Accelerator-hours from ${TOOL_NAMES[activity.timed!.format]} (${round(perRepeatHours)} h per repeat) replace the estimate's.`,
  );
  return { ...base, id: estimate.id };
}

/** Applies a run's measurements to its estimate. Runs without usable measurements come back unchanged. */
export function applyMeasurements(estimate: RunEstimate, run: Run, measurements: Measurement[]): RunEstimate {
  const usable = measurements.filter((m) => m.format !== 'unknown');
  if (usable.length === 0) return estimate;
  const accelerator = getAccelerator(run.hardware.accelerator);
  const assumptions = new AssumptionLog();
  const placement = resolvePlacement(run, assumptions, []);
  const logs: RunLogs = { run, usable, contributions: new Map(usable.map((m) => [m, []])), notes: [] };

  const energy = measuredEnergy(logs, placement, assumptions);
  const operational = measuredOperational(logs, energy, placement, estimate);
  const activity = measuredActivity(logs, accelerator, energy);
  const base = energy || operational ? estimate : withMeasuredHours(logs, estimate, activity);
  const co2eKg = operational ? sum(operational.operationalKg, base.breakdown.embodiedCo2eKg) : undefined;

  const view: MeasuredView = {
    files: usable.map((m) => ({ file: m.file, format: m.format, contributed: logs.contributions.get(m)! })),
    ...(energy ? { energyKwh: energy.energyKwh, energyNote: energy.energyNote } : {}),
    ...(co2eKg ? { co2eKg, intensityNote: operational!.intensityNote } : {}),
    ...(activity.acceleratorHours !== undefined ? { acceleratorHours: activity.acceleratorHours } : {}),
    ...(activity.flops !== undefined ? { flops: activity.flops } : {}),
    ...(activity.utilization !== undefined ? { utilization: activity.utilization } : {}),
    ...(activity.averagePowerWatts !== undefined
      ? { averagePowerWatts: activity.averagePowerWatts, powerFractionOfTdp: activity.powerFractionOfTdp! }
      : {}),
    estimated: { acceleratorHours: estimate.acceleratorHours, energyKwh: estimate.energyKwh, co2eKg: estimate.co2eKg },
    errorPercent: {
      ...errorOf('acceleratorHours', estimate.acceleratorHours.value, activity.acceleratorHours),
      ...errorOf('energyKwh', estimate.energyKwh.value, energy?.energyKwh.value),
      ...errorOf('co2eKg', estimate.co2eKg.value, co2eKg?.value),
    },
  };
  const measuredBasis = energy !== undefined || co2eKg !== undefined;
  return {
    ...base,
    basis: measuredBasis ? 'measured' : base.basis,
    energyKwh: energy?.energyKwh ?? base.energyKwh,
    co2eKg: co2eKg ?? base.co2eKg,
    breakdown: measuredBasis
      ? {
          ...(energy ? splitEnergy(base.breakdown, energy.energyKwh, energy.parts) : base.breakdown),
          operationalCo2eKg: operational?.operationalKg ?? base.breakdown.operationalCo2eKg,
        }
      : base.breakdown,
    ...(activity.acceleratorHours !== undefined && measuredBasis
      ? { acceleratorHours: exact(activity.acceleratorHours) }
      : {}),
    measured: view,
    assumptions: [
      ...base.assumptions,
      ...usable.flatMap((m) =>
        logs.contributions
          .get(m)!
          .map((what) => measuredUse(m, what))
          .filter((use) => use !== undefined),
      ),
      ...assumptions.used.filter((use) => !base.assumptions.some((b) => b.name === use.name)),
    ],
    notes: [...base.notes, ...logs.notes],
  };
}

/**
 * The breakdown of measured facility energy. Parts the logs measured are taken as measured (boards; the whole
 * machine, leaving host = machine - boards and facility overhead = facility - machine); the rest is split in the
 * estimate's proportions (a whole-machine measurement cannot be split), and no part's range exceeds the measured total's.
 */
function splitEnergy(estimated: EnergyBreakdown, facilityKwh: Range, parts: MeasuredEnergy['parts']): EnergyBreakdown {
  const atLeastZero = (kwh: number) => Math.max(0, kwh);
  const within = (part: Range) => range(part.value, part.low, Math.min(part.high, facilityKwh.high));
  if (parts?.itKwh !== undefined) {
    const overhead = (facility: number) => atLeastZero(facility - parts.itKwh!);
    return {
      ...estimated,
      acceleratorKwh: exact(parts.acceleratorKwh),
      hostKwh: exact(atLeastZero(parts.itKwh - parts.acceleratorKwh)),
      facilityOverheadKwh: range(overhead(facilityKwh.value), overhead(facilityKwh.low), overhead(facilityKwh.high)),
    };
  }
  if (parts) {
    const { acceleratorKwh } = parts;
    const hostShare = estimated.acceleratorKwh.value > 0 ? acceleratorKwh / estimated.acceleratorKwh.value : 0;
    const hostKwh = within(scale(estimated.hostKwh, hostShare));
    const rest = (facility: number, host: number) => atLeastZero(facility - acceleratorKwh - host);
    return {
      ...estimated,
      acceleratorKwh: exact(acceleratorKwh),
      hostKwh,
      facilityOverheadKwh: range(
        rest(facilityKwh.value, hostKwh.value),
        rest(facilityKwh.low, hostKwh.high),
        rest(facilityKwh.high, hostKwh.low),
      ),
    };
  }
  const estimatedFacility =
    estimated.acceleratorKwh.value + estimated.hostKwh.value + estimated.facilityOverheadKwh.value;
  const ratio = estimatedFacility > 0 ? facilityKwh.value / estimatedFacility : 0;
  return {
    ...estimated,
    acceleratorKwh: within(scale(estimated.acceleratorKwh, ratio)),
    hostKwh: within(scale(estimated.hostKwh, ratio)),
    facilityOverheadKwh: within(scale(estimated.facilityOverheadKwh, ratio)),
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
  estimator: RunEstimator = estimateRun,
): Estimate {
  const measuredRuns = manifest.runs.map((run) => {
    const logs = measurements.get(run.id) ?? [];
    return { run, logs, estimate: applyMeasurements(estimator(run), run, logs) };
  });
  const observed = observeCalibration(measuredRuns.map((entry) => entry.estimate));
  const calibration = manifest.defaults.calibrate && observed ? calibrationOf(observed) : undefined;
  const runs = measuredRuns.map(({ run, estimate }) => {
    if (!calibration || estimate.measured) return estimate;
    observed!.appliedTo.push(run.id);
    return estimator(run, { calibration });
  });
  return { manifest: manifest.file, runs, total: totalOf(runs), ...(observed ? { calibration: observed } : {}) };
}
