import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advisePullRequest, attachAdvice, materialSavingKg, rankingScore } from '../../src/advice/advise.js';
import { estimateManifest } from '../../src/estimate/estimate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { localFiles } from '../../src/files/local.js';
import type { FileReader } from '../../src/util/file-reader.js';
import { analyze } from '../../src/pipeline.js';
import { formatKg } from '../../src/util/format.js';
import { formatShare, renderAdviceDetails, renderTopAdvice, shortSource } from '../../src/report/advice.js';

const repoRoot = resolve(import.meta.dirname, '../..');

const inMemory = (files: Record<string, string>): FileReader => ({
  readText: async (path) => files[path],
  openStream: () => undefined,
});

describe('the example fixture', async () => {
  const files = localFiles(repoRoot);
  const analysis = await analyze({
    base: { manifestPaths: ['fixtures/example/base/ml-carbon.yml'], files },
    head: { manifestPaths: ['fixtures/example/head/ml-carbon.yml'], files },
  });
  const byId = Object.fromEntries(analysis.json.head.runs.map((run) => [run.id, run]));

  it('lists every applicable piece of advice in the JSON, largest saving first', () => {
    for (const run of analysis.json.head.runs) {
      const savings = (run.advice ?? []).map((advice) => advice.savingCo2eKg);
      expect(savings).toEqual([...savings].sort((a, b) => b - a));
    }
    const sentiment = (byId['sentiment-bert-finetune']!.advice ?? []).map((advice) => advice.id);
    expect(sentiment).toEqual(
      expect.arrayContaining(['mixed-precision', 'early-stopping-sweep', 'int8-serving', 'lora', 'distillation']),
    );
    expect(sentiment).not.toContain('continued-pretraining');
    const gpt = (byId['domain-gpt-350m']!.advice ?? []).map((advice) => advice.id);
    // from_scratch without an objective is taken as base pre-training: no checkpoint to continue from. At 350M
    // parameters fp8 gains too little to advise (data/advice-applicability.ts).
    expect(gpt).toContain('compute-optimal-sizing');
    expect(gpt).not.toContain('continued-pretraining');
    expect(gpt).not.toContain('fp8-training');
    expect(gpt).not.toContain('mixed-precision');
    expect(gpt).not.toContain('int8-serving');
  });

  it('carries the public fields on each piece of advice', () => {
    const first = byId['sentiment-bert-finetune']!.advice![0]!;
    expect(first).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      savingCo2eKg: expect.any(Number),
      savingPercent: expect.any(Number),
      caveatId: expect.any(String),
    });
    const sourceId = first.evidenceIds[0]!;
    expect(analysis.json.sources.find((source) => source.id === sourceId)!.source.length).toBeGreaterThan(5);
  });

  it('puts the few biggest savings for the PR above the fold, each with kilograms, effort and caveat', () => {
    const fold = analysis.markdown.indexOf('<details>');
    const top = analysis.markdown.slice(analysis.markdown.indexOf('**💡 Biggest savings**'), fold);
    expect(analysis.markdown.indexOf('**💡 Biggest savings**')).toBeLessThan(fold);
    const items = top.split('\n').filter((line) => /^\d\. /.test(line));
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(3);
    for (const item of items)
      expect(item).toMatch(/: −[\d.]+\s(g|kg|t) \(\d+(\.\d+)?%\sof this PR\), (low|some|high) effort, on /u);
    // The same region move on two runs is one item, not a table per run.
    expect(items[0]).toContain('on 2 runs');
    expect(analysis.markdown).toMatch(/<details><summary>💡 All advice \(\d+ items\)/);
    expect(analysis.markdown).not.toContain('| # | Advice |');
  });
});

const manifestOf = (yaml: string) => {
  const { manifest, problems } = parseManifest(yaml, 'm.yml');
  expect(problems).toEqual([]);
  return manifest!;
};
const summaryOf = (yaml: string) => {
  const manifest = manifestOf(yaml);
  const estimate = attachAdvice(estimateManifest(manifest), manifest.runs);
  return advisePullRequest(estimate, manifest.runs);
};

describe('which advice the PR gets', () => {
  it('says nothing to a gram-sized fine-tune: every saving is under the 1 kg threshold', () => {
    // 25 minutes on one A100 in Iowa: ~0.1 kWh -> tens of grams, far below 1 kg.
    const summary = summaryOf(`version: 1
runs:
  - id: tiny
    model: { parameters: 110M }
    training: { tokens: 10M, precision: fp32, method: full }
    hardware: { accelerator: A100, count: 1, hours: 0.42 }
    location: gcp:us-central1`);
    expect(summary.items).toEqual([]);
    expect(summary.belowThreshold).toBeGreaterThan(0);
    expect(renderTopAdvice(summary)).toBe('');
    expect(renderAdviceDetails(summary)).toContain('No change would save a material amount');
  });

  it('gives a change on several runs the detail of the run that saves most, and names that run', () => {
    // Same GPU, same Iowa grid, no serving: `big` is 8 GPUs x 100 h = 800 GPU-hours against `small`'s 1 x 2 h = 2, so
    // it saves 400x as much from the move. Listed second, so the detail must not be the first run's. The schedule
    // note is per training run: `big` runs 100 h (> 24 h: "shifting the start time gains little"), `small` 2 h.
    const summary = summaryOf(`version: 1
defaults:
  location: gcp:us-central1
runs:
  - id: small
    model: { parameters: 110M }
    training: { tokens: 10M, precision: bf16, method: full }
    hardware: { accelerator: A100, count: 1, hours: 2 }
  - id: big
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16, method: full }
    hardware: { accelerator: A100, count: 8, hours: 100 }`);
    const move = summary.items.find((item) => item.id === 'low-carbon-region')!;
    expect(move.runs.map((run) => run.id)).toEqual(['small', 'big']);
    const [small, big] = move.runs;
    expect(big!.savingCo2eKg / small!.savingCo2eKg).toBeCloseTo(400, 0);
    expect(move.detail).toContain('at ~100 h per training run');
    expect(move.detail).not.toContain('~2 h');
    // The best region's figure in the detail is `big`'s own saving, not the sum and not `small`'s.
    expect(move.detail).toContain(`\`gcp:europe-north2\` 2.73 g/kWh (−${formatKg(big!.savingCo2eKg)})`);
    const details = renderAdviceDetails(summary);
    expect(details).toContain('On `big`, which saves most: 2\\.73 instead of');
    expect(details).toContain(
      `Per run: \`big\` −${formatKg(big!.savingCo2eKg)}, \`small\` −${formatKg(small!.savingCo2eKg)}.`,
    );
  });

  it('sets the threshold at the larger of 1 kg and 2% of the PR', () => {
    expect(materialSavingKg(10)).toBe(1);
    expect(materialSavingKg(1000)).toBe(20);
  });

  it('weighs effort: a low-effort 40 kg ranks above a high-effort 100 kg', () => {
    // 40 x 1 = 40 > 100 x 0.25 = 25.
    expect(rankingScore({ savingCo2eKg: 40, effort: 'low' })).toBeGreaterThan(
      rankingScore({ savingCo2eKg: 100, effort: 'high' }),
    );
  });

  it('says when an objective was inferred, and how to state it', () => {
    const summary = summaryOf(`version: 1
runs:
  - id: base-model
    model: { parameters: 1B }
    training: { tokens: 100B, precision: bf16, method: from_scratch }
    hardware: { accelerator: H100, count: 64 }
    location: aws:us-east-1`);
    expect(summary.inferredObjectives).toEqual([{ runId: 'base-model', objective: 'pretrain-base' }]);
    expect(summary.items.map((item) => item.id)).not.toContain('continued-pretraining');
    expect(renderAdviceDetails(summary)).toContain(
      'Set `training.objective: pretrain-base | domain-adapt | fine-tune`',
    );
  });

  it('shortens sources to author and year for the evidence link', () => {
    expect(shortSource({ source: 'Sanh et al. 2019, DistilBERT, a distilled version of BERT', year: 2019 })).toBe(
      'Sanh et al. 2019',
    );
    expect(shortSource({ source: 'Google Cloud GPU machine types (A3, A2)', year: 2024 })).toBe(
      'Google Cloud GPU machine types 2024',
    );
  });

  it('attaches advice in a pipeline over several manifests', async () => {
    const manifest = `version: 1
runs:
  - id: sweep
    model: { parameters: 110M }
    training: { tokens: 1B, precision: fp32, method: full }
    hardware: { accelerator: A100, count: 1, hours: 10 }
    repeats: 8`;
    const analysis = await analyze({
      head: {
        manifestPaths: ['a/ml-carbon.yml', 'b/ml-carbon.yml'],
        files: inMemory({ 'a/ml-carbon.yml': manifest, 'b/ml-carbon.yml': manifest }),
      },
    });
    expect(analysis.json.head.runs.map((run) => run.id)).toEqual(['a:sweep', 'b:sweep']);
    for (const run of analysis.json.head.runs)
      expect(run.advice?.map((advice) => advice.id)).toContain('early-stopping-sweep');
  });
});

describe('percent formatting', () => {
  it('rounds to whole percents between 10 and 99.5 only', () => {
    expect(formatShare(83.94)).toBe('84%');
    expect(formatShare(99.81)).toBe('99.8%');
    expect(formatShare(4.923)).toBe('4.92%');
  });
});
