// When advice is worth a reviewer's attention, and how effort weighs against kilograms when ranking it. These are
// judgement calls, not measurements: each says why it is set where it is, with a source a reader can open.
import type { Sourced } from './types.js';

export interface Threshold extends Sourced {
  /** Why this value and not another. */
  rationale: string;
}

/**
 * Below this saving (kg CO2e) advice is not shown at all: one kilogram is about 4 km by car (US EPA), less than the
 * uncertainty of most estimates here, and no reviewer should move a job to another continent for it.
 */
export const MATERIAL_SAVING_KG: Threshold = {
  value: 1,
  rationale:
    'About 4 km driven by an average car; smaller than the spread of a typical estimate, so not worth a change of plan.',
  source: 'US EPA Greenhouse Gas Equivalencies Calculator (0.4 kg CO2e per mile for a passenger car)',
  year: 2023,
  url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator',
};

/**
 * Below this share of the pull request's CO2e, advice is not shown either. The GHG Protocol lets inventories leave
 * out sources up to about 5% in total when estimating them costs more than it tells; 2% per item keeps the bar lower
 * than that allowance while hiding noise in large PRs.
 */
export const MATERIAL_SAVING_SHARE: Threshold = {
  value: 0.02,
  rationale:
    'Kept below the GHG Protocol materiality allowance (~5% of an inventory may be excluded); smaller items are noise.',
  source: 'GHG Protocol Corporate Value Chain (Scope 3) Standard, section 6.3 (exclusions and materiality)',
  year: 2011,
  url: 'https://ghgprotocol.org/corporate-value-chain-scope-3-standard',
};

/**
 * Ranking weight per effort level: advice is ranked by kilograms × weight, so a low-effort change that saves 40 kg
 * ranks above a high-effort one that saves 100 kg. The ratios follow the ICE/RICE habit of dividing impact by effort in
 * person-time; one low-effort change (a flag, a region) takes about a day, medium a week or two, high a month or more.
 */
export const EFFORT_RANKING_WEIGHT: Record<'low' | 'medium' | 'high', number> & { rationale: string; url: string } = {
  low: 1,
  medium: 0.5,
  high: 0.25,
  rationale:
    'Impact divided by effort (RICE scoring); effort levels are roughly a day, one to two weeks, and a month or more.',
  url: 'https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/',
};

/**
 * fp8 training pays off on large matmuls only: the casts and scaling of the FP8 recipe cost a fixed share, and
 * GPT-2-sized models gain ~5-7% while 8B-parameter models gain ~25%. Below a billion parameters it is not advised.
 */
export const FP8_MIN_PARAMETERS: Threshold = {
  value: 1e9,
  rationale: 'Measured FP8 gains grow with model size: ~5-7% at GPT-2 scale, ~25% at Llama3-8B (torchao).',
  source: 'torchao float8 training results (PyTorch, 2025)',
  year: 2025,
  url: 'https://github.com/pytorch/ao/tree/main/torchao/float8',
};
