// The example in fixtures/example has a run with a CodeCarbon log on both branches (`npm start` shows it).
import { describe, expect, it } from 'vitest';
import { localFiles } from '../../src/files/local.js';
import { analyze } from '../../src/pipeline.js';
import { repoRoot } from './helpers.js';

describe('example with measured logs', () => {
  it('reads each side’s own log and reports measured next to estimated', async () => {
    const files = localFiles(repoRoot);
    const analysis = await analyze({
      base: { manifestPaths: ['fixtures/example/base/ml-carbon.yml'], files },
      head: { manifestPaths: ['fixtures/example/head/ml-carbon.yml'], files },
    });
    const row = analysis.comparison.runs.find((run) => run.id === 'sentiment-bert-finetune')!;
    // head: 8 sweep runs, 83.8 h in all, each hour 4 x 290 W + 150 W CPU + 60 W RAM = 1.37 kWh -> 114.806 kWh; the
    // pue column is 1.0 (CodeCarbon's default: no PUE applied), so GCP's fleet PUE 1.1 goes on top: 126.2866 kWh
    expect(row.head!.energyKwh.value).toBeCloseTo(126.2866, 3);
    expect(row.head!.measured!.energyNote).toMatch(
      /CodeCarbon energy × PUE 1.1: its pue column is 1, so no PUE was applied/,
    );
    // base: 56.2 h x (4 x 285 + 150 + 60) W = 56.2 x 1.35 kWh = 75.87 kWh x 1.1 = 83.457 kWh
    expect(row.base!.energyKwh.value).toBeCloseTo(83.457, 3);
    expect(row.head!.basis).toBe('measured');
    // 83.8 h x 4 GPUs
    expect(row.head!.measured!.acceleratorHours).toBeCloseTo(335.2, 9);
    expect(analysis.markdown).toMatch(/Measured vs estimated/);
    expect(analysis.markdown).toMatch(/`sentiment-bert-finetune`: energy 126\skWh 📏 vs /);
    expect(analysis.problems).toEqual([]);
  });
});
