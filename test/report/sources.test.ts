import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from '../../src/data/accelerators.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import type { Run } from '../../src/manifest/types.js';

const run = (accelerator: string, location?: string): Run => ({
  id: `r-${accelerator}`,
  model: { parameters: 1e9 },
  training: { tokens: 1e10, precision: 'bf16', precisionGiven: true },
  hardware: { accelerator, count: 8 },
  location,
  repeats: 1,
  inference: { tokensPerDay: 1e8, days: 30 },
  logs: [],
});

describe('every default the report lists links to its source', () => {
  it.each(['gcp:us-central1', 'aws:eu-west-1', 'azure:westeurope', 'FR', undefined])(
    'with location %s, on every accelerator',
    (location) => {
      const unlinked = new Set<string>();
      for (const accelerator of ACCELERATORS) {
        for (const use of estimateRun(run(accelerator.id, location)).assumptions) {
          if (use.origin === 'default' && !use.url) unlinked.add(`${use.name}: ${use.source}`);
        }
      }
      expect([...unlinked]).toEqual([]);
    },
  );
});
