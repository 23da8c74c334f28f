import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/action/input-names.js';
import { parseInputs } from '../../src/action/inputs.js';

const from = (given: Partial<Record<InputName, string>>) => (name: InputName) => given[name] ?? '';

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const { inputs, problems } = parseInputs(from({ 'github-token': 't' }));
    expect(problems).toEqual([]);
    expect(inputs).toMatchObject({
      manifests: ['ml-carbon.yml'],
      comment: 'update',
      failOnBudget: true,
      commentKey: 'default',
      mode: 'gate',
      workingDirectory: '.',
      badge: false,
      badgeBranch: 'ml-carbon',
      badgeFigure: 'training',
      badgeGrades: '',
      onBaseError: 'fail',
      timeLimitMs: 300_000,
      requestTimeoutMs: 30_000,
    });
    expect(inputs!.maxCo2eKg).toBeUndefined();
  });

  it('reads the time limits in seconds and refuses zero, negatives and an unknown on-base-error', () => {
    expect(parseInputs(from({ 'time-limit-seconds': '2.5', 'request-timeout-seconds': '1' })).inputs).toMatchObject({
      timeLimitMs: 2500,
      requestTimeoutMs: 1000,
    });
    for (const bad of ['0', '-3', 'soon', 'Infinity'])
      expect(parseInputs(from({ 'time-limit-seconds': bad })).problems[0]?.path).toBe('with.time-limit-seconds');
    const { problems } = parseInputs(from({ 'on-base-error': 'neutrl' }));
    expect(problems[0]).toMatchObject({ path: 'with.on-base-error', hint: 'did you mean "neutral"?' });
  });

  it('reads several manifests from lines or commas and numbers for the budget', () => {
    const { inputs } = parseInputs(
      from({
        manifest: 'a/ml-carbon.yml\npackages/*/ml-carbon.yml, b.yml',
        'max-co2e-kg': '120.5',
        'max-increase-percent': '10',
        'warn-increase-percent': '5',
        'pr-number': '42',
      }),
    );
    expect(inputs).toMatchObject({
      manifests: ['a/ml-carbon.yml', 'packages/*/ml-carbon.yml', 'b.yml'],
      maxCo2eKg: 120.5,
      maxIncreasePercent: 10,
      warnIncreasePercent: 5,
      prNumber: 42,
    });
  });

  it('names the input, the value, what was expected and a did-you-mean', () => {
    const { inputs, problems } = parseInputs(
      from({ comment: 'updte', 'fail-on-budget': 'yes', 'max-co2e-kg': '-3', 'head-sha': 'abc' }),
    );
    expect(inputs).toBeUndefined();
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem]));
    expect(byPath['with.comment']).toMatchObject({ hint: 'did you mean "update"?' });
    expect(byPath['with.comment']!.message).toContain('"updte"');
    expect(byPath['with.fail-on-budget']!.message).toContain('expected true or false');
    expect(byPath['with.max-co2e-kg']!.message).toContain('≥ 0');
    expect(byPath['with.head-sha']!.message).toContain('40-character');
  });

  it('refuses a warning tier above the failing tier', () => {
    const { inputs, problems } = parseInputs(from({ 'max-increase-percent': '5', 'warn-increase-percent': '10' }));
    expect(inputs).toBeUndefined();
    expect(problems[0]!.path).toBe('with.warn-increase-percent');
  });
});
