// Accelerator-hours -> accelerator, host and facility energy -> operational and embodied CO2e. Shared by training
// and inference.
import {
  EMBODIED_LIFETIME_YEARS,
  HOST_EMBODIED_PER_ACCELERATOR_KG,
  HOST_OVERHEAD_FRACTION,
  HOURS_PER_YEAR,
} from '../data/defaults.js';
import type { Accelerator } from '../data/types.js';
import type { AssumptionLog } from './assumptions.js';
import type { ResolvedPlacement } from './placement.js';
import { exact, inverse, product, range, scale, sum } from './range.js';
import type { EnergyBreakdown, Range } from './types.js';
import { kgFromGrams, kwhFromWattHours } from '../util/units.js';

export interface ChainResult {
  energyKwh: Range;
  co2eKg: Range;
  breakdown: EnergyBreakdown;
}

export interface ChainInput {
  acceleratorHours: Range;
  accelerator: Accelerator;
  /** Average draw of one accelerator, watts. */
  powerWatts: Range;
  placement: ResolvedPlacement;
}

function hostFraction(assumptions: AssumptionLog): Range {
  return assumptions.fromDefault(
    'host overhead (CPU, memory, network) as a share of accelerator energy',
    HOST_OVERHEAD_FRACTION,
    '×',
  );
}

export function hostOverhead(assumptions: AssumptionLog): Range {
  const fraction = hostFraction(assumptions);
  return range(1 + fraction.value, 1 + fraction.low, 1 + fraction.high);
}

/** x - 1 for a factor >= 1 (PUE -> overhead share), keeping its range. */
const excess = (factor: Range): Range => range(factor.value - 1, factor.low - 1, factor.high - 1);

/** Embodied kg CO2e carried by one accelerator-hour: (card + host share) / service life. */
export function embodiedPerAcceleratorHour(accelerator: Accelerator, assumptions: AssumptionLog): Range {
  const card = accelerator.embodiedKgCo2e;
  const cardKg = card ? assumptions.fromDefault(`embodied carbon of one ${accelerator.id}`, card, 'kg CO2e') : exact(0);
  const hostKg = assumptions.fromDefault(
    'embodied carbon of the host server per accelerator',
    HOST_EMBODIED_PER_ACCELERATOR_KG,
    'kg CO2e',
  );
  const lifetimeYears = assumptions.fromDefault(
    'service life over which embodied carbon is amortised',
    EMBODIED_LIFETIME_YEARS,
    'years',
  );
  return product(sum(cardKg, hostKg), inverse(lifetimeYears), exact(1 / HOURS_PER_YEAR));
}

export function energyChain(input: ChainInput, assumptions: AssumptionLog): ChainResult {
  const acceleratorKwh = product(input.acceleratorHours, input.powerWatts, exact(kwhFromWattHours(1)));
  const itKwh = product(acceleratorKwh, hostOverhead(assumptions));
  const facilityKwh = product(itKwh, input.placement.pue);
  const operationalKg = product(facilityKwh, input.placement.intensity, exact(kgFromGrams(1)));
  const embodiedKg = product(input.acceleratorHours, embodiedPerAcceleratorHour(input.accelerator, assumptions));
  return {
    energyKwh: facilityKwh,
    co2eKg: sum(operationalKg, embodiedKg),
    breakdown: {
      acceleratorKwh,
      hostKwh: product(acceleratorKwh, hostFraction(assumptions)),
      facilityOverheadKwh: product(itKwh, excess(input.placement.pue)),
      operationalCo2eKg: operationalKg,
      embodiedCo2eKg: embodiedKg,
    },
  };
}

export function scaleBreakdown(breakdown: EnergyBreakdown, by: number): EnergyBreakdown {
  return {
    acceleratorKwh: scale(breakdown.acceleratorKwh, by),
    hostKwh: scale(breakdown.hostKwh, by),
    facilityOverheadKwh: scale(breakdown.facilityOverheadKwh, by),
    operationalCo2eKg: scale(breakdown.operationalCo2eKg, by),
    embodiedCo2eKg: scale(breakdown.embodiedCo2eKg, by),
  };
}
