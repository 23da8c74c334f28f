// Where a manifest's log path points, checked without touching the file system: relative, inside the repository.
import path from 'node:path/posix';
import type { InputProblem } from '../errors.js';

export type LogPathCheck = { ok: true; repoPath: string } | { ok: false; problem: InputProblem };

/**
 * The repository-relative POSIX path of a log named in a manifest, or a problem when the path is absolute or
 * climbs out of the repository. `manifestDir` is the manifest's folder relative to the repository root ('' or '.'
 * for the root). Backslashes count as separators so Windows-style paths are judged the same way.
 */
export function checkLogPath(manifestFile: string, manifestDir: string, logPath: string, field?: string): LogPathCheck {
  const refuse = (message: string, hint: string): LogPathCheck => ({
    ok: false,
    problem: { file: manifestFile, ...(field ? { path: field } : {}), message, hint, severity: 'error' },
  });
  const written = logPath.trim();
  if (written === '')
    return refuse('log path is empty', 'give a path relative to the manifest, e.g. logs/emissions.csv');
  if (written.includes('\0')) return refuse('log path contains a NUL character', 'give a plain relative path');
  const slashed = written.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || slashed.startsWith('~')) {
    return refuse(
      `log path "${logPath}" is absolute`,
      'logs must live in the repository: give a path relative to the manifest',
    );
  }
  const joined = path.normalize(path.join(manifestDir.replace(/\\/g, '/') || '.', slashed));
  if (joined === '..' || joined.startsWith('../')) {
    return refuse(
      `log path "${logPath}" leaves the repository`,
      'logs must live in the repository; ".." may not climb above its root',
    );
  }
  if (joined === '.' || slashed.endsWith('/'))
    return refuse(
      `log path "${logPath}" names a folder, not a file`,
      'name the log file itself, e.g. logs/emissions.csv',
    );
  return { ok: true, repoPath: joined };
}
