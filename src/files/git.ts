// The one wrapper around the git command line: read-only questions about the runner's checkout, and the plumbing the
// badge publisher uses. Never runs anything from the repository (no hooks: only plumbing and --no-verify pushes),
// never prompts for credentials, and every call has a timeout.
import { execFile, execFileSync, spawn } from 'node:child_process';

const MAX_BUFFER_BYTES = 256 * 1024 * 1024;
/** Local git answers in well under a second; a minute means something is wrong (a lock, a network file system). */
const DEFAULT_TIMEOUT_MS = 60_000;

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface GitResult {
  stdout: string;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly code: number | string | null | undefined,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim()}`);
    this.name = 'GitError';
  }
}

const gitEnv = (extra?: Record<string, string>) => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra });

/** Runs git in `repoDir`; rejects with a GitError carrying stderr. */
export function git(repoDir: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: repoDir,
        env: gitEnv(options.env),
        maxBuffer: MAX_BUFFER_BYTES,
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          const timedOut = (error as { killed?: boolean }).killed ? ' (timed out)' : '';
          reject(new GitError(args, `${stderr || error.message}${timedOut}`, (error as NodeJS.ErrnoException).code));
        } else resolve({ stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export function gitOk(repoDir: string, args: string[]): boolean {
  try {
    execFileSync('git', ['-C', repoDir, ...args], { stdio: 'ignore', env: gitEnv(), timeout: DEFAULT_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

/** stdout of a read-only git command, or undefined when it fails. */
export async function gitOutput(repoDir: string, args: string[]): Promise<string | undefined> {
  try {
    return (await git(repoDir, args)).stdout;
  } catch {
    return undefined;
  }
}

export function hasCommit(repoDir: string, sha: string): boolean {
  return gitOk(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
}

export function blobStream(repoDir: string, spec: string): AsyncIterable<Uint8Array> {
  const child = spawn('git', ['-C', repoDir, 'cat-file', 'blob', spec], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: gitEnv(),
  });
  return child.stdout;
}

/** Facts about the checkout that decide which base commit to compare with. */
export interface CheckoutFacts {
  head?: string;
  parents: string[];
  mergeBase?: string;
}

export async function checkoutFacts(
  repoDir: string,
  baseSha: string | undefined,
  prHeadSha: string | undefined,
): Promise<CheckoutFacts> {
  const line = (await gitOutput(repoDir, ['rev-list', '--parents', '-n', '1', 'HEAD']))?.trim();
  const [head, ...parents] = line ? line.split(' ') : [];
  let mergeBase: string | undefined;
  if (baseSha && prHeadSha && hasCommit(repoDir, baseSha) && hasCommit(repoDir, prHeadSha)) {
    mergeBase = (await gitOutput(repoDir, ['merge-base', baseSha, prHeadSha]))?.trim() || undefined;
  }
  return { head, parents, mergeBase };
}

export async function resolveLocalRef(repoDir: string, ref: string): Promise<string | undefined> {
  for (const candidate of [ref, `origin/${ref}`, `refs/remotes/origin/${ref}`]) {
    const sha = (await gitOutput(repoDir, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]))?.trim();
    if (sha) return sha;
  }
  return undefined;
}

/** Full sha and committer date (ISO 8601) of a revision of the local repository. */
export async function readCommit(repoDir: string, revision = 'HEAD'): Promise<{ sha: string; date: string }> {
  const [sha = '', date = ''] = (await git(repoDir, ['log', '-1', '--format=%H%n%cI', revision, '--'])).stdout
    .trim()
    .split('\n');
  return { sha, date };
}
