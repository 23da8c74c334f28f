// Where a run's electricity comes from: grid intensity and PUE, from the manifest or the location's defaults.
import { resolveLocation, WORLD_AVERAGE_INTENSITY } from '../data/grid.js';
import { INTENSITY_VINTAGE_SPREAD, PUE } from '../data/defaults.js';
import { FACILITY_PUE } from '../data/facility.js';
import type { CloudProvider } from '../data/types.js';
import type { Placement } from '../manifest/types.js';
import type { AssumptionLog } from './assumptions.js';
import { product, range } from './range.js';
import type { Range } from './types.js';

export interface ResolvedPlacement {
  /** gCO2e/kWh, location-based. */
  intensity: Range;
  pue: Range;
  provider?: CloudProvider;
}

export function resolvePlacement(placement: Placement, assumptions: AssumptionLog, notes: string[]): ResolvedPlacement {
  const region = placement.location ? resolveLocation(placement.location).found : undefined;

  let intensity: Range;
  if (placement.carbonIntensity !== undefined) {
    intensity = assumptions.given('grid carbon intensity', placement.carbonIntensity, 'gCO2e/kWh');
  } else if (region) {
    const entry = region.intensityGPerKwh;
    const spread = INTENSITY_VINTAGE_SPREAD;
    intensity = product(
      assumptions.fromTable(`grid carbon intensity ${region.id} (${region.name})`, entry, 'gCO2e/kWh'),
      range(1, spread.low, spread.high),
    );
    assumptions.fromDefault('year-to-year spread of grid intensity', spread, '×');
  } else {
    intensity = assumptions.fromDefault(
      'grid carbon intensity, world average (no location given)',
      WORLD_AVERAGE_INTENSITY,
      'gCO2e/kWh',
    );
    notes.push(
      'No location given: the world-average grid intensity is used, with a wide range. Set `location` for a sharper estimate.',
    );
  }

  let pue: Range;
  const facility = placement.facility ? FACILITY_PUE[placement.facility] : undefined;
  if (placement.pue !== undefined) pue = assumptions.given('PUE', placement.pue, '×');
  else if (region?.provider && placement.facility !== 'workstation' && placement.facility !== 'on-prem')
    pue = assumptions.fromDefault(`PUE of ${region.provider.toUpperCase()} data centres`, PUE[region.provider], '×');
  else if (facility) pue = assumptions.fromDefault(`PUE of ${facility.label}`, facility, '×');
  else {
    pue = assumptions.fromDefault('PUE of an unnamed data centre', PUE.unknown, '×');
    notes.push(
      `No facility given: the PUE of an average data centre (${PUE.unknown.value}) is assumed. Set \`facility\` (cloud, colocation, on-prem, workstation) or \`pue\`.`,
    );
  }

  return { intensity, pue, provider: region?.provider };
}
