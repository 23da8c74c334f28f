import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAdvice } from '../../src/advice/advise.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import { localFiles } from '../../src/files/local.js';
import type { FileReader } from '../../src/util/file-reader.js';
import { analyze } from '../../src/pipeline.js';
import { formatShare, renderAdvice, shortSource } from '../../src/report/advice.js';
import { runFrom } from './helpers.js';

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
    expect(gpt).toEqual(expect.arrayContaining(['continued-pretraining', 'compute-optimal-sizing', 'fp8-training']));
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
      caveat: expect.any(String),
    });
    const sourceId = first.evidenceIds[0]!;
    expect(analysis.json.sources.find((source) => source.id === sourceId)!.source.length).toBeGreaterThan(5);
  });

  it('puts a ranked advice table and the combined total in the comment', () => {
    expect(analysis.markdown).toContain('#### 💡 Ways to cut it');
    expect(analysis.markdown).toContain('| # | Advice | Saves | Cost and caveat | Evidence |');
    expect(analysis.markdown).toMatch(/If you applied the top advice for each run: \*\*−[\d.,]+ (kg|t) CO2e/);
    // The advice section sits before the per-run details.
    expect(analysis.markdown.indexOf('Ways to cut it')).toBeLessThan(analysis.markdown.indexOf('Per-run details'));
  });
});

describe('the advice section', () => {
  it('says when a one-time cost never pays back within the serving period', () => {
    // 100 A100-hours of training to distil a model served for 1 day at a trickle of traffic.
    const run = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 100 }
location: gcp:us-central1
inference: { tokens_per_day: 1M, days: 1 }`);
    const markdown = renderAdvice([withAdvice(estimateRun(run), run)]);
    expect(markdown).toContain('Serve a distilled');
    expect(markdown).toContain('never pays back within the declared serving period');
  });

  it('is empty when no advice applies', () => {
    // A country location (no provider), bf16 stated, no method, no serving, one repeat: nothing applies.
    const run = runFrom(`model: { parameters: 1B }
training: { tokens: 1B, precision: bf16 }
hardware: { accelerator: A100, count: 1, hours: 1 }
location: FR`);
    expect(renderAdvice([withAdvice(estimateRun(run), run)])).toBe('');
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
