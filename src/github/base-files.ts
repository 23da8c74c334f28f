// FileReaders over a commit: local git objects when the commit is in the checkout, else the REST API at that SHA (so
// the default shallow actions/checkout works). Through the API, one recursive trees request lists the commit first:
// it proves the token can read the commit (so a later 404 really means "no such file"), and it answers "does this
// file exist?" for every manifest and log without a request each. Paths are relative to the repository root.
import { posix } from 'node:path';
import type { GitHubClient } from './client.js';
import type { RequestClient } from './request-client.js';
import type { FileReader } from '../util/file-reader.js';
import { blobStream, gitOk, gitOutput, hasCommit } from '../files/git.js';
import { describeApiError } from './api-error.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A repository-relative path in canonical form, or undefined when it escapes the repository. */
export function repoPath(path: string): string | undefined {
  const clean = posix
    .normalize(path.replace(/\\/g, '/'))
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
  if (clean === '..' || clean.startsWith('../') || clean === '.' || clean === '') return undefined;
  return clean;
}

/** A commit that could not be read: the token lacks access, the API failed, or there is no way to ask. */
export class CommitUnreadable extends Error {
  constructor(
    readonly sha: string,
    readonly reason: string,
  ) {
    super(`commit ${sha.slice(0, 7) || '(unknown)'} could not be read: ${reason}`);
    this.name = 'CommitUnreadable';
  }
}

export function gitFiles(repoDir: string, sha: string): FileReader {
  const exists = (clean: string | undefined): clean is string =>
    clean !== undefined && gitOk(repoDir, ['cat-file', '-e', `${sha}:${clean}`]);
  return {
    async readText(path) {
      const clean = repoPath(path);
      if (!exists(clean)) return undefined;
      const text = await gitOutput(repoDir, ['cat-file', 'blob', `${sha}:${clean}`]);
      if (text === undefined) throw new CommitUnreadable(sha, `git could not read ${clean}`);
      return text;
    },
    openStream(path) {
      const clean = repoPath(path);
      if (!exists(clean)) return undefined;
      return blobStream(repoDir, `${sha}:${clean}`);
    },
  };
}

/** Blob paths of a commit as the trees API lists them; undefined when GitHub truncated the listing. */
export type CommitListing = ReadonlySet<string> | undefined;

export function contentsApiFiles(client: GitHubClient, repo: RepoRef, sha: string, listing: CommitListing): FileReader {
  const cache = new Map<string, Promise<string | undefined>>();
  const listed = (clean: string) => listing === undefined || listing.has(clean);
  const fetchText = async (clean: string): Promise<string | undefined> => {
    try {
      const { data } = await client.rest.repos.getContent({ ...repo, path: clean, ref: sha });
      if (Array.isArray(data) || typeof data !== 'object' || data === null) return undefined;
      if (data.type !== 'file') return undefined;
      if (data.encoding === 'base64' && typeof data.content === 'string')
        return Buffer.from(data.content, 'base64').toString('utf8');
      // Files over 1 MB come back without content; ask for the raw bytes.
      const raw = await client.rest.repos.getContent({ ...repo, path: clean, ref: sha, mediaType: { format: 'raw' } });
      if (typeof raw.data !== 'string') throw new CommitUnreadable(sha, `the raw content of ${clean} was not text`);
      return raw.data;
    } catch (error) {
      if (error instanceof CommitUnreadable) throw error;
      // The listing proved the commit readable, so a 404 here is a file that is not there.
      if ((error as { status?: number }).status === 404) return undefined;
      throw new CommitUnreadable(sha, `reading ${clean} failed: ${describeApiError(error)}`);
    }
  };
  const readText = (path: string) => {
    const clean = repoPath(path);
    if (!clean || !listed(clean)) return Promise.resolve(undefined);
    let pending = cache.get(clean);
    if (!pending) {
      pending = fetchText(clean);
      // A failed request is not remembered: the next read tries again.
      pending.catch(() => cache.delete(clean));
      cache.set(clean, pending);
    }
    return pending;
  };
  return {
    readText,
    openStream(path) {
      const clean = repoPath(path);
      if (!clean || !listed(clean)) return undefined;
      return (async function* () {
        const text = await readText(clean);
        if (text === undefined) throw new CommitUnreadable(sha, `${clean} is listed but could not be fetched`);
        yield new TextEncoder().encode(text);
      })();
    },
  };
}

export interface CommitFiles {
  files: FileReader;
  source: 'git' | 'api';
  /** Every blob path at the commit, when known (for manifest globs). */
  listing?: string[];
}

export interface CommitAccess {
  /** Undefined without a token (or without GITHUB_REPOSITORY): only local git can be read. */
  client?: GitHubClient;
  repo: RepoRef;
  repoDir: string;
  /** Why there is no client, for the error when one is needed. */
  noClientReason?: string;
  /** Listings requested before the rest of the action loaded (see action/start.ts), by commit SHA. */
  listings?: ReadonlyMap<string, Promise<string[] | undefined>>;
}

/** Local git when the commit is present in the checkout, else the API after one listing request. */
export async function openCommit(access: CommitAccess, sha: string): Promise<CommitFiles> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new CommitUnreadable(sha, 'that is not a full commit SHA');
  if (hasCommit(access.repoDir, sha)) return { files: gitFiles(access.repoDir, sha), source: 'git' };
  if (!access.client)
    throw new CommitUnreadable(sha, `it is not in the checkout, and ${access.noClientReason ?? 'there is no token'}`);
  const listing = await (access.listings?.get(sha) ?? apiListing(access.client, access.repo, sha));
  return {
    files: contentsApiFiles(access.client, access.repo, sha, listing && new Set(listing)),
    source: 'api',
    ...(listing ? { listing } : {}),
  };
}

/** Every file path at a commit through the git trees API; undefined when GitHub truncated the listing. */
export async function apiListing(client: RequestClient, repo: RepoRef, sha: string): Promise<string[] | undefined> {
  let data: { truncated?: unknown; tree?: unknown };
  try {
    ({ data } = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: sha,
      recursive: '1',
    }));
  } catch (error) {
    throw new CommitUnreadable(sha, `listing it failed: ${describeApiError(error)}`);
  }
  if (typeof data !== 'object' || data === null || !Array.isArray(data.tree))
    throw new CommitUnreadable(sha, 'the trees API answered without a tree');
  if (data.truncated === true) return undefined;
  return (data.tree as { type?: unknown; path?: unknown }[])
    .filter((entry) => entry.type === 'blob' && typeof entry.path === 'string')
    .map((entry) => entry.path as string);
}
