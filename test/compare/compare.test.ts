import { describe, expect, it } from 'vitest';
import { compareEstimates } from '../../src/compare/compare.js';
import { A100_EMBODIED_PER_HOUR, estimateOf, exactManifest } from '../helpers.js';

const kg = (hours: number) => hours * (1 + A100_EMBODIED_PER_HOUR); // operational h kg + embodied

describe('matching runs between base and head', () => {
  const base = estimateOf(exactManifest({ kept: 10, grown: 10, dropped: 5, oldname: 7 }));
  const head = estimateOf(exactManifest({ kept: 10, grown: 15, added: 20, newname: 7 }));
  const comparison = compareEstimates(base, head);
  const byId = Object.fromEntries(comparison.runs.map((run) => [run.id, run]));

  it('marks each run added, removed, renamed, changed or unchanged', () => {
    expect(byId.kept!.change).toBe('unchanged');
    expect(byId.grown!.change).toBe('changed');
    expect(byId.added!.change).toBe('added');
    expect(byId.dropped!.change).toBe('removed');
    expect(byId.newname).toMatchObject({ change: 'renamed', previousId: 'oldname', deltaCo2eKg: 0 });
    expect(comparison.runs).toHaveLength(5);
  });

  it('computes deltas per run and in total', () => {
    expect(byId.grown!.deltaCo2eKg).toBeCloseTo(kg(5), 9);
    expect(byId.grown!.deltaPercent).toBeCloseTo(50, 9);
    expect(byId.dropped!.deltaCo2eKg).toBeCloseTo(-kg(5), 9);
    // base 32 h, head 52 h
    expect(comparison.delta.co2eKg).toBeCloseTo(kg(20), 9);
    expect(comparison.delta.percent).toBeCloseTo((20 / 32) * 100, 9);
  });

  it('treats every run as added when the base has no manifest', () => {
    const first = compareEstimates(undefined, head);
    expect(first.runs.every((run) => run.change === 'added')).toBe(true);
    expect(first.delta.percent).toBeNull();
  });
});

describe('budget verdict', () => {
  const base = estimateOf(exactManifest({ a: 100 }));
  const head = estimateOf(exactManifest({ a: 120, b: 30 })); // +50% vs base; 150 h x 1.016381 = 152.46 kg

  it('passes within limits and names none when no budget exists', () => {
    expect(compareEstimates(base, head, {}).budget.status).toBe('none');
    expect(compareEstimates(base, head, { base: { totalCo2eKg: 1000, maxIncreasePercent: 60 } }).budget.status).toBe(
      'pass',
    );
  });

  it('fails on the total, naming the figures', () => {
    const verdict = compareEstimates(base, head, { base: { totalCo2eKg: 100 } }).budget;
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons[0]).toMatch(/^total 152 kg CO2e exceeds the budget of 100 kg$/);
  });

  it('fails per run, naming the run', () => {
    const verdict = compareEstimates(base, head, { base: { perRunCo2eKg: 100 } }).budget;
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons).toEqual([
      expect.stringMatching(/^run "a" 122 kg CO2e exceeds the per-run budget of 100 kg$/),
    ]);
  });

  it('warns below the fail tier and fails above it', () => {
    expect(
      compareEstimates(base, head, { base: { warnIncreasePercent: 20, maxIncreasePercent: 60 } }).budget.status,
    ).toBe('warn');
    const failed = compareEstimates(base, head, { base: { warnIncreasePercent: 20, maxIncreasePercent: 40 } }).budget;
    expect(failed.status).toBe('fail');
    expect(failed.reasons[0]).toMatch(/\+50% is above the allowed increase of \+40%/);
  });

  it("keeps the base branch's budget in force and flags the PR raising it", () => {
    const verdict = compareEstimates(base, head, { base: { totalCo2eKg: 100 }, head: { totalCo2eKg: 1000 } }).budget;
    expect(verdict.status).toBe('fail');
    expect(verdict.authority).toBe('base');
    expect(verdict.changes).toEqual([{ rule: 'totalCo2eKg', from: 100, to: 1000 }]);
  });

  it("uses the head's budget when the base has no manifest", () => {
    const verdict = compareEstimates(undefined, head, { head: { totalCo2eKg: 100 } }).budget;
    expect(verdict).toMatchObject({ status: 'fail', authority: 'head', changes: [] });
  });

  it('lets workflow inputs override rule by rule', () => {
    const verdict = compareEstimates(base, head, { base: { totalCo2eKg: 100 }, override: { totalCo2eKg: 500 } }).budget;
    expect(verdict).toMatchObject({ status: 'pass', authority: 'override' });
  });
});
