// Shell side: the on-disk path of a log, refusing paths (and symlinks) that leave the repository.
// Synchronous: node:fs/promises is a module of its own that the CLI would otherwise compile at every start.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../errors.js';
import { checkLogPath } from '../logs/log-path.js';

export type ResolvedLogPath = { ok: true; absolutePath: string } | { ok: false; problem: InputProblem };

/**
 * Resolves `logPath` (as written in the manifest, relative to `manifestDir`) inside `repoRoot`. Absolute paths,
 * `..` escapes and symlinks whose target lies outside the repository are refused with an InputProblem. A path that
 * does not exist is returned as is; reading it reports the missing file.
 */
export async function resolveLogPath(
  repoRoot: string,
  manifestDir: string,
  logPath: string,
  manifestFile = 'ml-carbon.yml',
): Promise<ResolvedLogPath> {
  const root = path.resolve(repoRoot);
  const relativeDir = path.relative(root, path.resolve(root, manifestDir)).split(path.sep).join('/');
  const checked = checkLogPath(manifestFile, relativeDir, logPath);
  if (!checked.ok) return checked;
  const absolutePath = path.join(root, ...checked.repoPath.split('/'));
  let realRoot: string;
  let realTarget: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  try {
    realTarget = realpathSync(absolutePath);
  } catch {
    return { ok: true, absolutePath };
  }
  const inside = path.relative(realRoot, realTarget);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return {
      ok: false,
      problem: {
        file: manifestFile,
        message: `log path "${logPath}" is a symlink to ${realTarget}, outside the repository`,
        hint: 'logs must live in the repository; commit the file itself instead of a link',
        severity: 'error',
      },
    };
  }
  return { ok: true, absolutePath };
}
