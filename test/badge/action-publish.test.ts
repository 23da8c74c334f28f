import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { branchProblems, publishFromAction, shouldPublishBadge } from '../../src/badge/action-publish.js';
import { bareRemote, git, type BareRemote } from './bare-remote.js';
import { estimate, range, run } from './estimates.js';

let origin: BareRemote;
beforeEach(() => {
  origin = bareRemote();
});
afterEach(() => origin.remove());

const twoRuns = estimate([run('a', range(1500, 1000, 2500)), run('b', range(500, 300, 900))]);

describe('publishFromAction', () => {
  it("publishes the checkout's commit to the chosen branch with the chosen figure", async () => {
    const checkout = origin.clone('checkout');
    const sha = git(checkout, 'rev-parse', 'HEAD');
    const { published, problems } = await publishFromAction({
      estimate: twoRuns,
      repoDir: checkout,
      sha,
      branch: 'carbon',
      figure: 'training',
      budgetKg: 3000,
      repository: 'acme/models',
    });
    expect(problems).toEqual([]);
    // 1500 + 500 = 2000 kg in 1300..3400: half-width 1050 (place 10^3) = value place -> 1 figure -> "2 t"; D (1 t < 2 t <= 10 t)
    expect(published?.badge).toEqual({ label: 'training CO2e', message: '2 t', color: 'yellow', grade: 'D' });
    expect(published?.urls?.shields).toBe(
      'https://img.shields.io/endpoint?url=https%3A%2F%2Fraw.githubusercontent.com%2Facme%2Fmodels%2Fcarbon%2Fbadge.json',
    );
    const history = JSON.parse(git(origin.remote, 'cat-file', 'blob', 'refs/heads/carbon:history.json'));
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]).toMatchObject({ sha, budgetKg: 3000, date: git(checkout, 'log', '-1', '--format=%cI') });
    expect(git(origin.remote, 'cat-file', 'blob', 'refs/heads/carbon:index.html')).toContain(
      '<title>ml-carbon: acme/models</title>',
    );
  });

  it('falls back to the ml-carbon branch when the input is left empty', async () => {
    const checkout = origin.clone('checkout');
    const { published } = await publishFromAction({
      estimate: twoRuns,
      repoDir: checkout,
      sha: git(checkout, 'rev-parse', 'HEAD'),
      branch: '',
      figure: '',
      grades: '',
    });
    expect(published?.branch).toBe('ml-carbon');
    expect(git(origin.remote, 'ls-tree', '--name-only', 'refs/heads/ml-carbon')).toContain('badge.json');
  });

  it('publishes nothing and explains when an input is wrong', async () => {
    const checkout = origin.clone('checkout');
    const result = await publishFromAction({
      estimate: twoRuns,
      repoDir: checkout,
      sha: git(checkout, 'rev-parse', 'HEAD'),
      figure: 'max',
      grades: 'A:x',
    });
    expect(result.published).toBeUndefined();
    expect(result.problems.map((problem) => problem.file)).toEqual(['input badge-figure', 'input badge-grades']);
    expect(git(origin.remote, 'branch', '--list', 'ml-carbon')).toBe('');
  });
});

describe('shouldPublishBadge', () => {
  it('is true only for a push to the default branch with the input on', () => {
    const push = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main', enabled: true };
    expect(shouldPublishBadge(push)).toBe(true);
    expect(shouldPublishBadge({ ...push, enabled: false })).toBe(false);
    expect(shouldPublishBadge({ ...push, ref: 'refs/heads/feature' })).toBe(false);
    expect(shouldPublishBadge({ ...push, eventName: 'pull_request' })).toBe(false);
  });
});

describe('branchProblems', () => {
  it('accepts ordinary names and refuses what git would', () => {
    expect(branchProblems('ml-carbon')).toEqual([]);
    expect(branchProblems('pages/carbon_v2')).toEqual([]);
    for (const bad of ['has space', 'a..b', '-lead', 'end/', 'x.lock', 'a:b', 'a~1', 'a//b', '@']) {
      expect(branchProblems(bad), bad).toHaveLength(1);
    }
    expect(branchProblems('a b')[0]).toMatchObject({
      file: 'input badge-branch',
      message: '"a b" is not a valid branch name',
    });
  });
});
