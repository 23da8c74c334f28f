// Derives the grid-intensity tables in src/data/*.generated.ts from public datasets:
//   - Google Cloud per-region grid intensity, newest year per region: GoogleCloudPlatform/region-carbon-info
//     data/yearly/<year>.csv (Apache-2.0), https://github.com/GoogleCloudPlatform/region-carbon-info
//   - country annual averages: Our World in Data carbon_intensity_elec (CC-BY-4.0), as shipped in CodeCarbon's
//     codecarbon/data/private_infra/global_energy_mix.json (MIT), https://github.com/mlco2/codecarbon; ISO alpha-3 ->
//     alpha-2 from carbontracker's carbontracker/data/carbon-intensities.csv (MIT), https://github.com/lfwa/carbontracker
//   - US states, Canadian provinces and Australian states: Green Algorithms data/latest/CI_aggregated.csv (CC-BY-4.0),
//     https://github.com/GreenAlgorithms/green-algorithms-tool
// Run: npm run derive:grid                    downloads the inputs below (pinned commits) into a temporary folder
//      npm run derive:grid -- --from <folder>  reads them from a folder holding the files under the names below
// The generated files are committed; `git diff src/data` after a run shows what changed upstream.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRows } from '../src/util/csv.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'src/data');

const raw = (repository: string, commit: string, file: string) =>
  `https://raw.githubusercontent.com/${repository}/${commit}/${file}`;
const GOOGLE = ['GoogleCloudPlatform/region-carbon-info', '49f3f26bfd682305e8d9b572fea1f811900421a9'] as const;
const GOOGLE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Local file name -> where it is published. */
const INPUTS: Record<string, string> = {
  ...Object.fromEntries(
    GOOGLE_YEARS.map((year) => [`google-region-carbon-info_${year}.csv`, raw(...GOOGLE, `data/yearly/${year}.csv`)]),
  ),
  'codecarbon_global_energy_mix.json': raw(
    'mlco2/codecarbon',
    'b05965e43b690cdc53787c7577adbe6e2caf4ed9',
    'codecarbon/data/private_infra/global_energy_mix.json',
  ),
  'carbontracker_carbon-intensities.csv': raw(
    'lfwa/carbontracker',
    '8beb2b9dc124f910deeef9aaae39c45a9b017ca5',
    'carbontracker/data/carbon-intensities.csv',
  ),
  'green-algorithms_CI_aggregated.csv': raw(
    'GreenAlgorithms/green-algorithms-tool',
    '30df2feead1c7f5db87a3d86ca1239470a0cd415',
    'data/latest/CI_aggregated.csv',
  ),
};

async function inputFolder(): Promise<string> {
  const from = process.argv.indexOf('--from');
  if (from > 0) return path.resolve(process.argv[from + 1] ?? '.');
  const folder = path.join(tmpdir(), 'ml-carbon-derive-grid');
  mkdirSync(folder, { recursive: true });
  for (const [name, url] of Object.entries(INPUTS)) {
    if (existsSync(path.join(folder, name))) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    writeFileSync(path.join(folder, name), Buffer.from(await response.arrayBuffer()));
  }
  return folder;
}

const dataDir = await inputFolder();

/** Rows of a CSV file (the project's reader), cells trimmed, blank lines left out. */
function parseCsv(text: string): string[][] {
  return parseCsvRows(text)
    .filter((row) => row.length > 1 || row[0]!.trim() !== '')
    .map((row) => row.map((cell) => cell.trim()));
}

const read = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
const round = (value: number) => Math.round(value * 100) / 100;

// ---- Google Cloud -------------------------------------------------------------------------------------------------
// Country of each GCP region (Google's location column names the city).
const GCP_COUNTRY: Record<string, string> = {
  'africa-south1': 'ZA',
  'asia-east1': 'TW',
  'asia-east2': 'HK',
  'asia-northeast1': 'JP',
  'asia-northeast2': 'JP',
  'asia-northeast3': 'KR',
  'asia-south1': 'IN',
  'asia-south2': 'IN',
  'asia-southeast1': 'SG',
  'asia-southeast2': 'ID',
  'australia-southeast1': 'AU',
  'australia-southeast2': 'AU',
  'europe-central2': 'PL',
  'europe-north1': 'FI',
  'europe-north2': 'SE',
  'europe-southwest1': 'ES',
  'europe-west1': 'BE',
  'europe-west2': 'GB',
  'europe-west3': 'DE',
  'europe-west4': 'NL',
  'europe-west6': 'CH',
  'europe-west8': 'IT',
  'europe-west9': 'FR',
  'europe-west10': 'DE',
  'europe-west12': 'IT',
  'me-central1': 'QA',
  'me-central2': 'SA',
  'me-west1': 'IL',
  'northamerica-northeast1': 'CA',
  'northamerica-northeast2': 'CA',
  'northamerica-south1': 'MX',
  'southamerica-east1': 'BR',
  'southamerica-west1': 'CL',
  'us-central1': 'US',
  'us-central2': 'US',
  'us-east1': 'US',
  'us-east2': 'US',
  'us-east4': 'US',
  'us-east5': 'US',
  'us-south1': 'US',
  'us-west1': 'US',
  'us-west2': 'US',
  'us-west3': 'US',
  'us-west4': 'US',
};

interface GcpRow {
  region: string;
  name: string;
  country: string;
  value: number;
  cfe: number;
  year: number;
}

function deriveGcp(): GcpRow[] {
  const byRegion = new Map<string, GcpRow>();
  const files = GOOGLE_YEARS.map((year) => `google-region-carbon-info_${year}.csv`);
  for (const file of files) {
    const year = Number(file.match(/(\d{4})/)![1]);
    for (const [region, name, cfe, value] of parseCsv(read(file)).slice(1)) {
      const country = GCP_COUNTRY[region!];
      if (!country) throw new Error(`no country for GCP region ${region} (${file}): add it to GCP_COUNTRY`);
      byRegion.set(region!, { region: region!, name: name!, country, value: Number(value), cfe: Number(cfe), year });
    }
  }
  return [...byRegion.values()].sort((a, b) => a.region.localeCompare(b.region));
}

// ---- Countries ------------------------------------------------------------------------------------------------------
// ISO alpha-3 codes absent from carbontracker's alpha-2 table (ISO 3166-1).
const EXTRA_ALPHA2: Record<string, string> = {
  BOL: 'BO',
  BRN: 'BN',
  CIV: 'CI',
  COD: 'CD',
  CPV: 'CV',
  FLK: 'FK',
  IRN: 'IR',
  KOR: 'KR',
  LAO: 'LA',
  MDA: 'MD',
  PRK: 'KP',
  PSE: 'PS',
  REU: 'RE',
  RUS: 'RU',
  SHN: 'SH',
  SYR: 'SY',
  TLS: 'TL',
  TUR: 'TR',
  TWN: 'TW',
  TZA: 'TZ',
  VEN: 'VE',
  VGB: 'VG',
  VIR: 'VI',
  VNM: 'VN',
};

interface LocationRow {
  code: string;
  name: string;
  value: number;
  year: number;
  dataset: 'owid' | 'green-algorithms';
}

function deriveCountries(): LocationRow[] {
  const alpha2 = new Map<string, string>(Object.entries(EXTRA_ALPHA2));
  for (const [code2, , code3] of parseCsv(read('carbontracker_carbon-intensities.csv')).slice(1))
    alpha2.set(code3!, code2!);
  const mix = JSON.parse(read('codecarbon_global_energy_mix.json')) as Record<
    string,
    { carbon_intensity: number; country_name: string; year: number }
  >;
  return Object.entries(mix)
    .map(([code3, entry]) => {
      const code = alpha2.get(code3);
      if (!code) throw new Error(`no alpha-2 code for ${code3} (${entry.country_name}): add it to EXTRA_ALPHA2`);
      return {
        code,
        name: entry.country_name,
        value: round(entry.carbon_intensity),
        year: entry.year,
        dataset: 'owid' as const,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

// Green Algorithms codes that are not ISO 3166-2, and sub-grids folded into their state.
const SUBNATIONAL_CODE: Record<string, string | null> = {
  'CA-MT': 'CA-MB', // Manitoba is CA-MB in ISO 3166-2
  'AU-WA2': 'AU-WA', // South West Interconnected System (Perth), the state's main grid
  'AU-WA1': null, // North Western Interconnected System
  'AU-NT2': null, // Darwin-Katherine system; AU-NT already covers the territory
};

function deriveSubnational(): LocationRow[] {
  const rows = parseCsv(read('green-algorithms_CI_aggregated.csv')).slice(2);
  const result: LocationRow[] = [];
  for (const [location, , , regionName, intensity, type, source] of rows) {
    if (type !== 'Region' || !/^(US|CA|AU)-/.test(location!)) continue;
    const code = location! in SUBNATIONAL_CODE ? SUBNATIONAL_CODE[location!] : location!;
    if (!code) continue;
    const year = Number(source!.match(/data from (\d{4})/)?.[1]);
    if (!year) throw new Error(`no data year for ${location}`);
    result.push({
      code,
      name: regionName!.replace('Mississip', 'Mississippi'),
      value: Number(intensity),
      year,
      dataset: 'green-algorithms',
    });
  }
  return result.sort((a, b) => a.code.localeCompare(b.code));
}

// ---- Output ---------------------------------------------------------------------------------------------------------
const header = (what: string) =>
  `// GENERATED by scripts/derive-grid.ts (npm run derive:grid) from ${what}. Do not edit by hand; rerun the script.\n`;

const gcp = deriveGcp();
writeFileSync(
  path.join(outDir, 'grid-gcp.generated.ts'),
  `${header('https://github.com/GoogleCloudPlatform/region-carbon-info data/yearly/<year>.csv')}
/** [region, location, ISO country, gCO2e/kWh, Google CFE share, data year] — newest year Google published per region. */
export const GCP_GRID_ROWS: ReadonlyArray<readonly [string, string, string, number, number, number]> = [
${gcp.map((row) => `  [${JSON.stringify(row.region)}, ${JSON.stringify(row.name)}, '${row.country}', ${row.value}, ${row.cfe}, ${row.year}],`).join('\n')}
];
`,
);

const locations = [...deriveCountries(), ...deriveSubnational()];
writeFileSync(
  path.join(outDir, 'grid-locations.generated.ts'),
  `${header('Our World in Data via https://github.com/mlco2/codecarbon global_energy_mix.json, https://github.com/lfwa/carbontracker carbon-intensities.csv and https://github.com/GreenAlgorithms/green-algorithms-tool CI_aggregated.csv')}
/** [ISO 3166 code, name, gCO2e/kWh, data year, dataset]: countries (OWID) then US/CA/AU subdivisions (Green Algorithms). */
export const LOCATION_GRID_ROWS: ReadonlyArray<readonly [string, string, number, number, 'owid' | 'green-algorithms']> = [
${locations.map((row) => `  ['${row.code}', ${JSON.stringify(row.name)}, ${row.value}, ${row.year}, '${row.dataset}'],`).join('\n')}
];
`,
);

console.log(`GCP regions: ${gcp.length}; countries and subdivisions: ${locations.length}`);
