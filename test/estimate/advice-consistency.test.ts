// Advice is counterfactual: applying any technique's transform to the manifest and re-running compare gives the
// saving the advice quoted; hardware moves never promise more than the datasheet FLOP/s per watt allows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../../src/advice/all-techniques.js';
import { evaluate } from '../../src/advice/evaluate.js';
import { compareEstimates } from '../../src/compare/compare.js';
import { getAccelerator } from '../../src/data/accelerators.js';
import { estimateManifest, estimateRun } from '../../src/estimate/estimate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Manifest } from '../../src/manifest/types.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const manifestAt = (path: string): Manifest => {
  const { manifest, problems } = parseManifest(readFileSync(resolve(repoRoot, path), 'utf8'), path);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return manifest!;
};
const inline = (yaml: string): Manifest => parseManifest(`version: 1\n${yaml}`, 'inline.yml').manifest!;

const MANIFESTS: Array<[string, Manifest]> = [
  ['example base', manifestAt('fixtures/example/base/ml-carbon.yml')],
  ['example head', manifestAt('fixtures/example/head/ml-carbon.yml')],
  [
    'cloud runs that hardware and precision advice apply to',
    inline(`runs:
  - id: a100-azure
    model: { parameters: 7B }
    training: { tokens: 20B, precision: bf16, method: full }
    hardware: { accelerator: A100-SXM4-80GB, count: 64 }
    location: azure:westeurope
    inference: { tokens_per_day: 50M, days: 90, accelerator: A100-SXM4-80GB, precision: bf16 }
  - id: h100-gcp-hours
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: H100, count: 8, hours: 40 }
    location: gcp:us-central1
  - id: v100-aws-fp32
    model: { parameters: 300M }
    training: { tokens: 5B, precision: fp32, method: full }
    hardware: { accelerator: V100, count: 8 }
    location: aws:us-east-1
`),
  ],
];

describe.each(MANIFESTS)('every technique on %s', (_, manifest) => {
  const before = estimateManifest(manifest);
  const proposals = manifest.runs.flatMap((run, index) =>
    TECHNIQUES.map((technique) => ({ run, index, technique, proposal: technique.propose(run, (r) => estimateRun(r)) }))
      .filter((option) => option.proposal !== undefined)
      .map((option) => ({ ...option, proposal: option.proposal! })),
  );

  it('has advice to check', () => expect(proposals.length).toBeGreaterThan(0));

  it.runIf(manifest.file === 'inline.yml')('includes hardware, precision and recipe moves', () => {
    const ids = new Set(proposals.map((p) => p.technique.id));
    for (const id of ['efficient-accelerator', 'mixed-precision', 'lora']) expect([...ids]).toContain(id);
  });

  it('quotes the saving that re-running compare on the transformed manifest gives', () => {
    for (const { run, index, technique, proposal } of proposals) {
      const advice = evaluate(technique, proposal, (r) => estimateRun(r), estimateRun(run));
      const transformed = { ...manifest, runs: manifest.runs.map((r, i) => (i === index ? proposal.transformed : r)) };
      const comparison = compareEstimates(before, estimateManifest(transformed));
      const row = comparison.runs.find((r) => r.id === run.id)!;
      const label = `${technique.id} on ${run.id}`;
      expect(-row.deltaCo2eKg, label).toBeCloseTo(advice.savingCo2eKg + advice.oneTimeCo2eKg, 6);
    }
  });

  it('never saves more accelerator energy than the datasheet FLOP/s per watt allows on a hardware move', () => {
    for (const { run, technique, proposal } of proposals.filter((p) => p.technique.id === 'efficient-accelerator')) {
      const from = getAccelerator(run.hardware.accelerator);
      const to = getAccelerator(proposal.transformed.hardware.accelerator);
      const precision = run.training?.precision ?? 'bf16';
      const ratio =
        to.peakTflops.value[precision]! / to.tdpWatts.value / (from.peakTflops.value[precision]! / from.tdpWatts.value);
      const saving =
        1 -
        estimateRun(proposal.transformed).breakdown.acceleratorKwh.value /
          estimateRun(run).breakdown.acceleratorKwh.value;
      expect(saving, `${technique.id} on ${run.id}: ${from.id} -> ${to.id}`).toBeLessThanOrEqual(1 - 1 / ratio + 1e-9);
    }
  });
});
