// Shell: writes the badge files as a new commit on a dedicated branch of a remote with git plumbing only
// (hash-object, mktree, commit-tree, push), so the checked-out work tree, index and HEAD are never touched.
import { git as runGit, GitError, type GitResult } from '../files/git.js';
import { HISTORY_FILE } from './history.js';

export { readCommit } from '../files/git.js';

/** Network steps (ls-remote, fetch, push) are given this long unless the caller says otherwise. */
const NETWORK_TIMEOUT_MS = 120_000;

function git(repoDir: string, args: string[], input?: string, env?: Record<string, string>): Promise<GitResult> {
  return runGit(repoDir, args, { input, env });
}

function network(repoDir: string, args: string[], timeoutMs: number): Promise<GitResult> {
  return runGit(repoDir, args, { timeoutMs });
}

export interface GitIdentity {
  name: string;
  email: string;
}

export const ACTIONS_BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface PublishOptions {
  /** Any directory inside the local repository (the Actions checkout). */
  repoDir: string;
  remote?: string;
  branch?: string;
  /** Builds the files from the branch's current history.json (undefined when the branch or file is new). */
  makeFiles: (previousHistoryText: string | undefined) => Record<string, string>;
  message: string;
  author?: GitIdentity;
  /** Attempts in all, the first included, before a rejected push is given up. */
  maxAttempts?: number;
  /** Test hook: runs after the commit is made and before it is pushed. */
  beforePush?: (attempt: number) => Promise<void>;
  /** Timeout of each network step (ls-remote, fetch, push); default two minutes. */
  networkTimeoutMs?: number;
}

export interface PublishResult {
  branch: string;
  commit: string;
  attempts: number;
  created: boolean;
}

const REJECTED =
  /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i;

function tipRef(branch: string): string {
  return `refs/ml-carbon-publish/${branch}`;
}

/** Fetch the branch tip into a private ref; undefined when the remote has no such branch yet. */
async function fetchTip(
  repoDir: string,
  remote: string,
  branch: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const listed = await network(repoDir, ['ls-remote', '--heads', remote, `refs/heads/${branch}`], timeoutMs);
  if (!listed.stdout.trim()) return undefined;
  await network(
    repoDir,
    ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${tipRef(branch)}`],
    timeoutMs,
  );
  return (await git(repoDir, ['rev-parse', '--verify', `${tipRef(branch)}^{commit}`])).stdout.trim();
}

async function readHistory(repoDir: string, tip: string | undefined): Promise<string | undefined> {
  if (!tip) return undefined;
  try {
    return (await git(repoDir, ['cat-file', 'blob', `${tip}:${HISTORY_FILE}`])).stdout;
  } catch {
    return undefined;
  }
}

/** Tree of the tip with our files written over it; other files on the branch (CNAME, notes) are kept. */
async function buildTree(repoDir: string, tip: string | undefined, files: Record<string, string>): Promise<string> {
  const entries = new Map<string, string>();
  if (tip) {
    const listing = (await git(repoDir, ['ls-tree', '-z', tip])).stdout;
    for (const line of listing.split('\0').filter(Boolean)) entries.set(line.slice(line.indexOf('\t') + 1), line);
  }
  for (const [name, content] of Object.entries(files)) {
    const blob = (await git(repoDir, ['hash-object', '-w', '--stdin'], content)).stdout.trim();
    entries.set(name, `100644 blob ${blob}\t${name}`);
  }
  const input = [...entries.values()].map((line) => `${line}\0`).join('');
  return (await git(repoDir, ['mktree', '-z'], input)).stdout.trim();
}

async function commitTree(
  repoDir: string,
  tree: string,
  parent: string | undefined,
  message: string,
  identity: GitIdentity,
): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
  return (await git(repoDir, args, message, env)).stdout.trim();
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * Commit the files on top of the branch tip and push without force. When another push got there first the
 * attempt starts again from the new tip, so `makeFiles` sees (and re-appends to) the history that push wrote.
 */
export async function publishToBranch(options: PublishOptions): Promise<PublishResult> {
  const remote = options.remote ?? 'origin';
  const branch = options.branch ?? 'ml-carbon';
  const maxAttempts = options.maxAttempts ?? 6;
  const timeoutMs = options.networkTimeoutMs ?? NETWORK_TIMEOUT_MS;
  for (let attempt = 1; ; attempt++) {
    const tip = await fetchTip(options.repoDir, remote, branch, timeoutMs);
    const files = options.makeFiles(await readHistory(options.repoDir, tip));
    const tree = await buildTree(options.repoDir, tip, files);
    const commit = await commitTree(options.repoDir, tree, tip, options.message, options.author ?? ACTIONS_BOT);
    await options.beforePush?.(attempt);
    try {
      await network(
        options.repoDir,
        ['push', '--quiet', '--no-verify', remote, `${commit}:refs/heads/${branch}`],
        timeoutMs,
      );
      return { branch, commit, attempts: attempt, created: tip === undefined };
    } catch (error) {
      const rejected = error instanceof GitError && REJECTED.test(error.stderr);
      if (!rejected || attempt >= maxAttempts) throw error;
      // Someone else updated the branch between our fetch and push: back off a little and rebuild on their tip.
      await pause(50 * attempt + Math.floor(Math.random() * 100));
    }
  }
}
