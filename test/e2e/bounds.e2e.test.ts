// The action always finishes within bounds: a time limit over the whole step, a timeout per request, and a bounded
// number of API requests however many manifests and logs a PR names. Short limits via inputs keep these fast.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { ensureBuilt, runAction } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullScenario, REPO } from './scenario.js';

const HEAD = manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]);
const CODECARBON = [
  'timestamp,experiment_id,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,region,on_cloud,cloud_provider,cloud_region',
  '2026-03-01T10:01:40,0b9f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b,encoder,3600.0,0.5,10.0,France,FRA,,N,,',
  '',
].join('\n');

/** A manifest whose one run names `logs` (paths relative to the manifest). */
function withLogs(logs: string[]): string {
  const lines = logs.map((path) => `      - ${path}`).join('\n');
  return HEAD.replace('      count: 8', `      count: 8\n    logs:\n${lines}`);
}

let emulator: GitHubEmulator;
const cleanups: (() => void)[] = [];
beforeAll(() => ensureBuilt(), 180_000);
beforeEach(async () => {
  emulator = await new GitHubEmulator(`${OWNER}/${REPO}`).start();
});
afterEach(async () => {
  await emulator.stop();
  while (cleanups.length) cleanups.pop()!();
});

/** Shallow checkout of the head; the base files live only behind the emulated API. */
function shallowPull(baseFiles: Record<string, string>, headFiles: Record<string, string>) {
  const full = pullScenario({}, headFiles);
  const shallow = new TempRepo();
  cleanups.push(
    () => full.repo.remove(),
    () => shallow.remove(),
  );
  const only = shallow.commit('merge', headFiles);
  emulator.addFiles(full.baseSha, baseFiles);
  return (inputs: Record<string, string> = {}) =>
    runAction({
      emulator,
      workspace: shallow.dir,
      eventName: 'pull_request',
      payload: full.payload,
      sha: only,
      inputs: { 'github-token': emulator.token, ...inputs },
    });
}

describe('time limits', () => {
  it('a stalled API: each request is cut at its timeout, the step ends at the time limit with budget-status error', async () => {
    const run = shallowPull({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    for (const operationId of ['git/get-tree', 'issues/list-comments', 'checks/create', 'graphql'])
      emulator.inject({ operationId, status: 200, stall: true, times: 100 });
    const result = await run({ 'time-limit-seconds': '3', 'request-timeout-seconds': '1' });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.outputs['budget-status']).toBe('error');
    expect(result.stdout, result.stdout).toMatch(
      /budget not checked: the base branch could not be read .*(timed out|time limit)/,
    );
    // 3 s limit plus start-up: far from the ~100 minutes an unbounded client would wait.
    expect(result.elapsedMs).toBeLessThan(15_000);
    expect(result.summary).toContain('Budget not checked');
  });

  it('a server that trickles its answer a byte at a time is cut off like a stalled one', async () => {
    const run = shallowPull({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    emulator.inject({ operationId: 'git/get-tree', status: 200, trickle: true, trickleMs: 100, times: 100 });
    const result = await run({ 'time-limit-seconds': '4', 'request-timeout-seconds': '1' });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.outputs['budget-status']).toBe('error');
    expect(result.stdout, result.stdout).toMatch(/GitHub answered nothing in time/);
    expect(result.elapsedMs).toBeLessThan(15_000);
  });

  it('retry-after: 60 on every answer: no wait is started that would end past the time limit', async () => {
    const run = shallowPull({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    for (const operationId of ['git/get-tree', 'issues/list-comments', 'checks/create', 'graphql'])
      emulator.inject({
        operationId,
        status: 403,
        headers: { 'retry-after': '60' },
        message: 'You have exceeded a secondary rate limit.',
        times: 100,
      });
    const result = await run({ 'time-limit-seconds': '30' });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.outputs['budget-status']).toBe('error');
    expect(result.elapsedMs).toBeLessThan(15_000);
    // Each operation was asked once: a 60 s wait does not fit in what is left of 30 s.
    expect(emulator.callsTo('git/get-tree')).toHaveLength(1);
  });
});

describe('API quota', () => {
  it('500 missing logs on the base cost no request each: the trees listing answers', async () => {
    const missing = Array.from({ length: 500 }, (_, i) => `logs/run-${i}.csv`);
    const run = shallowPull({ 'ml-carbon.yml': withLogs(missing) }, { 'ml-carbon.yml': HEAD });
    const result = await run();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(emulator.callsTo('git/get-tree')).toHaveLength(1);
    expect(emulator.callsTo('repos/get-content')).toHaveLength(1);
    expect(emulator.calls.length).toBeLessThan(10);
    emulator.assertClean();
  });

  it('one log named by 400 references is fetched once', async () => {
    const run = shallowPull(
      {
        'ml-carbon.yml': withLogs(Array.from({ length: 400 }, () => 'logs/shared.csv')),
        'logs/shared.csv': CODECARBON,
      },
      { 'ml-carbon.yml': HEAD },
    );
    const result = await run();
    expect(result.exitCode, result.stdout).toBe(0);
    // The manifest and the log.
    expect(
      emulator.callsTo('repos/get-content').map((call) => decodeURIComponent(call.path.split('/contents/')[1]!)),
    ).toEqual(['ml-carbon.yml', 'logs/shared.csv']);
    emulator.assertClean();
  });

  it('300 manifests: a clear error on each side and no more than 50 manifest reads', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`pkgs/p${String(i).padStart(3, '0')}/ml-carbon.yml`, HEAD]),
    );
    const run = shallowPull(many, many);
    const result = await run({ manifest: 'pkgs/*/ml-carbon.yml' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::workflow: with\.manifest: 300 manifests matched on the head; at most 50/);
    expect(result.outputs['budget-status']).toBe('error');
    expect(emulator.callsTo('repos/get-content').length).toBeLessThanOrEqual(50);
    expect(emulator.calls.length).toBeLessThan(60);
    emulator.assertClean();
  });
});

describe('degraded environments', () => {
  it('an empty github-token (a secret withheld from a fork PR): no request, job summary, exit by the budget', async () => {
    const pull = pullScenario({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    cleanups.push(() => pull.repo.remove());
    const go = (inputs: Record<string, string>) =>
      runAction({
        emulator,
        workspace: pull.repo.dir,
        eventName: 'pull_request',
        payload: pull.payload,
        sha: pull.mergeSha,
        inputs: { 'github-token': '', ...inputs },
      });
    const within = await go({});
    expect(within.exitCode, within.stdout).toBe(0);
    expect(within.stdout).toContain('no github-token was given');
    expect(within.summary).toContain('encoder');
    const over = await go({ 'max-co2e-kg': '0.01' });
    expect(over.exitCode).toBe(1);
    expect(over.outputs['budget-status']).toBe('fail');
    expect(emulator.calls).toHaveLength(0);
  });

  it('an empty token with a shallow checkout cannot read the base: error, still no request', async () => {
    const run = shallowPull({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    const result = await run({ 'github-token': '' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['budget-status']).toBe('error');
    expect(result.stdout).toMatch(/not in the checkout, and no github-token was given/);
    expect(emulator.calls).toHaveLength(0);
  });

  it('GITHUB_REPOSITORY unset: a clear error and no request to /repos//', async () => {
    const pull = pullScenario({ 'ml-carbon.yml': HEAD }, { 'ml-carbon.yml': HEAD });
    cleanups.push(() => pull.repo.remove());
    const result = await runAction({
      emulator,
      workspace: pull.repo.dir,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.mergeSha,
      inputs: { 'github-token': emulator.token },
      env: { GITHUB_REPOSITORY: undefined },
    });
    expect(result.stdout).toContain('GITHUB_REPOSITORY is not set, so the API is not asked');
    expect(emulator.calls).toHaveLength(0);
    // The base is in the checkout (test merge): the gate still judges, by the base budget.
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toContain('encoder');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('manifest path', () => {
  it('a manifest that is a symlink out of the repository is refused and its content never quoted', async () => {
    const outside = new TempRepo();
    cleanups.push(() => outside.remove());
    outside.commit('secret', { 'secret.yml': 'version: 1\nsecret_token: hunter2-do-not-print\n' });
    const pull = pullScenario({ 'ml-carbon.yml': HEAD }, { 'README.md': 'x' });
    cleanups.push(() => pull.repo.remove());
    pull.repo.git('rm', '-q', 'ml-carbon.yml');
    const { symlinkSync } = await import('node:fs');
    symlinkSync(`${outside.dir}/secret.yml`, `${pull.repo.dir}/ml-carbon.yml`);
    const result = await runAction({
      emulator,
      workspace: pull.repo.dir,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.mergeSha,
      inputs: { 'github-token': emulator.token },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::ml-carbon\.yml: the manifest is a symlink to a file outside the repository/,
    );
    expect(result.stdout + result.summary).not.toContain('hunter2');
    expect(JSON.stringify(emulator.commentsOn(PR_NUMBER))).not.toContain('hunter2');
    emulator.assertClean();
  });
});
