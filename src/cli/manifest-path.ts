// Did-you-mean for a manifest path typed on the command line that does not exist: files of the same folder whose
// names are close ("ml-carbon.yaml" for "ml-carbon.yml", "ml_carbon.yml", "ml-carbon.yml" in a sub-folder named).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closest } from '../util/suggest.js';

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** " (did you mean "x"?)" for a missing manifest `written` (relative to `cwd`), or "" when nothing is close. */
export function missingManifestHint(cwd: string, written: string): string {
  const full = resolve(cwd, written);
  if (statSync(full, { throwIfNoEntry: false })?.isDirectory() && isFile(join(full, 'ml-carbon.yml')))
    return ` (did you mean "${join(written, 'ml-carbon.yml')}"?)`;
  let names: string[];
  try {
    names = readdirSync(dirname(full)).filter(
      (name) => /\.(ya?ml|json)$/i.test(name) && isFile(join(dirname(full), name)),
    );
  } catch {
    return '';
  }
  const [near] = closest(basename(full), names, 1);
  return near === undefined ? '' : ` (did you mean "${join(dirname(written), near)}"?)`;
}
