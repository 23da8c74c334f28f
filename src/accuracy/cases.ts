// Which published runs the calibration and validation use (rows of a calibration set kept outside the repository,
// each citing its publication: scripts/derive-calibration.ts lists them with URLs), and with what
// inputs: only what a user would know (parameters, tokens or FLOPs, accelerator, count, hours, stated PUE).
// The numbers come from the CSV; this file only chooses rows, bases and the inputs the CSV leaves implicit.
import { resolveAccelerator } from '../data/accelerators.js';
import type { Precision } from '../data/types.js';
import { leadingNumber } from './csv.js';

/** What the published energy covers, so estimates are compared like for like. */
export type EnergyBasis =
  | 'facility' // accelerators + host, x PUE (Patterson, Strubell, LLMCarbon)
  | 'accelerator' // accelerator energy only, no host, no PUE (Dodge et al. 2022)
  | 'accelerator-with-pue'; // accelerator energy x PUE, no host (OLMo development rows)

export interface CalibrationCase {
  id: string;
  model: string;
  source: string;
  /** Canonical accelerator id. */
  accelerator: string;
  count: number;
  precision: Precision;
  parameters: number;
  activeParameters?: number;
  /** Training FLOPs: stated by the source, or 6 x active parameters x tokens. */
  flops?: number;
  flopsOrigin?: 'stated' | '6ND';
  /** PUE stated by the source. */
  pue?: number;
  publishedAcceleratorHours?: number;
  publishedEnergyKwh?: number;
  energyBasis?: EnergyBasis;
  /** (a) accelerator-hours from FLOPs, hours withheld. */
  usedForHours: boolean;
  /** (b) energy from the published hours. */
  usedForEnergy: boolean;
  /** (c) energy from FLOPs when the source gives no hours: checks MFU and power together. */
  usedForEnergyFromFlops: boolean;
  /** Set when the run is validated but kept out of the fit, with the reason. */
  notFitted?: string;
  note?: string;
  /** Runs of one family share code and cluster: leave-one-family-out holds them out together. */
  family: string;
  /** A = hours as published; B = rounded, bounded or planned hours (validated as a check, not fitted). */
  tier: 'A' | 'B';
  /** What the published hours include (published_hours.csv `hours_basis`). */
  hoursBasis?: string;
  mixtureOfExperts: boolean;
}

export interface SkippedRow {
  id: string;
  reason: string;
}

interface Curation {
  /** Accelerator as a user would write it; resolved through the alias table. */
  accelerator: string;
  precision: Precision;
  hours?: boolean;
  energy?: EnergyBasis;
  /** Energy basis for a run with FLOPs and measured energy but no hours. */
  energyFromFlops?: EnergyBasis;
  flops?: number;
  parameters?: number;
  activeParameters?: number;
  /** PUE the source states in its text when the CSV's column is empty. */
  pue?: number;
  /** Why the run is validated but not fitted on: its FLOPs are known to miscount the work done. */
  notFitted?: string;
  note?: string;
}

// Parameter counts the CSV leaves out for Dodge et al.'s vision models, from the model papers.
const VIT = 'parameters from Dosovitskiy et al. 2021 (ViT-B/L) and Touvron et al. 2021 (DeiT-Ti/S)';
const DENSENET = 'parameters from Huang et al. 2017 (DenseNet)';
const DISTILLED =
  'pruned from Llama 3.1 8B and distilled from 8B/70B logits: 6·N·D of the student misses the pruning and teacher work';
const OLMO =
  'measured GPU energy; CO2 = MWh x intensity in the paper, so the stated PUE 1.2 is taken as folded in, as the development rows require';
// Strubell et al. 2019 §2: every model was trained on one Titan X to measure its draw (nvidia-smi for the GPU, RAPL for
// CPU and DRAM), then scaled by GPU count and the original paper's hours: PUE 1.58 x hours x (CPU + DRAM + count x GPU
// watts). So the power in these rows is a Titan X's, on the P100/V100 hours. Tesla P40 stands in for it (same GP102
// chip and 250 W board power); the one host's CPU + DRAM, shared by all the GPUs, is left out (a few % at 8 GPUs).
const STRUBELL_TITAN_X =
  "power measured on one Titan X (Strubell et al. 2019 §2), scaled to the original run's GPU count and hours; Tesla P40 (same GP102 chip, 250 W) stands in for it";
const PATTERSON_FLOPS = 'total FLOPs as stated in Patterson et al. 2021 Table 1/4 (notes column)';

const CURATED: Record<string, Curation> = {
  'pat21-t1-transformer-big-p100-usavg': {
    accelerator: 'P100',
    precision: 'fp16',
    hours: true,
    energy: 'facility',
    flops: 1.61e19,
    note: PATTERSON_FLOPS,
  },
  'pat21-t1-transformer-big-p100-iowa': {
    accelerator: 'P100',
    precision: 'fp16',
    energy: 'facility',
    note: 'same run as the US-average column; energy only (hours counted once)',
  },
  'pat21-t1-et-medium-p100-iowa': {
    accelerator: 'P100',
    precision: 'fp16',
    hours: true,
    energy: 'facility',
    flops: 1.03e19,
    note: PATTERSON_FLOPS,
  },
  'pat21-t1-transformer-big-tpuv2-iowa': {
    accelerator: 'TPU v2',
    precision: 'bf16',
    hours: true,
    energy: 'facility',
    flops: 1.61e19,
    note: PATTERSON_FLOPS,
  },
  'pat21-t1-et-medium-tpuv2-iowa': {
    accelerator: 'TPU v2',
    precision: 'bf16',
    hours: true,
    energy: 'facility',
    flops: 1.03e19,
    note: PATTERSON_FLOPS,
  },
  'pat21-t4-evolved-transformer-nas': {
    accelerator: 'TPU v2',
    precision: 'bf16',
    hours: true,
    energy: 'facility',
    flops: 2.91e21,
    note: PATTERSON_FLOPS,
  },
  'pat21-t4-gshard-600b': {
    accelerator: 'TPU v3',
    precision: 'bf16',
    hours: true,
    energy: 'facility',
    flops: 1.33e22,
    activeParameters: 619e9 * 0.0025,
    note: `${PATTERSON_FLOPS}; active parameters 0.25 % of 619 B`,
  },
  'str19-transformer-base': {
    accelerator: 'P40',
    precision: 'fp16',
    energy: 'accelerator-with-pue',
    note: STRUBELL_TITAN_X,
  },
  'str19-transformer-big': {
    accelerator: 'P40',
    precision: 'fp16',
    energy: 'accelerator-with-pue',
    note: STRUBELL_TITAN_X,
  },
  'str19-bert-base-v100': {
    accelerator: 'P40',
    precision: 'fp16',
    energy: 'accelerator-with-pue',
    note: `${STRUBELL_TITAN_X} (NVIDIA's 79.2 h on 64 V100)`,
  },
  'llama1-7b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama1-13b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama1-33b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama1-65b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama2-7b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama2-13b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama2-34b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama2-70b': { accelerator: 'A100 80GB', precision: 'bf16', hours: true },
  'llama3.1-8b': { accelerator: 'H100', precision: 'bf16', hours: true },
  'llama3.1-70b': { accelerator: 'H100', precision: 'bf16', hours: true },
  'llama3.2-1b': { accelerator: 'H100', precision: 'bf16', hours: true, notFitted: DISTILLED },
  'llama3.2-3b': { accelerator: 'H100', precision: 'bf16', hours: true, notFitted: DISTILLED },
  'flm-101b': {
    accelerator: 'A800',
    precision: 'bf16',
    hours: true,
    notFitted:
      'growth strategy: the model reached 101 B only in its last stage, so 6·N·D at 101 B overstates the FLOPs',
  },
  'llmcarbon-xlm': {
    accelerator: 'V100',
    precision: 'fp16',
    hours: true,
    energy: 'facility',
    note: 'average system power per device as tabulated by LLMCarbon',
  },
  'dodge22-bert-lm': { accelerator: 'V100', precision: 'fp16', energy: 'accelerator' },
  'dodge22-densenet121': {
    accelerator: 'P40',
    precision: 'fp32',
    energy: 'accelerator',
    parameters: 8.0e6,
    note: DENSENET,
  },
  'dodge22-densenet169': {
    accelerator: 'P40',
    precision: 'fp32',
    energy: 'accelerator',
    parameters: 14.1e6,
    note: DENSENET,
  },
  'dodge22-densenet201': {
    accelerator: 'P40',
    precision: 'fp32',
    energy: 'accelerator',
    parameters: 20.0e6,
    note: DENSENET,
  },
  'dodge22-vit-tiny': { accelerator: 'V100', precision: 'fp16', energy: 'accelerator', parameters: 5.7e6, note: VIT },
  'dodge22-vit-small': { accelerator: 'V100', precision: 'fp16', energy: 'accelerator', parameters: 22e6, note: VIT },
  'dodge22-vit-base': { accelerator: 'V100', precision: 'fp16', energy: 'accelerator', parameters: 86e6, note: VIT },
  'dodge22-vit-large': { accelerator: 'V100', precision: 'fp16', energy: 'accelerator', parameters: 307e6, note: VIT },
  'olmo-20m': { accelerator: 'H100', precision: 'bf16', energyFromFlops: 'accelerator-with-pue', pue: 1.2, note: OLMO },
  'olmo-60m': { accelerator: 'H100', precision: 'bf16', energyFromFlops: 'accelerator-with-pue', pue: 1.2, note: OLMO },
  'olmo-150m': {
    accelerator: 'H100',
    precision: 'bf16',
    energyFromFlops: 'accelerator-with-pue',
    pue: 1.2,
    note: OLMO,
  },
  'olmo-300m': {
    accelerator: 'H100',
    precision: 'bf16',
    energyFromFlops: 'accelerator-with-pue',
    pue: 1.2,
    note: OLMO,
  },
  'olmo-700m': {
    accelerator: 'H100',
    precision: 'bf16',
    energyFromFlops: 'accelerator-with-pue',
    pue: 1.2,
    note: OLMO,
  },
  'olmo-1b-3t': {
    accelerator: 'H100',
    precision: 'bf16',
    energyFromFlops: 'accelerator-with-pue',
    pue: 1.2,
    note: OLMO,
  },
  'olmo2-7b': { accelerator: 'H100', precision: 'bf16', energyFromFlops: 'accelerator-with-pue', pue: 1.2, note: OLMO },
  'olmoe-0924': {
    accelerator: 'H100',
    precision: 'bf16',
    energyFromFlops: 'accelerator-with-pue',
    pue: 1.2,
    note: OLMO,
  },
  'olmo-dev-sub1b': {
    accelerator: 'H100',
    precision: 'bf16',
    energy: 'accelerator-with-pue',
    parameters: 300e6,
    pue: 1.2,
    note: 'development runs of 20 M-700 M models; 300 M used as their size; PUE 1.2 as the paper states',
  },
  'olmo-dev-7b': { accelerator: 'H100', precision: 'bf16', energy: 'accelerator-with-pue', parameters: 7e9, pue: 1.2 },
  'olmo-dev-13b': {
    accelerator: 'H100',
    precision: 'bf16',
    energy: 'accelerator-with-pue',
    parameters: 13e9,
    pue: 1.2,
  },
  'olmo-dev-moe': {
    accelerator: 'H100',
    precision: 'bf16',
    energy: 'accelerator-with-pue',
    parameters: 7e9,
    activeParameters: 1e9,
    pue: 1.2,
  },
};

/** Rows not used, with the reason; rows with neither a curation nor a reason here get a generic reason. */
const EXCLUDED: Record<string, string> = {
  'str19-nas-p100': 'known bad: hypothetical replay ~88x too high (Patterson et al. 2021)',
  'llama3.3-70b': 'known bad: 12.9 t cannot follow from 7.0 M H100-hours at 700 W',
  'olmo2-13b': 'known bad: CO2e does not match the stated intensity and PUE',
  'str19-elmo': 'hardware ambiguous: table says 3 P100, text says 3 GTX 1080',
  'olmo-dev-total': 'sum of the other OLMo development rows (would count them twice)',
  'llama3.2-1b-qlora': 'no token count; energy is TDP-based, not measured',
  'llama3.2-3b-qlora': 'no token count; energy is TDP-based, not measured',
  'llama3.2-vision-11b': 'trained on image-text pairs: no token count for 6·N·D; energy TDP-based',
  'llama3.2-vision-90b': 'trained on image-text pairs: no token count for 6·N·D; energy TDP-based',
  'opt-175b-llama-recompute-std': 'no token count in the row; energy is a TDP-based recomputation',
  'opt-175b-llama-recompute-grid': 'no token count in the row; energy is a TDP-based recomputation',
};

const num = (cell: string | undefined) => leadingNumber(cell);

function publishedHours(row: Record<string, string>): number | undefined {
  const stated = num(row.accelerator_hours);
  if (stated !== undefined) return stated;
  const count = num(row.accelerator_count);
  const days = num(row.wall_clock_days);
  return count !== undefined && days !== undefined ? count * days * 24 : undefined;
}

/** Model family of a published_runs.csv row, from its id: one paper or model series per family. */
function familyOf(id: string): string {
  const prefixes: Array<[RegExp, string]> = [
    [/^pat21-/, 'patterson2021'],
    [/^str19-/, 'strubell2019'],
    [/^llama[12]-/, 'llama'],
    [/^llama3/, 'llama3'],
    [/^olmo/, 'olmo'],
    [/^dodge22-/, 'dodge2022'],
    [/^flm-/, 'flm'],
    [/^llmcarbon-/, 'xlm'],
  ];
  return prefixes.find(([pattern]) => pattern.test(id))?.[1] ?? id;
}

export function buildCases(records: Record<string, string>[]): { cases: CalibrationCase[]; skipped: SkippedRow[] } {
  const cases: CalibrationCase[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of records) {
    const id = row.id!;
    const curation = CURATED[id];
    if (!curation) {
      skipped.push({ id, reason: EXCLUDED[id] || genericReason(row) });
      continue;
    }
    const resolved = resolveAccelerator(curation.accelerator);
    if (!resolved.found) throw new Error(`calibration case ${id}: unknown accelerator ${curation.accelerator}`);
    const parameters = curation.parameters ?? (num(row.params_b) ?? NaN) * 1e9;
    const activeParameters =
      curation.activeParameters ??
      (num(row.active_params_b) !== undefined ? num(row.active_params_b)! * 1e9 : undefined);
    const tokens = num(row.tokens_b) !== undefined ? num(row.tokens_b)! * 1e9 : undefined;
    const flops = curation.flops ?? (tokens !== undefined ? 6 * (activeParameters ?? parameters) * tokens : undefined);
    const hours = publishedHours(row);
    const energyMwh = num(row.energy_mwh);
    const usedForHours = Boolean(curation.hours && flops !== undefined && hours !== undefined);
    const usedForEnergy = Boolean(curation.energy && hours !== undefined && energyMwh !== undefined);
    const usedForEnergyFromFlops = Boolean(curation.energyFromFlops && flops !== undefined && energyMwh !== undefined);
    if (!Number.isFinite(parameters) || (!usedForHours && !usedForEnergy && !usedForEnergyFromFlops)) {
      skipped.push({ id, reason: 'curated but lacking the figures it needs' });
      continue;
    }
    cases.push({
      id,
      model: row.model ?? id,
      source: `${row.source} — ${row.source_locator}`,
      accelerator: resolved.found.id,
      count: num(row.accelerator_count) ?? 1,
      precision: curation.precision,
      parameters,
      activeParameters,
      flops,
      flopsOrigin: curation.flops !== undefined ? 'stated' : flops !== undefined ? '6ND' : undefined,
      pue: num(row.pue) || curation.pue,
      publishedAcceleratorHours: hours,
      publishedEnergyKwh: energyMwh !== undefined ? energyMwh * 1000 : undefined,
      energyBasis: curation.energy ?? curation.energyFromFlops,
      usedForHours,
      usedForEnergy,
      usedForEnergyFromFlops,
      notFitted: curation.notFitted,
      note: curation.note,
      family: familyOf(id),
      tier: 'A',
      mixtureOfExperts: activeParameters !== undefined && activeParameters < parameters,
    });
  }
  return { cases, skipped };
}

function genericReason(row: Record<string, string>): string {
  const basis = `${row.power_basis ?? ''} ${row.energy_basis ?? ''}`.toLowerCase();
  const hasHours = publishedHours(row) !== undefined;
  const hasTokens = num(row.tokens_b) !== undefined;
  const hasParams = num(row.params_b) !== undefined;
  if (!hasHours && !hasTokens) return 'neither hours nor a token count';
  if (!hasHours) return 'no accelerator-hours to compare against';
  if (basis.includes('tdp'))
    return 'energy is TDP-based (an assumption, not a measurement) and no token count for the hours check';
  if (!hasParams || !hasTokens)
    return `hours, but no ${hasParams ? 'token' : 'parameter'} count for the hours check and no measured energy`;
  return 'not enough figures for either check';
}

const TIER_B_BASES = /upper bound|plan/i;

/**
 * Runs from published_hours.csv: whole runs whose authors published accelerator-hours for a known model size and token
 * count. Tier B rows (rounded, bounded or planned hours) are validated as checks but not fitted on.
 */
export function buildHoursCases(records: Record<string, string>[]): CalibrationCase[] {
  return records.map((row) => {
    const id = row.id!;
    const resolved = resolveAccelerator(row.hardware ?? '');
    if (!resolved.found) throw new Error(`calibration case ${id}: unknown accelerator ${row.hardware}`);
    const parameters = num(row.params_b)! * 1e9;
    const active = num(row.active_params_b);
    const activeParameters = active !== undefined ? active * 1e9 : undefined;
    const tokens = num(row.tokens_b)! * 1e9;
    const tier = row.tier === 'B' || TIER_B_BASES.test(row.hours_basis ?? '') ? 'B' : 'A';
    return {
      id,
      model: row.model ?? id,
      source: `${row.source} — ${row.source_locator}`,
      accelerator: resolved.found.id,
      count: num(row.accelerator_count) ?? 1,
      precision: (row.precision || 'bf16') as Precision,
      parameters,
      activeParameters,
      flops: 6 * (activeParameters ?? parameters) * tokens,
      flopsOrigin: '6ND',
      publishedAcceleratorHours: num(row.accelerator_hours),
      usedForHours: true,
      usedForEnergy: false,
      usedForEnergyFromFlops: false,
      note: row.notes || undefined,
      family: row.family || id,
      tier,
      hoursBasis: row.hours_basis,
      mixtureOfExperts: activeParameters !== undefined && activeParameters < parameters,
    };
  });
}
