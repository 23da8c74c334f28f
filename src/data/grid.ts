// Location-based grid carbon intensity per cloud region and per country (gCO2e/kWh).
import type { CloudProvider, GridRegion } from './types.js';
import { closest } from '../util/suggest.js';
import type { Resolution } from './accelerators.js';

const GOOGLE_2024 = { source: 'Google Cloud region carbon data (google-region-carbon-info_2024.csv), grid intensity', year: 2024 };
const OWID_2023 = { source: 'Our World in Data carbon_intensity_elec (Ember, Energy Institute) via CodeCarbon global_energy_mix.json', year: 2023 };
const CCF_EGRID = { source: 'Cloud Carbon Footprint constants: EPA eGRID2020 NERC-region average', year: 2020 };
const CCF_EEA = { source: 'Cloud Carbon Footprint constants: European Environment Agency country average', year: 2020 };

const gcp = (region: string, name: string, country: string, value: number): GridRegion => ({
  id: `gcp:${region}`, name, provider: 'gcp', country, intensityGPerKwh: { value, ...GOOGLE_2024 },
});
const aws = (region: string, name: string, country: string, value: number, basis: typeof CCF_EGRID): GridRegion => ({
  id: `aws:${region}`, name, provider: 'aws', country, intensityGPerKwh: { value, ...basis },
});
const azure = (region: string, name: string, country: string, value: number, basis: typeof CCF_EGRID): GridRegion => ({
  id: `azure:${region}`, name, provider: 'azure', country, intensityGPerKwh: { value, ...basis },
});
const country = (code: string, name: string, value: number, year = OWID_2023.year): GridRegion => ({
  id: code, name, country: code, intensityGPerKwh: { value, source: OWID_2023.source, year },
});

export const GRID_REGIONS: GridRegion[] = [
  gcp('us-central1', 'Iowa', 'US', 412.72),
  gcp('us-east1', 'South Carolina', 'US', 575.77),
  gcp('us-east4', 'N. Virginia', 'US', 323.05),
  gcp('us-west1', 'Oregon', 'US', 79.23),
  gcp('europe-west1', 'Belgium', 'BE', 103.37),
  gcp('europe-west4', 'Eemshaven, Netherlands', 'NL', 208.81),
  gcp('europe-north1', 'Hamina, Finland', 'FI', 39.32),
  gcp('europe-west9', 'Paris', 'FR', 16.3),
  gcp('northamerica-northeast1', 'Montréal', 'CA', 5.48),
  gcp('asia-southeast1', 'Singapore', 'SG', 366.85),
  aws('us-east-1', 'N. Virginia', 'US', 379.1, CCF_EGRID),
  aws('us-east-2', 'Ohio', 'US', 410.6, CCF_EGRID),
  aws('us-west-2', 'Oregon', 'US', 322.2, CCF_EGRID),
  aws('eu-west-1', 'Ireland', 'IE', 278.6, CCF_EEA),
  aws('eu-central-1', 'Frankfurt', 'DE', 311, CCF_EEA),
  aws('eu-north-1', 'Stockholm', 'SE', 8.8, CCF_EEA),
  aws('eu-west-3', 'Paris', 'FR', 51.1, CCF_EEA),
  azure('eastus', 'East US', 'US', 379.1, CCF_EGRID),
  azure('westeurope', 'West Europe (Netherlands)', 'NL', 328.4, CCF_EEA),
  azure('swedencentral', 'Sweden Central', 'SE', 5.67, CCF_EEA),
  country('US', 'United States', 369.5),
  country('FR', 'France', 56.0),
  country('DE', 'Germany', 381.0),
  country('GB', 'United Kingdom', 237.6),
  country('SE', 'Sweden', 40.7),
  country('NO', 'Norway', 30.1),
  country('CA', 'Canada', 170.0),
  country('CN', 'China', 582.3),
  country('IN', 'India', 713.4),
  country('JP', 'Japan', 485.4),
];

/** Used when a run names no location: the world average, with the full range of real grids around it. */
export const WORLD_AVERAGE_INTENSITY = {
  value: 475, low: 30, high: 800,
  source: 'IEA Global Energy & CO2 Status Report 2019 world average (as used by Green Algorithms and CodeCarbon); range spans real national grids',
  year: 2019,
};

export const PROVIDERS: readonly CloudProvider[] = ['aws', 'gcp', 'azure'];

const BY_ID = new Map(GRID_REGIONS.map((region) => [region.id.toLowerCase(), region]));

/** Accepts "gcp:us-central1", "GCP:US-CENTRAL1", "fr", "FR". */
export function resolveLocation(location: string): Resolution<GridRegion> {
  const found = BY_ID.get(location.trim().toLowerCase());
  if (found) return { found };
  return { suggestions: closest(location.trim(), GRID_REGIONS.map((region) => region.id)) };
}

export function regionsOf(provider: CloudProvider): GridRegion[] {
  return GRID_REGIONS.filter((region) => region.provider === provider);
}
