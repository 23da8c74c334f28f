// Log metadata exposed on the Measurement (for derived manifest inputs), read from the fixtures by hand.
import { describe, expect, it } from 'vitest';
import { readFixture, readText } from './helpers.js';

describe('log metadata on the Measurement', () => {
  it('CodeCarbon: country, region and empty cloud columns of the last kept row', async () => {
    // cc-3x fixture: country_iso_code FRA, region bretagne, cloud_provider and cloud_region empty, no gpu columns.
    const m = await readFixture('codecarbon/cc-3x-reordered-padded-crlf-nul.csv');
    expect(m.countryIsoCode).toBe('FRA');
    expect(m.region).toBe('bretagne');
    expect(m.location).toBe('FRA/bretagne');
    expect(m.cloudProvider).toBeUndefined();
    expect(m.gpuModel).toBeUndefined();
    expect(m.gpuCount).toBeUndefined();
  });

  it('CodeCarbon: gpu_model as written, gpu_count written as a float, cloud provider and region', async () => {
    const header =
      'timestamp,run_id,duration,emissions,energy_consumed,country_iso_code,region,cloud_provider,cloud_region,gpu_count,gpu_model';
    const row =
      '2025-01-01T00:00:10,0f0e0d0c-0b0a-4909-8807-060504030201,10,0.1,1,USA,oregon,gcp,us-west1,8.0,8 x NVIDIA H100';
    const m = await readText(`${header}\n${row}\n`);
    expect(m).toMatchObject({
      gpuModel: '8 x NVIDIA H100',
      gpuCount: 8,
      countryIsoCode: 'USA',
      region: 'oregon',
      cloudProvider: 'gcp',
      cloudRegion: 'us-west1',
      location: 'gcp:us-west1',
      acceleratorName: 'NVIDIA H100',
    });
  });

  it('nvidia-smi: the name column and the number of distinct indices', async () => {
    // units-2gpu-interleaved-na.csv: indices 0 and 1, both "NVIDIA A100-SXM4-80GB".
    const m = await readFixture('nvidia-smi/units-2gpu-interleaved-na.csv');
    expect(m.gpuModel).toBe('NVIDIA A100-SXM4-80GB');
    expect(m.gpuCount).toBe(2);
  });

  it('nvidia-smi without an id column gives no GPU count', async () => {
    const m = await readText(
      'timestamp, power.draw [W]\n2024/05/01 10:00:00.000, 100 W\n2024/05/01 10:00:01.000, 100 W\n',
    );
    expect(m.gpuCount).toBeUndefined();
  });
});
