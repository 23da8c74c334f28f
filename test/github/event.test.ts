import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunnerEnv } from '../../src/action/runner-env.js';
import { isDefaultBranchPush } from '../../src/action/badge-hook.js';
import { chooseBase, targetFromEvent, type BaseFacts } from '../../src/action/event.js';
import { webhookExample } from '../support/webhook-payloads.js';

const none: BaseFacts = { workspaceParents: [] };

describe('targetFromEvent with GitHub example payloads', () => {
  it('pull_request opened: comments on the PR, check on head.sha, head files from the workspace', () => {
    const payload = webhookExample('pull_request', (p) => p.action === 'opened');
    const target = targetFromEvent({
      eventName: 'pull_request',
      payload,
      repository: 'Codertocat/Hello-World',
      sha: 'f'.repeat(40),
    });
    expect(target).toMatchObject({
      prNumber: payload.number,
      headSha: payload.pull_request.head.sha,
      baseSha: payload.pull_request.base.sha,
      baseRef: payload.pull_request.base.ref,
      headSource: 'workspace',
      canComment: true,
      isFork: false,
    });
  });

  it('pull_request_target reads head files from the head commit, never the (base) workspace; forks are recognised', () => {
    const payload = webhookExample('pull_request', (p) => p.action === 'opened');
    payload.pull_request.head.repo.full_name = 'someone/Hello-World';
    const target = targetFromEvent({
      eventName: 'pull_request_target',
      payload,
      repository: 'Codertocat/Hello-World',
      sha: 'f'.repeat(40),
    });
    expect(target.headSource).toBe('commit');
    expect(target.isFork).toBe(true);
  });

  it('workflow_run takes pr-number and head-sha inputs and asks the API for the PR', () => {
    const payload = webhookExample('workflow_run', (p) => p.action === 'completed');
    const target = targetFromEvent(
      { eventName: 'workflow_run', payload, repository: 'Codertocat/Hello-World', sha: 'f'.repeat(40) },
      { prNumber: 12 },
    );
    expect(target).toMatchObject({
      prNumber: 12,
      headSha: payload.workflow_run.head_sha,
      headSource: 'commit',
      needsPullLookup: true,
    });
  });

  it('push compares with `before`, except on a branch creation (all-zero before)', () => {
    const created = webhookExample('push');
    expect(created.before).toMatch(/^0+$/);
    const onCreate = targetFromEvent({
      eventName: 'push',
      payload: created,
      repository: 'Codertocat/Hello-World',
      sha: created.after,
    });
    expect(onCreate).toMatchObject({ baseSha: undefined, canComment: false, headSource: 'workspace' });
    const later = { ...created, before: '1'.repeat(40) };
    const target = targetFromEvent({
      eventName: 'push',
      payload: later,
      repository: 'Codertocat/Hello-World',
      sha: created.after,
    });
    expect(chooseBase(target, none)).toMatchObject({ sha: '1'.repeat(40), kind: 'before' });
  });

  it('workflow_dispatch has no base and no comment unless inputs say so', () => {
    const payload = webhookExample('workflow_dispatch');
    const target = targetFromEvent({ eventName: 'workflow_dispatch', payload, repository: 'o/r', sha: 'c'.repeat(40) });
    expect(target).toMatchObject({ canComment: false, headSource: 'workspace' });
    expect(chooseBase(target, none)).toBeUndefined();
  });
});

describe('chooseBase', () => {
  const payload = webhookExample('pull_request', (p) => p.action === 'opened');
  const target = targetFromEvent({
    eventName: 'pull_request',
    payload,
    repository: 'Codertocat/Hello-World',
    sha: 'f'.repeat(40),
  });
  const baseSha = payload.pull_request.base.sha as string;

  it('uses base.sha when the checkout is the test merge commit whose first parent is base.sha', () => {
    const choice = chooseBase(target, { workspaceHead: 'm'.repeat(40), workspaceParents: [baseSha, target.headSha] });
    expect(choice).toMatchObject({ sha: baseSha, kind: 'base-sha' });
    expect(choice!.reason).toContain('test merge');
  });

  it('uses the merge-base when the PR head itself is checked out and the base branch moved on', () => {
    const choice = chooseBase(target, {
      workspaceHead: target.headSha,
      workspaceParents: ['p'.repeat(40)],
      mergeBase: 'e'.repeat(40),
    });
    // The merge-base only picks the numbers; the budget in force stays the base branch tip's.
    expect(choice).toMatchObject({ sha: 'e'.repeat(40), budgetSha: baseSha, kind: 'merge-base' });
  });

  it('falls back to base.sha in a shallow checkout, and says why', () => {
    const choice = chooseBase(target, none);
    expect(choice).toMatchObject({ sha: baseSha, kind: 'base-sha' });
    expect(choice!.reason).toContain('shallow');
  });

  it('a base-ref override wins', () => {
    expect(chooseBase(target, { ...none, override: { ref: 'release', sha: '9'.repeat(40) } })).toMatchObject({
      sha: '9'.repeat(40),
      kind: 'override',
    });
  });
});

describe('readRunnerEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ml-carbon-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a garbled, missing or non-object event file is a sentence, not an exception', () => {
    expect(readRunnerEnv({ GITHUB_EVENT_PATH: write('bad.json', '{"pull_request": ') }).eventProblem).toMatch(
      /is not valid JSON$/,
    );
    expect(readRunnerEnv({ GITHUB_EVENT_PATH: join(dir, 'nope.json') }).eventProblem).toMatch(/\(ENOENT\)$/);
    expect(readRunnerEnv({ GITHUB_EVENT_PATH: write('list.json', '[1]') }).eventProblem).toMatch(/JSON object/);
    expect(readRunnerEnv({}).eventProblem).toMatch(/GITHUB_EVENT_PATH is not set/);
    expect(readRunnerEnv({ GITHUB_EVENT_PATH: write('ok.json', '{"a":1}') })).toMatchObject({ payload: { a: 1 } });
  });

  it('GITHUB_REPOSITORY must be owner/name', () => {
    expect(readRunnerEnv({}).repositoryProblem).toBe('GITHUB_REPOSITORY is not set');
    expect(readRunnerEnv({ GITHUB_REPOSITORY: '/' })).toMatchObject({ repository: '' });
    expect(readRunnerEnv({ GITHUB_REPOSITORY: 'octo-org/ml-repo' })).toMatchObject({ repository: 'octo-org/ml-repo' });
    expect(readRunnerEnv({ GITHUB_REPOSITORY: 'octo-org/ml-repo' }).repositoryProblem).toBeUndefined();
  });
});

describe('isDefaultBranchPush', () => {
  it('is true only for a push to the repository default branch', () => {
    const payload = webhookExample('push');
    const branch = payload.repository.default_branch as string;
    expect(isDefaultBranchPush('push', { ...payload, ref: `refs/heads/${branch}` })).toBe(true);
    expect(isDefaultBranchPush('push', { ...payload, ref: 'refs/heads/feature' })).toBe(false);
    expect(isDefaultBranchPush('pull_request', { ...payload, ref: `refs/heads/${branch}` })).toBe(false);
  });
});
