// Repository file listings for manifest globs: the workspace on disk, or a commit in the local git history.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gitOutput, hasCommit } from '../files/git.js';

const SKIP = new Set(['.git', 'node_modules']);
const MAX_FILES = 100_000;

export function workspaceListing(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) out.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  return out;
}

export async function commitListing(repoDir: string, sha: string): Promise<string[] | undefined> {
  if (!hasCommit(repoDir, sha)) return undefined;
  const text = await gitOutput(repoDir, ['ls-tree', '-r', '--name-only', '-z', sha]);
  return text?.split('\0').filter(Boolean);
}
