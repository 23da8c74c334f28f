// Advice is counterfactual: applying any technique's transform to the manifest and re-running compare gives the
// saving the advice quoted; hardware moves never promise more than the datasheet FLOP/s per watt allows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TECHNIQUES } from '../../src/advice/all-techniques.js';
import { evaluate } from '../../src/advice/evaluate.js';
import { compareEstimates } from '../../src/compare/compare.js';
import { getAccelerator } from '../../src/data/accelerators.js';
import { resolvePrecision, servingRate } from '../../src/estimate/precision.js';
import { estimateManifest, estimateRun } from '../../src/estimate/estimate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { formatNumber } from '../../src/util/format.js';
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
  - id: h100-fp8-candidate
    model: { parameters: 13B }
    training: { tokens: 100B, precision: bf16, method: full }
    hardware: { accelerator: H100, count: 64 }
    location: aws:us-east-1
  - id: domain-model-from-scratch
    model: { parameters: 1B }
    training: { tokens: 20B, precision: bf16, method: from_scratch, objective: domain-adapt }
    hardware: { accelerator: A100, count: 8 }
    location: gcp:us-central1
  - id: v100-bf16-asked
    model: { parameters: 1.1B }
    training: { tokens: 100B, precision: bf16 }
    hardware: { accelerator: V100, count: 64 }
    location: aws:us-east-1
  - id: t4-serving-no-precision
    model: { parameters: 350M }
    hardware: { accelerator: T4 }
    location: gcp:us-central1
    inference: { requests_per_day: 200K, tokens_per_request: 128, days: 90 }
`),
  ],
];

/** FLOP/s per watt of the precision that really runs on the card, as the engine costs it. */
const perWatt = (id: string, precision: Parameters<typeof resolvePrecision>[1], purpose: 'training' | 'serving') => {
  const accelerator = getAccelerator(id);
  const resolved = resolvePrecision(accelerator, precision, purpose);
  return (purpose === 'serving' ? servingRate(resolved) : resolved.flopsPerSecond) / accelerator.tdpWatts.value;
};
const proposedIds = new Set<string>();

describe.each(MANIFESTS)('every technique on %s', (_, manifest) => {
  const before = estimateManifest(manifest);
  const proposals = manifest.runs.flatMap((run, index) =>
    TECHNIQUES.map((technique) => ({ run, index, technique, proposal: technique.propose(run, (r) => estimateRun(r)) }))
      .filter((option) => option.proposal !== undefined)
      .map((option) => ({ ...option, proposal: option.proposal! })),
  );

  for (const { technique } of proposals) proposedIds.add(technique.id);

  it('has advice to check', () => expect(proposals.length).toBeGreaterThan(0));

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
    const moves = proposals.filter((p) => p.technique.group === 'hardware' || p.technique.group === 'serving-hardware');
    for (const { run, technique, proposal } of moves) {
      const serving = technique.group === 'serving-hardware';
      const kwh = (r: typeof run) =>
        serving
          ? estimateRun(r).inference!.breakdown.acceleratorKwh.value
          : estimateRun(r).breakdown.acceleratorKwh.value;
      const asked = serving
        ? (run.inference?.precision ?? (run.training?.precisionGiven ? run.training.precision : undefined))
        : run.training?.precisionGiven
          ? run.training.precision
          : undefined;
      const from = serving ? (run.inference?.accelerator ?? run.hardware.accelerator) : run.hardware.accelerator;
      const to = serving ? proposal.transformed.inference!.accelerator! : proposal.transformed.hardware.accelerator;
      const purpose = serving ? 'serving' : 'training';
      const ratio = perWatt(to, asked, purpose) / perWatt(from, asked, purpose);
      const saving = 1 - kwh(proposal.transformed) / kwh(run);
      expect(saving, `${technique.id} on ${run.id}: ${from} -> ${to}`).toBeLessThanOrEqual(1 - 1 / ratio + 1e-9);
      expect(proposal.detail, technique.id).toContain(`at most ${formatNumber((1 - 1 / ratio) * 100)}% less`);
    }
  });
});

describe('the property test', () => {
  it('exercises every technique on at least one manifest', () => {
    expect([...proposedIds].sort()).toEqual(TECHNIQUES.map((technique) => technique.id).sort());
  });
});

describe('a hardware move from a card that lacks the precision asked for', () => {
  // bf16 asked on V100 runs as fp16 at 125 TFLOP/s / 300 W = 0.417 TFLOP/s per W; B200 runs bf16 at 2,250 / 1,000 W =
  // 2.25: 5.4 x, so at most 1 - 1/5.4 = 81.5 % less accelerator energy (the V100 bf16 column, 15.7 TFLOP/s, gave 43 x
  // and a promised 97.7 % before).
  const [, manifest] = MANIFESTS[2]!;
  const run = manifest.runs.find((r) => r.id === 'v100-bf16-asked')!;
  const technique = TECHNIQUES.find((t) => t.id === 'efficient-accelerator')!;
  const proposal = technique.propose(run, (r) => estimateRun(r))!;

  it('compares FLOP/s per watt at the precision each card runs, and says which', () => {
    expect(proposal.transformed.hardware.accelerator).toBe('B200');
    expect(proposal.detail).toContain(
      '5.4× the FLOP/s per watt of V100-SXM2-32GB (bf16 on B200, fp16 on V100-SXM2-32GB',
    );
    expect(proposal.detail).toContain('at most 81.5% less accelerator energy');
  });

  it('saves no more accelerator energy than that bound', () => {
    const before = estimateRun(run).breakdown.acceleratorKwh.value;
    const after = estimateRun(proposal.transformed).breakdown.acceleratorKwh.value;
    expect(1 - after / before).toBeLessThanOrEqual(1 - 1 / 5.4 + 1e-9);
  });
});
