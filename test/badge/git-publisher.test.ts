// End to end against a local bare remote: the branch is created, appended to, and a concurrent push loses nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBadgeFiles } from '../../src/badge/files.js';
import { publishToBranch } from '../../src/badge/git-publisher.js';
import { parseHistory } from '../../src/badge/history.js';
import { bareRemote, git, type BareRemote } from './bare-remote.js';
import { estimate, range, run } from './estimates.js';

let origin: BareRemote;
let remote: string;
const clone = (name: string) => origin.clone(name);

function publisherFor(
  dir: string,
  sha: string,
  kg: number,
  extra: Partial<Parameters<typeof publishToBranch>[0]> = {},
) {
  return publishToBranch({
    repoDir: dir,
    message: `ml-carbon badge for ${sha}`,
    makeFiles: (previous) =>
      buildBadgeFiles(
        {
          estimate: estimate([run('train', range(kg, kg / 2, kg * 2))]),
          commit: { sha, date: '2026-11-20T10:00:00Z' },
          budgetKg: 100,
        },
        previous,
      ).files,
    ...extra,
  });
}

function remoteHistory(): string[] {
  const text = git(remote, 'cat-file', 'blob', 'refs/heads/ml-carbon:history.json');
  return parseHistory(text).history.entries.map((entry) => entry.sha);
}

beforeEach(() => {
  origin = bareRemote();
  remote = origin.remote;
});

afterEach(() => origin.remove());

describe('publishToBranch', () => {
  it('creates the branch with the badge files and leaves the work tree, index and HEAD alone', async () => {
    const work = clone('work');
    writeFileSync(join(work, 'README.md'), 'an uncommitted edit\n');
    writeFileSync(join(work, 'staged.txt'), 'staged\n');
    git(work, 'add', 'staged.txt');
    const headBefore = git(work, 'rev-parse', 'HEAD');
    const statusBefore = git(work, 'status', '--porcelain');

    const result = await publisherFor(work, 'aaaaaaa', 40);

    expect(result).toMatchObject({ branch: 'ml-carbon', attempts: 1, created: true });
    expect(git(remote, 'rev-parse', 'refs/heads/ml-carbon')).toBe(result.commit);
    expect(git(remote, 'ls-tree', '--name-only', 'refs/heads/ml-carbon').split('\n').sort()).toEqual([
      '.nojekyll',
      'badge.json',
      'badge.svg',
      'history.json',
      'index.html',
    ]);
    // 40 kg in 20..80: 1 figure -> "40 kg", grade B (10 < 40 <= 100)
    expect(JSON.parse(git(remote, 'cat-file', 'blob', 'refs/heads/ml-carbon:badge.json'))).toEqual({
      schemaVersion: 1,
      label: 'training CO2e',
      message: '40 kg',
      color: 'green',
    });
    expect(git(work, 'rev-parse', 'HEAD')).toBe(headBefore);
    expect(git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(work, 'status', '--porcelain')).toBe(statusBefore);
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe('an uncommitted edit\n');
    expect(git(work, 'branch', '--list', 'ml-carbon')).toBe('');
  });

  it('appends to the history on the next push and keeps other files on the branch', async () => {
    const work = clone('work');
    await publisherFor(work, 'aaaaaaa', 40);
    // Someone adds a CNAME for Pages on the branch by hand.
    const other = clone('other');
    git(other, 'fetch', '--quiet', 'origin', 'ml-carbon');
    git(other, 'checkout', '--quiet', '-b', 'ml-carbon', 'FETCH_HEAD');
    writeFileSync(join(other, 'CNAME'), 'carbon.example.com\n');
    git(other, 'add', 'CNAME');
    git(other, 'commit', '--quiet', '-m', 'pages domain');
    git(other, 'push', '--quiet', 'origin', 'ml-carbon');

    const second = await publisherFor(work, 'bbbbbbb', 60);
    expect(second).toMatchObject({ attempts: 1, created: false });
    expect(remoteHistory()).toEqual(['aaaaaaa', 'bbbbbbb']);
    expect(git(remote, 'cat-file', 'blob', 'refs/heads/ml-carbon:CNAME')).toBe('carbon.example.com');
    // fast-forward only: the branch's own history is kept (3 commits: first badge, CNAME, second badge)
    expect(git(remote, 'rev-list', '--count', 'refs/heads/ml-carbon')).toBe('3');
  });

  it('retries a non-fast-forward on top of the new tip so no history entry is lost', async () => {
    await publisherFor(clone('first'), '1111111', 10);
    const a = clone('a');
    const b = clone('b');
    const result = await publisherFor(a, 'aaaaaaa', 40, {
      // Between A's fetch and A's push, B publishes: A's first push is rejected.
      beforePush: async (attempt) => {
        if (attempt === 1) await publisherFor(b, 'bbbbbbb', 60);
      },
    });
    expect(result.attempts).toBe(2);
    expect(remoteHistory()).toEqual(['1111111', 'bbbbbbb', 'aaaaaaa']);
  });

  it('loses no entry when several clones publish at once, including creating the branch', async () => {
    const shas = ['a000001', 'a000002', 'a000003', 'a000004'];
    const clones = shas.map((sha) => clone(`c-${sha}`));
    const results = await Promise.all(
      shas.map((sha, index) => publisherFor(clones[index]!, sha, 10 * (index + 1), { maxAttempts: 10 })),
    );
    expect(remoteHistory().sort()).toEqual(shas);
    expect(results.filter((result) => result.created)).toHaveLength(1);
  });

  it('publishes from a shallow single-branch checkout, as actions/checkout makes by default', async () => {
    await publisherFor(clone('first'), '1111111', 10);
    const shallow = `${origin.root}/shallow`;
    git(
      origin.root,
      'clone',
      '--quiet',
      '--depth',
      '1',
      '--single-branch',
      '--branch',
      'main',
      `file://${remote}`,
      shallow,
    );
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const result = await publisherFor(shallow, '2222222', 20);
    expect(result).toMatchObject({ attempts: 1, created: false });
    expect(remoteHistory()).toEqual(['1111111', '2222222']);
  });

  it('gives up with the git error when the push fails for another reason', async () => {
    const work = clone('work');
    await expect(publisherFor(work, 'aaaaaaa', 40, { remote: 'no-such-remote' })).rejects.toThrow(/git ls-remote/);
  });
});
