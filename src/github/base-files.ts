// FileReaders over a commit: local git objects when the commit is in the checkout, else the REST contents API at that
// SHA (so the default shallow actions/checkout works). Paths are relative to the repository root.
import { posix } from 'node:path';
import type { GitHubClient } from './client.js';
import type { FileReader } from '../util/file-reader.js';
import { blobStream, gitOk, gitOutput, hasCommit } from '../files/git.js';

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

export function gitFiles(repoDir: string, sha: string): FileReader {
  return {
    async readText(path) {
      const clean = repoPath(path);
      if (!clean || !gitOk(repoDir, ['cat-file', '-e', `${sha}:${clean}`])) return undefined;
      return gitOutput(repoDir, ['cat-file', 'blob', `${sha}:${clean}`]);
    },
    openStream(path) {
      const clean = repoPath(path);
      if (!clean || !gitOk(repoDir, ['cat-file', '-e', `${sha}:${clean}`])) return undefined;
      return blobStream(repoDir, `${sha}:${clean}`);
    },
  };
}

export class RemoteFileMissing extends Error {
  constructor(
    readonly path: string,
    readonly ref: string,
  ) {
    super(`${path} does not exist at ${ref.slice(0, 12)}`);
  }
}

export function contentsApiFiles(client: GitHubClient, repo: RepoRef, sha: string): FileReader {
  const cache = new Map<string, Promise<string | undefined>>();
  const fetchText = async (clean: string): Promise<string | undefined> => {
    try {
      const { data } = await client.rest.repos.getContent({ ...repo, path: clean, ref: sha });
      if (Array.isArray(data) || data.type !== 'file') return undefined;
      if (data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
      // Files over 1 MB come back without content; ask for the raw bytes.
      const raw = await client.rest.repos.getContent({ ...repo, path: clean, ref: sha, mediaType: { format: 'raw' } });
      return raw.data as unknown as string;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  };
  const readText = (path: string) => {
    const clean = repoPath(path);
    if (!clean) return Promise.resolve(undefined);
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
      // Existence is only known after a request; a missing file surfaces as RemoteFileMissing while reading.
      if (!repoPath(path)) return undefined;
      return (async function* () {
        const text = await readText(path);
        if (text === undefined) throw new RemoteFileMissing(path, sha);
        yield new TextEncoder().encode(text);
      })();
    },
  };
}

export interface CommitFiles {
  files: FileReader;
  source: 'git' | 'api';
}

/** Local git when the commit is present in the checkout, else the contents API. */
export function filesAtCommit(client: GitHubClient, repo: RepoRef, repoDir: string, sha: string): CommitFiles {
  if (hasCommit(repoDir, sha)) return { files: gitFiles(repoDir, sha), source: 'git' };
  return { files: contentsApiFiles(client, repo, sha), source: 'api' };
}

/** Every file path at a commit through the git trees API, or undefined when GitHub truncated the listing. */
export async function apiListing(client: GitHubClient, repo: RepoRef, sha: string): Promise<string[] | undefined> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: '1' });
  if (data.truncated) return undefined;
  return data.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path!);
}
