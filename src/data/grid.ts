// Location-based grid carbon intensity (gCO2e/kWh) per cloud region, country (ISO 3166-1 alpha-2) and
// subdivision (ISO 3166-2, e.g. "US-CA"). Every factor names its dataset and data year.
import type { CloudProvider, GridRegion, Sourced } from './types.js';
import { closest } from '../util/suggest.js';
import type { Resolution } from './accelerators.js';
import { GCP_GRID_ROWS } from './grid-gcp.generated.js';
import { LOCATION_GRID_ROWS } from './grid-locations.generated.js';
import { AWS_REGION_LOCATIONS, AZURE_REGION_LOCATIONS, type RegionMapping } from './cloud-regions.js';

const DATASETS = {
  owid: 'Our World in Data carbon_intensity_elec (Ember, Energy Institute; CC-BY-4.0) as shipped in CodeCarbon global_energy_mix.json',
  'green-algorithms':
    'Green Algorithms CI_aggregated.csv (carbonfootprint.com March 2022 compilation of EPA eGRID / national inventories)',
} as const;
const DATASET_URLS: Record<keyof typeof DATASETS, string> = {
  owid: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
  'green-algorithms': 'https://github.com/GreenAlgorithms/green-algorithms-tool',
};
const GOOGLE_REGION_CARBON_URL = 'https://github.com/GoogleCloudPlatform/region-carbon-info';

const locations: GridRegion[] = LOCATION_GRID_ROWS.map(([code, name, value, year, dataset]) => ({
  id: code,
  name,
  country: code,
  intensityGPerKwh: { value, source: DATASETS[dataset], year, url: DATASET_URLS[dataset] },
}));
const LOCATION_BY_CODE = new Map(locations.map((location) => [location.id, location]));

const gcpRegions: GridRegion[] = GCP_GRID_ROWS.map(([region, name, country, value, cfe, year]) => ({
  id: `gcp:${region}`,
  name,
  provider: 'gcp',
  country,
  intensityGPerKwh: {
    value,
    year,
    url: GOOGLE_REGION_CARBON_URL,
    source: `Google Cloud region carbon data google-region-carbon-info_${year}.csv, location-based grid intensity (Google CFE ${Math.round(cfe * 100)} % is not applied)`,
  },
}));

const PROVIDER_NAMES: Record<CloudProvider, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

function mappedRegion(provider: CloudProvider, [region, name, code]: RegionMapping): GridRegion {
  const location = LOCATION_BY_CODE.get(code);
  if (!location) throw new Error(`${provider}:${region} maps to ${code}, which has no grid factor`);
  const factor: Sourced = {
    value: location.intensityGPerKwh.value,
    year: location.intensityGPerKwh.year,
    url: location.intensityGPerKwh.url,
    source: `${PROVIDER_NAMES[provider]} publishes no per-region grid data; ${region} (${name}) mapped to ${code} (${location.name}): ${location.intensityGPerKwh.source}`,
  };
  return { id: `${provider}:${region}`, name, provider, country: code, intensityGPerKwh: factor };
}

export const GRID_REGIONS: GridRegion[] = [
  ...gcpRegions,
  ...AWS_REGION_LOCATIONS.map((mapping) => mappedRegion('aws', mapping)),
  ...AZURE_REGION_LOCATIONS.map((mapping) => mappedRegion('azure', mapping)),
  ...locations,
];

/** Used when a run names no location: the world average, with the full range of real grids around it. */
export const WORLD_AVERAGE_INTENSITY = {
  value: 475,
  low: 30,
  high: 800,
  source:
    'IEA Global Energy & CO2 Status Report 2019 world average (as used by Green Algorithms and CodeCarbon); range spans real national grids',
  year: 2019,
  url: 'https://www.iea.org/reports/global-energy-co2-status-report-2019',
};

/** Lower-case, no spaces, "provider/region" or "provider region" as "provider:region" — so "AWS/us-east-1", "gcp us-central1", "azure:West Europe" and "fr" match. */
function locationKey(location: string): string {
  return location
    .trim()
    .toLowerCase()
    .replace(/^(aws|gcp|azure)\s*[\s/:]\s*/, '$1:')
    .replace(/\s+/g, '');
}

const BY_KEY = new Map<string, GridRegion>();
for (const region of GRID_REGIONS) BY_KEY.set(locationKey(region.id), region);
// Bare region names ("us-central1", "eastus") when only one provider uses them, then country/region names.
const bareNames = new Map<string, GridRegion[]>();
for (const region of GRID_REGIONS) {
  if (!region.provider) continue;
  const bare = locationKey(region.id.slice(region.provider.length + 1));
  bareNames.set(bare, [...(bareNames.get(bare) ?? []), region]);
}
for (const [bare, regions] of bareNames) if (regions.length === 1 && !BY_KEY.has(bare)) BY_KEY.set(bare, regions[0]!);
for (const location of locations)
  if (!BY_KEY.has(locationKey(location.name))) BY_KEY.set(locationKey(location.name), location);

/**
 * Codes people and tools write for a country that ISO 3166-1 alpha-2 spells otherwise: UK and EL (the EU's codes for
 * the United Kingdom and Greece), and alpha-3 codes (CodeCarbon's `country_iso_code`), per ISO 3166-1.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
  ...Object.fromEntries(
    (
      'ARE AE,ARG AR,AUS AU,AUT AT,BEL BE,BGD BD,BGR BG,BRA BR,CAN CA,CHE CH,CHL CL,CHN CN,COL CO,CZE CZ,DEU DE,' +
      'DNK DK,EGY EG,ESP ES,EST EE,FIN FI,FRA FR,GBR GB,GRC GR,HKG HK,HRV HR,HUN HU,IDN ID,IND IN,IRL IE,ISL IS,' +
      'ISR IL,ITA IT,JPN JP,KEN KE,KOR KR,LTU LT,LUX LU,LVA LV,MEX MX,MYS MY,NGA NG,NLD NL,NOR NO,NZL NZ,PAK PK,' +
      'PER PE,PHL PH,POL PL,PRT PT,QAT QA,ROU RO,RUS RU,SAU SA,SGP SG,SRB RS,SVK SK,SVN SI,SWE SE,THA TH,TUR TR,' +
      'TWN TW,UKR UA,URY UY,USA US,VNM VN,ZAF ZA'
    )
      .split(',')
      .map((pair) => pair.split(' ') as [string, string]),
  ),
};

function byKey(location: string): GridRegion | undefined {
  const trimmed = location.trim();
  const upper = trimmed.toUpperCase();
  const alias = Object.hasOwn(COUNTRY_ALIASES, upper) ? COUNTRY_ALIASES[upper] : undefined;
  return BY_KEY.get(locationKey(alias ?? trimmed));
}

/**
 * Accepts "gcp:us-central1", "GCP:US-CENTRAL1", "aws/us-east-1", "us-east-1", "fr", "FR", "UK", "DEU", "US-CA",
 * "France", and CodeCarbon's "USA/Iowa" (country, then region: the region when known, else the country).
 */
export function resolveLocation(location: string): Resolution<GridRegion> {
  const found = byKey(location);
  if (found) return { found };
  const [country, region] = location.split('/', 2).map((part) => part.trim());
  if (country && region !== undefined) {
    const inCountry = byKey(country);
    if (inCountry && !inCountry.provider) {
      const subdivision = byKey(region);
      return { found: subdivision && subdivision.country?.startsWith(`${inCountry.id}-`) ? subdivision : inCountry };
    }
  }
  return { suggestions: suggestLocations(location) };
}

/** Normalized region id or location name -> region id, built once: suggestions run on every unknown location. */
let suggestionIndex: Map<string, string> | undefined;

/** Up to three region ids whose id or name is close to `location`, best first. */
function suggestLocations(location: string): string[] {
  if (!suggestionIndex) {
    suggestionIndex = new Map();
    for (const region of GRID_REGIONS) {
      const labels = region.provider ? [region.id] : [region.id, region.name];
      for (const label of labels)
        if (!suggestionIndex.has(locationKey(label))) suggestionIndex.set(locationKey(label), region.id);
    }
  }
  const ids: string[] = [];
  for (const key of closest(locationKey(location.trim()), [...suggestionIndex.keys()], 50, (text) => text)) {
    const id = suggestionIndex.get(key)!;
    if (!ids.includes(id)) ids.push(id);
    if (ids.length === 3) break;
  }
  return ids;
}

export function regionsOf(provider: CloudProvider): GridRegion[] {
  return GRID_REGIONS.filter((region) => region.provider === provider);
}
