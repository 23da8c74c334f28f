import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_REGIONS, regionsOf, resolveLocation } from '../../src/data/grid.js';
import { AWS_REGION_LOCATIONS, AZURE_REGION_LOCATIONS } from '../../src/data/cloud-regions.js';
import { sharedData } from '../support/shared-data.js';

const { path: dataDir, present: shared, reason } = sharedData('reference/data');

const intensityOf = (location: string) => resolveLocation(location).found?.intensityGPerKwh;

describe('grid intensity table', () => {
  it('gives every entry a positive intensity with dataset and data year', () => {
    for (const region of GRID_REGIONS) {
      expect(region.intensityGPerKwh.value, region.id).toBeGreaterThanOrEqual(0); // OWID: Central African Republic 0 (all hydro)
      expect(region.intensityGPerKwh.value, region.id).toBeLessThan(1400); // OWID: Turkmenistan 1,306 (gas, high losses)
      expect(region.intensityGPerKwh.source.length, region.id).toBeGreaterThan(20);
      expect(region.intensityGPerKwh.year, region.id).toBeGreaterThanOrEqual(region.id === 'EH' ? 2009 : 2018); // OWID's last Western Sahara year is 2009
      expect(region.intensityGPerKwh.year, region.id).toBeLessThanOrEqual(2025);
    }
    expect(new Set(GRID_REGIONS.map((r) => r.id)).size).toBe(GRID_REGIONS.length);
  });

  it("has Google Cloud regions from Google's 2024 file", () => {
    // REFERENCE_DATA.md §2.1 (2024): europe-north2 2.73, us-central1 412.72, asia-south1 678.76.
    expect(intensityOf('gcp:europe-north2')).toMatchObject({ value: 2.73, year: 2024 });
    expect(intensityOf('gcp:us-central1')).toMatchObject({ value: 412.72, year: 2024 });
    expect(intensityOf('gcp:asia-south1')?.value).toBe(678.76);
    expect(regionsOf('gcp').length).toBeGreaterThanOrEqual(40);
  });

  it('maps every AWS and Azure region to a country or state grid and says so', () => {
    expect(regionsOf('aws').length).toBe(AWS_REGION_LOCATIONS.length);
    expect(regionsOf('azure').length).toBe(AZURE_REGION_LOCATIONS.length);
    const virginia = intensityOf('US-VA')!;
    const usEast1 = intensityOf('aws:us-east-1')!;
    expect(usEast1.value).toBe(virginia.value);
    expect(usEast1.source).toMatch(/mapped to US-VA/);
    expect(intensityOf('azure:westeurope')?.value).toBe(intensityOf('NL')?.value);
    expect(intensityOf('aws:eu-north-1')?.source).toMatch(/mapped to SE/);
  });

  it('has countries by ISO alpha-2 and US/Canadian/Australian subdivisions', () => {
    const countries = GRID_REGIONS.filter((r) => !r.provider && /^[A-Z]{2}$/.test(r.id));
    expect(countries.length).toBeGreaterThanOrEqual(200);
    // REFERENCE_DATA.md §2.3 (OWID 2023): France 56.0, United States 369.5, India 713.4 g/kWh.
    expect(intensityOf('FR')?.value).toBeCloseTo(56.0, 0);
    expect(intensityOf('US')?.value).toBeCloseTo(369.5, 0);
    expect(intensityOf('IN')?.value).toBeCloseTo(713.4, 0);
    expect(intensityOf('US-CA')).toMatchObject({ value: 216.43, year: 2020 });
    expect(intensityOf('CA-QC')?.value).toBe(1.5);
    expect(intensityOf('CA-MB')?.value).toBe(1.3); // Green Algorithms spells Manitoba "CA-MT"
    expect(intensityOf('AU-NSW')?.value).toBe(870);
  });
});

describe('resolveLocation', () => {
  it('accepts the spellings people write', () => {
    expect(resolveLocation('GCP:US-CENTRAL1').found?.id).toBe('gcp:us-central1');
    expect(resolveLocation('aws/us-east-1').found?.id).toBe('aws:us-east-1');
    expect(resolveLocation('GCP us-central1').found?.id).toBe('gcp:us-central1');
    expect(resolveLocation('us-east-1').found?.id).toBe('aws:us-east-1');
    expect(resolveLocation('us-central1').found?.id).toBe('gcp:us-central1');
    expect(resolveLocation('azure:West Europe').found?.id).toBe('azure:westeurope');
    expect(resolveLocation('fr').found?.id).toBe('FR');
    expect(resolveLocation('France').found?.id).toBe('FR');
    expect(resolveLocation('us-ca').found?.id).toBe('US-CA');
  });

  it('suggests close ids and names for a typo', () => {
    const typo = resolveLocation('gcp:us-centrl1');
    expect(!typo.found && typo.suggestions[0]).toBe('gcp:us-central1');
    const country = resolveLocation('Germny');
    expect(!country.found && country.suggestions).toContain('DE');
  });
});

describe.skipIf(!shared)(`against the shared reference datasets${reason}`, () => {
  it("contains every GCP region of Google's newest file with its value", () => {
    const newest = readdirSync(dataDir)
      .filter((f) => /^google-region-carbon-info_\d{4}\.csv$/.test(f))
      .sort()
      .at(-1)!;
    const year = Number(newest.match(/\d{4}/)![0]);
    const rows = readFileSync(path.join(dataDir, newest), 'utf8').trim().split(/\r?\n/).slice(1);
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const [region, , , value] = row.split(',');
      expect(intensityOf(`gcp:${region}`), region).toMatchObject({ value: Number(value), year });
    }
  });

  it('contains every AWS and Azure region Cloud Carbon Footprint lists', () => {
    for (const [file, provider] of [
      ['ccf_grid-emissions-factors-aws.csv', 'aws'],
      ['ccf_grid-emissions-factors-azure.csv', 'azure'],
    ] as const) {
      const rows = readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/).slice(1);
      for (const row of rows) {
        const region = row.split(',')[0]!;
        const id = provider === 'azure' ? region.toLowerCase().replace(/\s+/g, '') : region;
        expect(resolveLocation(`${provider}:${id}`).found, `${provider}:${id}`).toBeDefined();
      }
    }
  });

  it('contains every country of the OWID extract that has an alpha-2 code', () => {
    const rows = readFileSync(path.join(dataDir, 'carbontracker_carbon-intensities.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    for (const row of rows) {
      const code = row.split(',')[0]!;
      expect(resolveLocation(code).found?.id, code).toBe(code);
    }
  });
});
