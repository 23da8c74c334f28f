// Budgets across several manifests (a monorepo) and the boundary of the total budget.
import { describe, expect, it } from 'vitest';
import { compareEstimates } from '../../src/compare/compare.js';
import { analyze } from '../../src/pipeline.js';
import type { FileReader } from '../../src/util/file-reader.js';
import { estimateOf, exactManifest } from '../helpers.js';

function memoryFiles(files: Record<string, string>): FileReader {
  return {
    async readText(path) {
      return files[path];
    },
    openStream: () => undefined,
  };
}

const manifest = (id: string, budget: string) => `version: 1
runs:
  - id: ${id}
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-40GB, hours: 10, power_watts: 800 }
    pue: 1
    carbon_intensity: 1000
budget:
${budget}
`;

describe('budgets of several manifests', () => {
  it('takes the strictest (smallest) limit of each rule, from whichever manifest sets it', async () => {
    // Each rule's smaller limit sits in a different manifest, and one rule is set by one manifest only.
    const files = memoryFiles({
      'vision/ml-carbon.yml': manifest(
        'resnet',
        '  total_co2e_kg: 50\n  per_run_co2e_kg: 900\n  max_increase_percent: 5',
      ),
      'text/ml-carbon.yml': manifest('bert', '  total_co2e_kg: 700\n  per_run_co2e_kg: 8\n  warn_increase_percent: 3'),
    });
    const analysis = await analyze({
      head: { manifestPaths: ['vision/ml-carbon.yml', 'text/ml-carbon.yml'], files },
    });
    expect(analysis.comparison.budget.limits).toEqual({
      totalCo2eKg: 50,
      perRunCo2eKg: 8,
      maxIncreasePercent: 5,
      warnIncreasePercent: 3,
    });
    // Each run is 10 h x 0.8 kW x 1.25 host x 1 kg/kWh = 10 kg operational (+ embodied): over the strictest
    // per-run limit of 8 kg, within the looser 900 kg; the total (~20.3 kg) is within 50 kg.
    expect(analysis.comparison.budget.status).toBe('fail');
    expect(analysis.comparison.budget.checks.filter((check) => check.status === 'fail')).toHaveLength(2);
  });
});

describe('total budget boundary', () => {
  const base = estimateOf(exactManifest({ a: 100 }));
  const head = estimateOf(exactManifest({ a: 120, b: 30 }));
  const total = head.total.co2eKg.value;

  it('passes when the total equals the limit exactly (the budget is a maximum, not a bound to stay under)', () => {
    const verdict = compareEstimates(base, head, { base: { totalCo2eKg: total } }).budget;
    expect(verdict.status).toBe('pass');
    expect(verdict.checks[0]).toMatchObject({ limit: total, actual: total, status: 'pass' });
  });

  it('fails when the total is a hair over the limit', () => {
    const limit = total - Number.EPSILON * total;
    expect(compareEstimates(base, head, { base: { totalCo2eKg: limit } }).budget.status).toBe('fail');
  });
});

describe('budget in force unknown', () => {
  const head = memoryFiles({ 'ml-carbon.yml': manifest('bert', '  total_co2e_kg: 1000000000') });

  it("is an error, never a pass by the PR's own budget, in the verdict and in the JSON", async () => {
    const analysis = await analyze({ head: { manifestPaths: ['ml-carbon.yml'], files: head }, budgetUnknown: true });
    expect(analysis.comparison.budget.status).toBe('error');
    expect(analysis.comparison.budget.reasons.join()).toMatch(/base branch could not be read/);
    expect((analysis.json as { budget: { status: string } }).budget.status).toBe('error');
    expect(analysis.markdown.split('\n')[0]).toContain('base branch not read');
  });

  it("is an error when the base tip's manifest has errors", async () => {
    const base = memoryFiles({ 'ml-carbon.yml': 'version: 1\nruns: [{ id: x, model: { parameters: nonsense } }]\n' });
    const analysis = await analyze({
      head: { manifestPaths: ['ml-carbon.yml'], files: head },
      base: { manifestPaths: ['ml-carbon.yml'], files: base },
    });
    expect(analysis.comparison.budget.status).toBe('error');
    expect(analysis.comparison.budget.reasons.join()).toMatch(/manifest has errors/);
  });
});
