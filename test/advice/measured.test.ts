import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTotalKg } from '../../src/compare/run-total.js';
import { localFiles } from '../../src/files/local.js';
import { analyze } from '../../src/pipeline.js';

const repoRoot = resolve(__dirname, '../..');

describe('advice on a measured run', async () => {
  const analysis = await analyze({
    head: { manifestPaths: ['fixtures/example/head/ml-carbon.yml'], files: localFiles(repoRoot) },
  });
  const run = analysis.comparison.head.runs.find((candidate) => candidate.id === 'sentiment-bert-finetune')!;

  it('is measured in the example', () => {
    expect(run.basis).toBe('measured');
    expect(run.advice!.length).toBeGreaterThan(0);
  });

  it("applies each counterfactual's percentage to the measured total, so savings never exceed the run", () => {
    const totalKg = runTotalKg(run);
    for (const advice of run.advice!) {
      expect(advice.scaledToMeasured).toBeLessThan(1);
      expect(advice.savingCo2eKg).toBeCloseTo((advice.savingPercent / 100) * totalKg, 6);
    }
    expect(run.adviceCombined!.beforeCo2eKg).toBeCloseTo(totalKg, 6);
    expect(run.adviceCombined!.savingCo2eKg).toBeLessThanOrEqual(totalKg);
  });

  it('keeps the combined figure of the top advice below the head total', () => {
    const match = /together, re-estimated on each run: −[\d.]+\skg \((\d+(?:\.\d+)?)%\sof this PR\)/u.exec(
      analysis.markdown,
    );
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeLessThan(100);
  });
});
