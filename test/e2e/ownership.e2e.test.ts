// The sticky comment belongs to the token's account, by login AND account type; it survives being deleted mid-run, and
// a failed identity lookup does not post a new comment on every run.
import { describe, expect, it } from 'vitest';
import { commentMarker, withMarker } from '../../src/github/comments.js';
import type { GitHubEmulator } from '../support/github-emulator.js';

import { manifest, PR_NUMBER } from './scenario.js';
import { e2eSuite } from './suite.js';

const MANIFEST = manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]);
const APP = { login: 'carbon-app[bot]', type: 'Bot' as const, id: 777 };

let emulator: GitHubEmulator;
const suite = e2eSuite((started) => (emulator = started));
const scenario = () => suite.scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
const { runOn } = suite;

describe('comment ownership', () => {
  it('with a GitHub App token, a human account named like the app keeps its marked comment', async () => {
    emulator.tokenIdentity = APP;
    const pull = scenario();
    const impostor = { login: 'carbon-app', type: 'User' as const, id: 778 };
    const human = emulator.seedComment(PR_NUMBER, withMarker('✅ budget approved by carbon-app', 'default'), impostor);
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments.find((comment) => comment.id === human)!.body).toContain('budget approved by carbon-app');
    expect(comments.filter((comment) => comment.user.login === APP.login)).toHaveLength(1);
    expect(emulator.callsTo('issues/update-comment')).toHaveLength(0);
    expect(emulator.callsTo('issues/delete-comment')).toHaveLength(0);
  });

  it('a sticky comment deleted between the listing and the edit: the report is posted anew', async () => {
    const pull = scenario();
    const old = emulator.seedComment(PR_NUMBER, withMarker('old report', 'default'));
    emulator.before.set('issues/update-comment', () => {
      const list = emulator.comments.get(PR_NUMBER)!;
      list.splice(
        list.findIndex((comment) => comment.id === old),
        1,
      );
    });
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.callsTo('issues/update-comment').map((call) => call.status)).toEqual([404]);
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('default'))).toBe(true);
    expect(comments[0]!.body).toContain('encoder');
  });

  it('a failed identity lookup finds the comment by marker and bot type: no duplicate on the next run', async () => {
    emulator.tokenIdentity = APP;
    const pull = scenario();
    emulator.inject({ operationId: 'graphql', status: 502, times: 1000 });
    emulator.inject({ operationId: 'users/get-authenticated', status: 502, times: 1000 });
    await runOn(pull);
    await runOn(pull);
    const third = await runOn(pull);
    expect(third.exitCode, third.stdout).toBe(0);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    expect(emulator.callsTo('issues/create-comment')).toHaveLength(1);
  });
});
