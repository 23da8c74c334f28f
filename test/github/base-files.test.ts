import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentsApiFiles, filesAtCommit, gitFiles, RemoteFileMissing, repoPath } from '../../src/github/base-files.js';
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

describe('contentsApiFiles and filesAtCommit', () => {
  let emulator: GitHubEmulator;
  eachTestEmulator((started) => (emulator = started));
  const SHA = 'b'.repeat(40);

  it('reads a file at the SHA through the contents API and caches it', async () => {
    emulator.addFiles(SHA, { 'models/ml-carbon.yml': 'runs: []\n' });
    const files = contentsApiFiles(emulatedClient(emulator), { owner: 'octo-org', repo: 'ml-repo' }, SHA);
    expect(await files.readText('./models/ml-carbon.yml')).toBe('runs: []\n');
    expect(await files.readText('models/ml-carbon.yml')).toBe('runs: []\n');
    expect(emulator.callsTo('repos/get-content')).toHaveLength(1);
    expect(emulator.callsTo('repos/get-content')[0]!.query.ref).toBe(SHA);
  });

  it('answers undefined for a missing file or a directory, and a missing stream throws a named error', async () => {
    emulator.addFiles(SHA, { 'models/ml-carbon.yml': 'runs: []\n' });
    const files = contentsApiFiles(emulatedClient(emulator), { owner: 'octo-org', repo: 'ml-repo' }, SHA);
    expect(await files.readText('nope.yml')).toBeUndefined();
    expect(await files.readText('models')).toBeUndefined();
    await expect(drain(files.openStream('nope.csv')!)).rejects.toBeInstanceOf(RemoteFileMissing);
  });

  it('fetches files over 1 MB as raw bytes', async () => {
    const big = `timestamp,energy_kwh\n${'2026-01-01T00:00:00Z,0.001\n'.repeat(45_000)}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    emulator.addFiles(SHA, { 'logs/big.csv': big });
    const files = contentsApiFiles(emulatedClient(emulator), { owner: 'octo-org', repo: 'ml-repo' }, SHA);
    expect(await files.readText('logs/big.csv')).toBe(big);
    expect(emulator.callsTo('repos/get-content')).toHaveLength(2);
  });

  it('prefers local git when the commit is present, else the API', async () => {
    const repo = new TempRepo();
    try {
      const local = repo.commit('c', { 'ml-carbon.yml': 'local\n' });
      const client = emulatedClient(emulator);
      expect(filesAtCommit(client, { owner: 'octo-org', repo: 'ml-repo' }, repo.dir, local).source).toBe('git');
      emulator.addFiles(SHA, { 'ml-carbon.yml': 'remote\n' });
      const remote = filesAtCommit(client, { owner: 'octo-org', repo: 'ml-repo' }, repo.dir, SHA);
      expect(remote.source).toBe('api');
      expect(await remote.files.readText('ml-carbon.yml')).toBe('remote\n');
    } finally {
      repo.remove();
    }
  });
});
