// Read-only questions to the local git repository (the runner's checkout). Never runs anything from the repository.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BUFFER_BYTES = 256 * 1024 * 1024;

export function gitOk(repoDir: string, args: string[]): boolean {
  try {
    execFileSync('git', ['-C', repoDir, ...args], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function gitOutput(repoDir: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', repoDir, ...args], { maxBuffer: MAX_BUFFER_BYTES, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

export function hasCommit(repoDir: string, sha: string): boolean {
  return gitOk(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
}

export function blobStream(repoDir: string, spec: string): AsyncIterable<Uint8Array> {
  const child = spawn('git', ['-C', repoDir, 'cat-file', 'blob', spec], { stdio: ['ignore', 'pipe', 'ignore'] });
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
