// Manifest inputs (paths or globs, relative to working-directory) -> repository-relative manifest paths.
import { posix } from 'node:path';
import picomatch from 'picomatch';

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** `**` crosses folders, `*` and `?` do not, `{a,b}` alternates, `[...]` is a character class (picomatch). */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(pattern, { dot: true });
}

export interface ResolvedManifests {
  /** Repository-relative, sorted, unique. */
  paths: string[];
  /** Globs that matched nothing in the listing (plain paths are kept even when absent: the pipeline reports them). */
  unmatched: string[];
  /** Globs that could not be expanded because no listing was available. */
  unexpanded: string[];
}

/** `listing` holds every repository-relative file path, or is undefined when none can be had (e.g. API-only commit). */
export function resolveManifests(
  patterns: string[],
  workingDirectory: string,
  listing: string[] | undefined,
): ResolvedManifests {
  const paths = new Set<string>();
  const unmatched: string[] = [];
  const unexpanded: string[] = [];
  for (const pattern of patterns) {
    const full = posix
      .normalize(posix.join(workingDirectory.replace(/\\/g, '/'), pattern.replace(/\\/g, '/')))
      .replace(/^\.\//, '');
    if (!isGlob(pattern)) {
      paths.add(full);
      continue;
    }
    if (!listing) {
      unexpanded.push(pattern);
      continue;
    }
    const regex = globToRegExp(full);
    const matches = listing.filter((path) => regex.test(path));
    if (!matches.length) unmatched.push(pattern);
    for (const match of matches) paths.add(match);
  }
  return { paths: [...paths].sort(), unmatched, unexpanded };
}
