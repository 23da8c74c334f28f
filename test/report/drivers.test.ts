// The "why" column: a changed run names the manifest fields that changed, in a reader's order.
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Run } from '../../src/manifest/types.js';
import { changeDrivers, fieldChanges } from '../../src/report/drivers.js';
import type { RunComparison } from '../../src/compare/types.js';
import type { RunEstimate } from '../../src/estimate/types.js';

function run(fields: string): Run {
  const { manifest, problems } = parseManifest(
    `version: 1\nruns:\n  - id: r\n${fields.replace(/^/gm, '    ')}\n`,
    'm.yml',
  );
  expect(problems).toEqual([]);
  return manifest!.runs[0]!;
}

const before = run(`model: { parameters: 1B }
training: { tokens: 100B, precision: fp32 }
hardware: { accelerator: A100, count: 8 }
location: gcp:us-central1`);

describe('the drivers of a change', () => {
  it('names tokens, precision, accelerator and region as "old → new"', () => {
    const after = run(`model: { parameters: 1B }
training: { tokens: 200B, precision: bf16 }
hardware: { accelerator: H100, count: 8 }
location: aws:us-east-1`);
    expect(fieldChanges(before, after, 5)).toEqual([
      'tokens 100B → 200B',
      'fp32 → bf16',
      'A100-SXM4-80GB → H100-SXM5-80GB',
      'region gcp:us-central1 → aws:us-east-1',
    ]);
  });

  it('keeps the cell short: three drivers, then a count', () => {
    const after = run(`model: { parameters: 2B }
training: { tokens: 200B, precision: bf16 }
hardware: { accelerator: H100, count: 16 }
location: aws:us-east-1`);
    expect(fieldChanges(before, after)).toEqual(['parameters 1B → 2B', 'tokens 100B → 200B', 'fp32 → bf16', '+3 more']);
  });

  it('says a measured log was added, and falls back to the defaults when no field moved', () => {
    const estimate = (basis: 'estimated' | 'measured', kg: number) =>
      ({ basis, co2eKg: { value: kg, low: kg, high: kg } }) as RunEstimate;
    const row = (base: RunEstimate, head: RunEstimate): RunComparison => ({
      id: 'r',
      change: 'changed',
      base,
      head,
      deltaCo2eKg: head.co2eKg.value - base.co2eKg.value,
      deltaPercent: null,
    });
    const inputs = { base: new Map([['r', before]]), head: new Map([['r', before]]) };
    expect(changeDrivers(row(estimate('estimated', 10), estimate('measured', 8)), inputs)).toEqual([
      'measured log added',
    ]);
    expect(changeDrivers(row(estimate('estimated', 10), estimate('estimated', 12)), inputs)).toEqual([
      'defaults or reference data changed',
    ]);
  });
});
