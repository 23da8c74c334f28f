import { describe, expect, it } from 'vitest';
import * as defaults from '../../src/data/defaults.js';
import type { SourcedRange } from '../../src/data/types.js';

function sourcedRanges(
  value: unknown,
  name: string,
  out: Array<[string, SourcedRange]> = [],
): Array<[string, SourcedRange]> {
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.value === 'number' && typeof record.low === 'number' && typeof record.high === 'number') {
      out.push([name, record as unknown as SourcedRange]);
    } else {
      for (const [key, inner] of Object.entries(record)) sourcedRanges(inner, `${name}.${key}`, out);
    }
  }
  return out;
}

describe('engine defaults', () => {
  const ranges = sourcedRanges(defaults, 'defaults');

  it('finds the defaults it checks', () => {
    expect(ranges.map(([name]) => name)).toEqual(
      expect.arrayContaining(['defaults.PUE.gcp', 'defaults.PUE.unknown', 'defaults.HOST_EMBODIED_PER_ACCELERATOR_KG']),
    );
  });

  it('keeps every default inside its own range, with a source and year', () => {
    for (const [name, range] of ranges) {
      expect(range.low, name).toBeLessThanOrEqual(range.value);
      expect(range.high, name).toBeGreaterThanOrEqual(range.value);
      expect(range.source.length, name).toBeGreaterThan(20);
      expect(range.year, name).toBeGreaterThanOrEqual(2019);
    }
  });

  it("uses the operators' reported fleet PUE and Uptime's survey average on premises", () => {
    // REFERENCE_DATA.md §3: GCP 1.10, AWS 1.15, Azure 1.18, Uptime 2024 1.56.
    expect(defaults.PUE.gcp.value).toBe(1.1);
    expect(defaults.PUE.aws.value).toBe(1.15);
    expect(defaults.PUE.azure.value).toBe(1.18);
    expect(defaults.PUE.unknown.value).toBe(1.56);
  });
});
