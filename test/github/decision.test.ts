import { describe, expect, it } from 'vitest';
import { decide } from '../../src/action/decision.js';
import { outputNumber, stepOutputs } from '../../src/action/outputs.js';
import { commentBody } from '../../src/action/publish.js';
import type { BudgetStatus, Comparison } from '../../src/compare/types.js';
import type { Estimate } from '../../src/estimate/types.js';

const range = (value: number) => ({ value, low: value / 2, high: value * 2 });
const estimate = (co2eKg: number, energyKwh: number): Estimate => ({
  manifest: 'ml-carbon.yml',
  runs: [],
  total: {
    energyKwh: range(energyKwh),
    co2eKg: range(co2eKg),
    trainingCo2eKg: range(co2eKg),
    inferenceCo2eKg: range(0),
  },
});

function comparison(status: BudgetStatus, base?: number): Comparison {
  const head = estimate(12, 40);
  const baseEstimate = base === undefined ? undefined : estimate(base, 30);
  return {
    head,
    base: baseEstimate,
    runs: [],
    delta: {
      co2eKg: base === undefined ? 12 : 12 - base,
      percent: base === undefined ? null : ((12 - base) / base) * 100,
    },
    budget: {
      status,
      authority: 'base',
      limits: {},
      checks: [],
      reasons: status === 'fail' ? ['total 12 kg CO2e exceeds the budget of 10 kg (run `pretrain`)'] : [],
      changes: [],
    },
  };
}

describe('decide', () => {
  it('fails the step in gate mode on a failed budget, naming the reasons', () => {
    const decision = decide(comparison('fail', 8), { mode: 'gate', failOnBudget: true, inputErrors: 0 });
    expect(decision.verdict).toBe('fail');
    expect(decision.failure).toBe(
      'ml-carbon budget exceeded: total 12 kg CO2e exceeds the budget of 10 kg (run `pretrain`)',
    );
    // 12 kg vs 8 kg base: +4 kg, +50 %.
    expect(decision.title).toMatch(/\+4.*\+50/);
  });

  it('never fails in report mode or with fail-on-budget false; the check is neutral then', () => {
    expect(decide(comparison('fail'), { mode: 'report', failOnBudget: true, inputErrors: 0 })).toMatchObject({
      verdict: 'neutral',
      failure: undefined,
    });
    expect(decide(comparison('fail'), { mode: 'gate', failOnBudget: false, inputErrors: 0 })).toMatchObject({
      verdict: 'neutral',
      failure: undefined,
    });
  });

  it('a warning passes the step; broken input fails it in gate mode', () => {
    const warned = decide(comparison('warn', 10), { mode: 'gate', failOnBudget: true, inputErrors: 0 });
    expect(warned.verdict).toBe('warn');
    expect(warned.failure).toBeUndefined();
    expect(decide(comparison('pass'), { mode: 'gate', failOnBudget: true, inputErrors: 2 }).failure).toContain(
      '2 errors in the ml-carbon manifest',
    );
  });
});

describe('decide with an unreadable base (the gate fails closed)', () => {
  const options = { mode: 'gate' as const, failOnBudget: true, inputErrors: 0, baseError: 'HTTP 503 (server error)' };

  it('fails check and step in gate mode, whatever the PR-side budget says', () => {
    const decision = decide(comparison('pass'), options);
    expect(decision.verdict).toBe('fail');
    expect(decision.failure).toContain('HTTP 503 (server error)');
    expect(decision.failure).toContain('the gate does not pass');
  });

  it('on-base-error neutral and report mode: a neutral check, no failure', () => {
    expect(decide(comparison('pass'), { ...options, onBaseError: 'neutral' })).toMatchObject({
      verdict: 'neutral',
      failure: undefined,
    });
    expect(decide(comparison('fail'), { ...options, mode: 'report' })).toMatchObject({
      verdict: 'neutral',
      failure: undefined,
    });
  });

  it('budget-status is error', () => {
    expect(stepOutputs(comparison('pass'), '', true)['budget-status']).toBe('error');
  });
});

describe('stepOutputs', () => {
  it('writes every output, empty where there is no base', () => {
    expect(stepOutputs(comparison('none'), '/tmp/r.json')).toEqual({
      'co2e-kg': '12',
      'energy-kwh': '40',
      'base-co2e-kg': '',
      'delta-co2e-kg': '',
      'delta-percent': '',
      'budget-status': 'none',
      'report-json': '/tmp/r.json',
    });
    // 12 vs 9: +3 kg, 3 / 9 = 33.3333…% rounded to six significant digits.
    expect(stepOutputs(comparison('pass', 9), '')).toMatchObject({
      'base-co2e-kg': '9',
      'delta-co2e-kg': '3',
      'delta-percent': '33.3333',
    });
    expect(outputNumber(Number.NaN)).toBe('');
  });
});

describe('commentBody', () => {
  it('starts with the keyed marker and stays within 65,536 characters including it', () => {
    const { body, truncated } = commentBody(
      'x\n'.repeat(40_000),
      'pkg-a',
      'https://github.example.test/o/r/actions/runs/1',
    );
    expect(truncated).toBe(true);
    expect(body.startsWith('<!-- ml-carbon:report key=pkg-a -->\n')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65_536);
  });
});
