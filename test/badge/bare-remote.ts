// A throwaway bare "origin" with one commit on main, and clones of it, for the publishing tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  }).trim();

export interface BareRemote {
  root: string;
  remote: string;
  clone(name: string): string;
  remove(): void;
}

export function bareRemote(): BareRemote {
  const root = mkdtempSync(join(tmpdir(), 'ml-carbon-publish-'));
  const remote = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '-b', 'main', remote);
  const clone = (name: string) => {
    const dir = join(root, name);
    git(root, 'clone', '--quiet', remote, dir);
    return dir;
  };
  const seed = clone('seed');
  writeFileSync(join(seed, 'README.md'), 'hello\n');
  git(seed, 'add', 'README.md');
  git(seed, 'commit', '--quiet', '-m', 'first');
  git(seed, 'push', '--quiet', 'origin', 'main');
  return { root, remote, clone, remove: () => rmSync(root, { recursive: true, force: true }) };
}
