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
import { exact, inverse, product, range, sum } from './range.js';
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

export function hostOverhead(assumptions: AssumptionLog): Range {
  const fraction = assumptions.fromDefault(
    'host overhead (CPU, memory, network) as a share of accelerator energy',
    HOST_OVERHEAD_FRACTION,
    '×',
  );
  return range(1 + fraction.value, 1 + fraction.low, 1 + fraction.high);
}

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
      acceleratorKwh: acceleratorKwh.value,
      hostKwh: itKwh.value - acceleratorKwh.value,
      facilityOverheadKwh: facilityKwh.value - itKwh.value,
      operationalCo2eKg: operationalKg.value,
      embodiedCo2eKg: embodiedKg.value,
    },
  };
}
