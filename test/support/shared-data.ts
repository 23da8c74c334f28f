// ../shared holds reference data the project may not ship (real logs, published runs, grid datasets). A user's clone
// does not have it: tests that read it skip, and their names say why (test/support/skipped-reporter.ts lists them).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface SharedData {
  /** Absolute path of `../shared/<relative>`. */
  path: string;
  present: boolean;
  /** Appended to a skipped describe's title: what is missing. */
  reason: string;
}

export function sharedData(relative: string): SharedData {
  const absolute = path.resolve(repoRoot, '../shared', relative);
  const present = existsSync(absolute);
  return { path: absolute, present, reason: present ? '' : ` [skipped: ../shared/${relative} is absent]` };
}
