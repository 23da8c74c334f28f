import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitUnreadable, gitFiles, openCommit, repoPath } from '../../src/github/base-files.js';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { emulatedClient } from '../support/emulated-client.js';
import { TempRepo } from '../support/temp-repo.js';

async function drain(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('repoPath', () => {
  it('canonicalises and refuses paths that leave the repository', () => {
    expect(repoPath('./models/../ml-carbon.yml')).toBe('ml-carbon.yml');
    expect(repoPath('a\\b.csv')).toBe('a/b.csv');
    expect(repoPath('../secrets')).toBeUndefined();
    expect(repoPath('/etc/passwd')).toBe('etc/passwd');
  });
});

describe('gitFiles', () => {
  let repo: TempRepo;
  let first: string;
  beforeAll(() => {
    repo = new TempRepo();
    first = repo.commit('base', { 'ml-carbon.yml': 'version: 1\n', 'logs/a.csv': 'x,y\n1,2\n' });
    repo.commit('head', { 'ml-carbon.yml': 'version: 1 # head\n', 'logs/a.csv': undefined });
  });
  afterAll(() => repo.remove());

  it('reads files as they were at the commit, not as in the work tree', async () => {
    const files = gitFiles(repo.dir, first);
    expect(await files.readText('ml-carbon.yml')).toBe('version: 1\n');
    expect(await drain(files.openStream('logs/a.csv')!)).toBe('x,y\n1,2\n');
    expect(await files.readText('missing.yml')).toBeUndefined();
    expect(files.openStream('missing.csv')).toBeUndefined();
  });
});

describe('openCommit through the API', () => {
  let emulator: GitHubEmulator;
  eachTestEmulator((started) => (emulator = started));
  const SHA = 'b'.repeat(40);
  const repo = { owner: 'octo-org', repo: 'ml-repo' };
  let empty: TempRepo;
  beforeAll(() => {
    empty = new TempRepo();
  });
  afterAll(() => empty.remove());
  const access = () => ({ client: emulatedClient(emulator), repo, repoDir: empty.dir });

  it('lists the commit once, then reads a file at the SHA through the contents API and caches it', async () => {
    emulator.addFiles(SHA, { 'models/ml-carbon.yml': 'runs: []\n' });
    const { files, source } = await openCommit(access(), SHA);
    expect(source).toBe('api');
    expect(await files.readText('./models/ml-carbon.yml')).toBe('runs: []\n');
    expect(await files.readText('models/ml-carbon.yml')).toBe('runs: []\n');
    expect(emulator.callsTo('git/get-tree')).toHaveLength(1);
    expect(emulator.callsTo('repos/get-content')).toHaveLength(1);
    expect(emulator.callsTo('repos/get-content')[0]!.query.ref).toBe(SHA);
  });

  it('answers "absent" for files the listing does not hold, without a request each', async () => {
    emulator.addFiles(SHA, { 'models/ml-carbon.yml': 'runs: []\n' });
    const { files } = await openCommit(access(), SHA);
    expect(await files.readText('nope.yml')).toBeUndefined();
    expect(await files.readText('models')).toBeUndefined();
    // 500 missing logs cost no request at all.
    for (let i = 0; i < 500; i++) expect(files.openStream(`logs/missing-${i}.csv`)).toBeUndefined();
    expect(emulator.callsTo('repos/get-content')).toHaveLength(0);
    expect(emulator.calls).toHaveLength(1);
  });

  it('a commit the token cannot list is unreadable, not empty (a 404 can mean "no access" on a private repo)', async () => {
    await expect(openCommit(access(), SHA)).rejects.toBeInstanceOf(CommitUnreadable);
    emulator.addFiles(SHA, { 'ml-carbon.yml': 'x' });
    emulator.forbid('git/get-tree');
    await expect(openCommit(access(), SHA)).rejects.toThrow(/HTTP 403/);
    // Without a client only local git can answer.
    await expect(openCommit({ repo, repoDir: empty.dir, noClientReason: 'no token' }, SHA)).rejects.toThrow(
      /not in the checkout, and no token/,
    );
  });

  it('a truncated listing still proves access: files are then asked for one by one', async () => {
    emulator.addFiles(SHA, { 'a.yml': 'a\n', 'b.yml': 'b\n' });
    emulator.truncatedTrees.add(SHA);
    const { files, listing } = await openCommit(access(), SHA);
    expect(listing).toBeUndefined();
    expect(await files.readText('b.yml')).toBe('b\n');
    expect(await files.readText('c.yml')).toBeUndefined();
  });

  it('a read that keeps failing throws CommitUnreadable naming the status, never the server text', async () => {
    emulator.addFiles(SHA, { 'ml-carbon.yml': 'x' });
    emulator.inject({ operationId: 'repos/get-content', status: 503, times: 10, echoAuthorization: true });
    const { files } = await openCommit(access(), SHA);
    const failure = await files.readText('ml-carbon.yml').catch((error: Error) => error);
    expect(failure).toBeInstanceOf(CommitUnreadable);
    expect((failure as Error).message).toContain('HTTP 503 (server error)');
    expect((failure as Error).message).not.toContain(emulator.token);
  });

  it('fetches files over 1 MB as raw bytes', async () => {
    const big = `timestamp,energy_kwh\n${'2026-01-01T00:00:00Z,0.001\n'.repeat(45_000)}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    emulator.addFiles(SHA, { 'logs/big.csv': big });
    const { files } = await openCommit(access(), SHA);
    expect(await files.readText('logs/big.csv')).toBe(big);
    expect(emulator.callsTo('repos/get-content')).toHaveLength(2);
  });

  it('prefers local git when the commit is present', async () => {
    const local = empty.commit('c', { 'ml-carbon.yml': 'local\n' });
    const opened = await openCommit(access(), local);
    expect(opened.source).toBe('git');
    expect(await opened.files.readText('ml-carbon.yml')).toBe('local\n');
    expect(emulator.calls).toHaveLength(0);
  });
});
