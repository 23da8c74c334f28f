import { describe, expect, it } from 'vitest';
import { readRunnerEnv } from '../../src/action/runner-env.js';
import { commitsToList, startAction } from '../../src/action/start.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const BEFORE = 'c'.repeat(40);

function envFor(eventName: string, payload: unknown) {
  const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-start-'));
  const event = join(folder, 'event.json');
  writeFileSync(event, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_WORKSPACE: folder,
  };
}
const pull = { number: 1, pull_request: { number: 1, base: { sha: BASE, ref: 'main' }, head: { sha: HEAD } } };

describe('commits listed before the rest of the action loads', () => {
  it('are the ones the run reads through the API whatever the manifests say', () => {
    const list = (eventName: string, payload: unknown) => commitsToList(readRunnerEnv(envFor(eventName, payload)));
    // pull_request: the head is the workspace, the base is read at base.sha.
    expect(list('pull_request', pull)).toEqual([BASE]);
    // pull_request_target runs the base branch's workflow: the head is read from its commit too.
    expect(list('pull_request_target', pull)).toEqual([HEAD, BASE]);
    // workflow_run: the head commit; the base comes from the API's answer about the PR, later.
    expect(list('workflow_run', { workflow_run: { head_sha: HEAD, pull_requests: [] } })).toEqual([HEAD]);
    // push: the commit before the push; none when the push created the branch.
    expect(list('push', { before: BEFORE, after: HEAD, ref: 'refs/heads/main' })).toEqual([BEFORE]);
    expect(list('push', { before: '0'.repeat(40), after: HEAD, ref: 'refs/heads/main' })).toEqual([]);
    expect(list('workflow_dispatch', {})).toEqual([]);
  });

  it('are not requested without a token, or when an input changes the target', () => {
    const env = envFor('pull_request', pull);
    const log = () => {};
    const quiet = { ...env, 'INPUT_GITHUB-TOKEN': '', GITHUB_API_URL: 'http://127.0.0.1:9' };
    expect(startAction(quiet, log).listings.size).toBe(0);
    const overridden = { ...quiet, 'INPUT_GITHUB-TOKEN': 't', 'INPUT_BASE-REF': 'release' };
    expect(startAction(overridden, log).listings.size).toBe(0);
    // An invalid time limit: no deadline and no request; the rest of the action reports the input.
    expect(startAction({ ...quiet, 'INPUT_TIME-LIMIT-SECONDS': 'soon' }, log).deadline).toBeUndefined();
  });
});
