// Citations and embodied-carbon figures shared by the accelerator tables.
// Status markers in the source strings: V verified in the published text, D from a public data file,
// C read in a tool's source code, U unverified vendor/paper figure (provisional).
import type { SourcedRange } from './types.js';

export const NVIDIA_SPEC = 'NVIDIA datasheet figures via third-party copies of the spec tables (V)';
export const NVIDIA_SPEC_UNVERIFIED =
  'NVIDIA datasheet figures (U: datasheet not readable in stored text; provisional)';
export const GEFORCE_SPEC = 'NVIDIA GeForce/RTX specifications; tensor rates with FP32 accumulation as training uses';

/** Teads/CCF generic 150 kg per GPU card, spread from ECODIAG's 60 kg to the Boavizta-method H100 figure. */
export const GENERIC_CARD_EMBODIED: SourcedRange = {
  value: 150,
  low: 60,
  high: 575,
  source:
    'Teads/CCF generic GPU card 150 kg (C); range ECODIAG "powerful GPU" 60 kg (V) to Boavizta-method H100 SXM 575 kg',
  year: 2023,
  url: 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
};

const BOAVIZTA =
  'Bottom-up estimate with the Boavizta GPU model and factors (computed by ml-carbon from the published Boavizta factors, not verified by BoaviztAPI)';

/**
 * Totals computed by ml-carbon with Boavizta's published GPU model and impact factors
 * (https://github.com/Boavizta/boaviztapi): memory, die and the rest (board, casing, transport).
 */
const BOTTOM_UP = {
  h100Sxm80: { memoryKg: 431, memoryGb: 80, dieKg: 120, restKg: 25 },
  a100Sxm40: { memoryKg: 182, memoryGb: 40, dieKg: 77, restKg: 15 },
  a100Pcie40: { memoryKg: 182, memoryGb: 40, dieKg: 77, restKg: 17 },
  l4: { memoryKg: 93, memoryGb: 24, dieKg: 17, restKg: 4 },
} as const;

/**
 * Embodied carbon of a card from a bottom-up reference card, with the memory share scaled to this card's capacity
 * (memory dominates the Boavizta estimate). Low: Teads generic 150 kg; high: +30 % for the model's own spread.
 */
export function bottomUpEmbodied(reference: keyof typeof BOTTOM_UP, memoryGb: number): SourcedRange {
  const card = BOTTOM_UP[reference];
  const scaled = card.memoryGb !== memoryGb;
  const kg = Math.round(card.memoryKg * (memoryGb / card.memoryGb) + card.dieKg + card.restKg);
  return {
    value: kg,
    low: Math.min(150, kg),
    high: Math.round(kg * 1.3),
    source: scaled
      ? `${BOAVIZTA}, ${reference} reference card with memory scaled from ${card.memoryGb} GB to ${memoryGb} GB`
      : BOAVIZTA,
    year: 2025,
    url: 'https://doc.api.boavizta.org/Explanations/components/gpu/',
  };
}
