// The Hugging Face model-card `co2_eq_emissions` block for one run: emissions in grams, where, on what, and how known.
// Field names follow https://huggingface.co/docs/hub/model-cards-co2.
import { stringify } from 'yaml';
import { getAccelerator } from '../data/accelerators.js';
import type { Accelerator } from '../data/types.js';
import { resolveLocation } from '../data/grid.js';
import type { RunEstimate } from '../estimate/types.js';
import type { Run, TrainingMethod } from '../manifest/types.js';
import { roundToSignificant } from './precision.js';

export interface Co2EqEmissions {
  /** Grams of CO2e, to three significant figures (the range is in the block's comment line). */
  emissions: number;
  source: string;
  training_type?: 'pre-training' | 'fine-tuning';
  geographical_location?: string;
  hardware_used: string;
}

const TRAINING_TYPES: Record<TrainingMethod, Co2EqEmissions['training_type']> = {
  from_scratch: 'pre-training',
  full: 'fine-tuning',
  lora: 'fine-tuning',
  qlora: 'fine-tuning',
};

export function geographicalLocation(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const region = resolveLocation(location).found;
  if (!region) return location;
  if (!region.provider) return region.name;
  return `${region.name}${region.country ? `, ${region.country}` : ''} (${region.id})`;
}

/**
 * "8 x NVIDIA A100 SXM4 80GB"; when the manifest gave no count (only accelerator-hours, say), the count is not
 * invented: "NVIDIA A100 SXM4 80GB, 288 accelerator-hours".
 */
export function hardwareUsed(acceleratorId: string, count: number | undefined, acceleratorHours?: number): string {
  let accelerator: Accelerator | undefined;
  try {
    accelerator = getAccelerator(acceleratorId);
  } catch {
    accelerator = undefined;
  }
  const name = accelerator ? accelerator.name : acceleratorId;
  const memory = accelerator?.memoryGb && !/\d\s*GB/i.test(name) ? ` ${accelerator.memoryGb}GB` : '';
  if (count !== undefined) return `${count} x ${name}${memory}`;
  const hours = acceleratorHours !== undefined ? `, ${roundToSignificant(acceleratorHours, 3)} accelerator-hours` : '';
  return `${name}${memory}${hours}`;
}

function sourceText(run: Run, estimate: RunEstimate, version: string): string {
  const tool = version ? `ml-carbon ${version}` : 'ml-carbon';
  if (estimate.basis === 'measured') {
    const logs = run.logs.map((log) => (log.format ? `${log.path} (${log.format})` : log.path)).join(', ');
    return `${tool}, measured${logs ? ` from ${logs}` : ''}`;
  }
  return `${tool} estimate from the training manifest (location-based grid intensity, PUE and embodied emissions included)`;
}

export function co2EqEmissions(run: Run, estimate: RunEstimate, version = ''): Co2EqEmissions {
  const trainingType = run.training?.method && TRAINING_TYPES[run.training.method];
  const location = geographicalLocation(estimate.location ?? run.location);
  // Key order follows the Hub's documentation, so the block reads like the examples there.
  return {
    // Three significant figures, as the PR comment and report write the same figure (2.47 kg -> 2470 g).
    emissions: roundToSignificant(estimate.co2eKg.value * 1000, 3),
    source: sourceText(run, estimate, version),
    ...(trainingType ? { training_type: trainingType } : {}),
    ...(location ? { geographical_location: location } : {}),
    hardware_used: hardwareUsed(
      estimate.accelerator,
      run.hardware.countAssumed ? undefined : estimate.acceleratorCount,
      estimate.acceleratorHours.value,
    ),
  };
}

/** The YAML to paste between the `---` lines of a model card's README.md, with the range as a comment. */
export function renderModelCardBlock(card: Co2EqEmissions, estimate: RunEstimate): string {
  const lowG = roundToSignificant(estimate.co2eKg.low * 1000, 2);
  const highG = roundToSignificant(estimate.co2eKg.high * 1000, 2);
  const comment = `# run "${estimate.id}": ${estimate.basis}, ${lowG}-${highG} g CO2e (low-high)\n`;
  return comment + stringify({ co2_eq_emissions: card }, { lineWidth: 0 });
}
