// The badge flow the way the runner runs it: dist/index.js on a push to the default branch with `badge: true`,
// publishing to a local bare remote (the checkout's `origin`), without touching the work tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { webhookExample } from '../support/webhook-payloads.js';
import { runAction } from './action-harness.js';
import { manifest, OWNER, REPO } from './scenario.js';
import { e2eSuite } from './suite.js';

let emulator: GitHubEmulator;
const { afterTest } = e2eSuite((started) => (emulator = started));

function pushPayload(before: string, after: string, timestamp: string): Record<string, any> {
  const payload = webhookExample('push');
  payload.ref = 'refs/heads/main';
  payload.before = before;
  payload.after = after;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.default_branch = 'main';
  payload.head_commit = { ...(payload.head_commit ?? {}), id: after, timestamp };
  return payload;
}

describe('badge on push to the default branch', () => {
  it('publishes badge, history and dashboard to the ml-carbon branch, one history entry per push', async () => {
    const remote = mkdtempSync(join(tmpdir(), 'ml-carbon-remote-'));
    afterTest(() => rmSync(remote, { recursive: true, force: true }));
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const repo = new TempRepo();
    afterTest(() => repo.remove());
    repo.git('remote', 'add', 'origin', remote);
    repo.commit('first', { 'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]) });
    const second = repo.commit('second', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '4B' }]),
    });
    repo.git('push', '-q', 'origin', 'main');
    const inputs = { 'github-token': emulator.token, badge: 'true' };

    const runFirst = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('0'.repeat(40), second, '2026-11-20T10:00:00Z'),
      sha: second,
      inputs,
    });
    expect(runFirst.exitCode, runFirst.stdout + runFirst.stderr).toBe(0);
    expect(runFirst.stdout).toMatch(/badge ".+" published to branch `ml-carbon`/);

    const git = (...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });
    const files = git('ls-tree', '--name-only', 'ml-carbon').split('\n').filter(Boolean).sort();
    expect(files).toEqual(expect.arrayContaining(['badge.json', 'badge.svg', 'index.html']));
    const endpoint = JSON.parse(git('show', 'ml-carbon:badge.json'));
    expect(endpoint).toMatchObject({
      schemaVersion: 1,
      label: expect.any(String),
      message: expect.stringMatching(/(kg|t|g)$/),
      color: expect.any(String),
    });

    // The next push appends a second history entry.
    const third = repo.commit('third', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '8B' }]),
    });
    repo.git('push', '-q', 'origin', 'main');
    const runSecond = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload(second, third, '2026-11-21T10:00:00Z'),
      sha: third,
      inputs,
    });
    expect(runSecond.exitCode, runSecond.stdout + runSecond.stderr).toBe(0);
    const history = JSON.parse(git('show', 'ml-carbon:history.json'));
    const entries = Array.isArray(history) ? history : history.entries;
    expect(entries.map((entry: { sha: string }) => entry.sha)).toEqual([second, third]);

    // The checked-out work tree and branch are untouched.
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  it('publishes nothing on a push to another branch', async () => {
    const repo = new TempRepo();
    afterTest(() => repo.remove());
    const sha = repo.commit('only', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]),
    });
    const payload = pushPayload('0'.repeat(40), sha, '2026-11-20T10:00:00Z');
    payload.ref = 'refs/heads/feature';
    const run = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'push',
      payload,
      sha,
      inputs: { 'github-token': emulator.token, badge: 'true' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('publishes only on pushes to the default branch');
  });

  it('a failed push is a warning, not a failed step', async () => {
    const repo = new TempRepo();
    afterTest(() => repo.remove());
    // An origin that does not exist: ls-remote fails like a push without contents: write would.
    repo.git('remote', 'add', 'origin', join(tmpdir(), 'ml-carbon-no-such-remote'));
    const sha = repo.commit('only', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]),
    });
    const run = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('0'.repeat(40), sha, '2026-11-20T10:00:00Z'),
      sha,
      inputs: { 'github-token': emulator.token, badge: 'true' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::ml-carbon could not publish the badge to `ml-carbon`: .*contents: write/);
    expect(run.outputs['co2e-kg']).not.toBe('');
  });

  it.each(['main', 'master', 'release/1.0'])('badge-branch %s is refused before anything is pushed', async (branch) => {
    const remote = mkdtempSync(join(tmpdir(), 'ml-carbon-remote-'));
    afterTest(() => rmSync(remote, { recursive: true, force: true }));
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const repo = new TempRepo();
    afterTest(() => repo.remove());
    repo.git('remote', 'add', 'origin', remote);
    const sha = repo.commit('only', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]),
    });
    repo.git('push', '-q', 'origin', 'main');
    const run = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('0'.repeat(40), sha, '2026-11-20T10:00:00Z'),
      sha,
      inputs: { 'github-token': emulator.token, badge: 'true', 'badge-branch': branch },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`::warning::input badge-branch: badge-branch "${branch}" is refused`));
    // The remote still has only the pushed main branch, at the same commit.
    const heads = execFileSync('git', ['--git-dir', remote, 'for-each-ref', '--format=%(refname) %(objectname)'], {
      encoding: 'utf8',
    });
    expect(heads.trim()).toBe(`refs/heads/main ${sha}`);
  });
});
