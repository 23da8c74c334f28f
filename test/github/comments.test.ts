import { describe, expect, it } from 'vitest';
import { commentMarker, findOwnComments, upsertComment, withMarker } from '../../src/github/comments.js';
import { resolveIdentity } from '../../src/github/identity.js';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { emulatedClient } from '../support/emulated-client.js';

const PR = 7;
let emulator: GitHubEmulator;
eachTestEmulator((started) => (emulator = started), 'octo-org/ml-repo');

const target = (key = 'default') => ({ owner: 'octo-org', repo: 'ml-repo', issueNumber: PR, key });
const human = { login: 'alice', type: 'User' as const, id: 5 };

describe('upsertComment', () => {
  it('creates one comment, then edits it in place, then skips an unchanged body', async () => {
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    expect(identity.login).toBe('github-actions[bot]');

    const first = await upsertComment(client, target(), withMarker('report v1', 'default'), identity);
    const second = await upsertComment(client, target(), withMarker('report v2', 'default'), identity);
    const third = await upsertComment(client, target(), withMarker('report v2', 'default'), identity);

    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(emulator.commentsOn(PR).map((c) => c.body)).toEqual([withMarker('report v2', 'default')]);
    expect(emulator.callsTo('issues/update-comment')).toHaveLength(1);
  });

  it('finds its comment on a later page and never edits a human comment that pastes the marker', async () => {
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    const pasted = emulator.seedComment(PR, withMarker('I copied your marker', 'default'), human);
    for (let i = 0; i < 130; i++) emulator.seedComment(PR, `chatter ${i}`, human);
    const ours = emulator.seedComment(PR, withMarker('old report', 'default'));

    const result = await upsertComment(client, target(), withMarker('new report', 'default'), identity);

    expect(result).toMatchObject({ action: 'updated', id: ours });
    expect(emulator.commentsOn(PR).find((c) => c.id === pasted)?.body).toBe(
      withMarker('I copied your marker', 'default'),
    );
    // 132 comments at 100 a page: the lookup had to follow the Link header to page 2.
    expect(emulator.callsTo('issues/list-comments').map((call) => call.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('keeps reports with different comment keys apart', async () => {
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    await upsertComment(client, target('pkg-a'), withMarker('A', 'pkg-a'), identity);
    await upsertComment(client, target('pkg-b'), withMarker('B', 'pkg-b'), identity);
    await upsertComment(client, target('pkg-a'), withMarker('A2', 'pkg-a'), identity);
    expect(emulator.commentsOn(PR).map((c) => c.body)).toEqual([withMarker('A2', 'pkg-a'), withMarker('B', 'pkg-b')]);
  });

  it('two racing runs that both create leave exactly one comment, the oldest', async () => {
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    // Run B's comment appears between run A's lookup and A's re-check: simulate by seeding after A's create.
    const racing = emulator.seedComment(PR, withMarker('from run B', 'default'));
    // A lookup would now find B's comment; model the race at the API level instead: A created after B listed nothing.
    const created = await client.rest.issues.createComment({
      owner: 'octo-org',
      repo: 'ml-repo',
      issue_number: PR,
      body: withMarker('from run A', 'default'),
    });
    expect(emulator.commentsOn(PR)).toHaveLength(2);

    const result = await upsertComment(client, target(), withMarker('from run A', 'default'), identity);

    expect(result.id).toBe(racing);
    expect(result.deletedIds).toEqual([created.data.id]);
    expect(emulator.commentsOn(PR).map((c) => c.body)).toEqual([withMarker('from run A', 'default')]);
  });

  it('concurrent upserts from a clean slate converge on one comment', async () => {
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    await Promise.all([
      upsertComment(client, target(), withMarker('run 1', 'default'), identity),
      upsertComment(client, target(), withMarker('run 2', 'default'), identity),
      upsertComment(client, target(), withMarker('run 3', 'default'), identity),
    ]);
    expect(emulator.commentsOn(PR)).toHaveLength(1);
  });

  it('recognises a personal token by its login from GraphQL viewer', async () => {
    emulator.tokenIdentity = { login: 'carol', type: 'User', id: 9 };
    emulator.tokenIsInstallation = false;
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    emulator.seedComment(PR, withMarker('bot report', 'default'), {
      login: 'github-actions[bot]',
      type: 'Bot',
      id: 41898282,
    });
    const own = emulator.seedComment(PR, withMarker('carol report', 'default'));
    const found = await findOwnComments(client, target(), identity);
    expect(found.map((c) => c.id)).toEqual([own]);
  });
});

describe('commentMarker', () => {
  it('is an HTML comment keyed by a sanitised key', () => {
    expect(commentMarker('pkg a/b')).toBe('<!-- ml-carbon:report key=pkg-a/b -->');
    // "-->" in a key would end the HTML comment early.
    expect(commentMarker('x-->y')).toBe('<!-- ml-carbon:report key=x-y -->');
  });
});

describe('GitHub Enterprise Server', () => {
  it('talks REST under /api/v3 and GraphQL at /api/graphql', async () => {
    emulator.enterprise = true;
    const client = emulatedClient(emulator);
    const identity = await resolveIdentity(client);
    await upsertComment(client, target(), withMarker('on GHES', 'default'), identity);
    expect(emulator.calls.map((call) => call.path)).toEqual([
      '/api/graphql',
      '/api/v3/repos/octo-org/ml-repo/issues/7/comments',
      '/api/v3/repos/octo-org/ml-repo/issues/7/comments',
      '/api/v3/repos/octo-org/ml-repo/issues/7/comments',
    ]);
  });
});
