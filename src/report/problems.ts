// Input problems in the comment: errors above the fold with what was done about them, warnings collapsed. What was
// done follows from where the error is: a manifest that was not parsed adds no runs; the parser leaves out a run with an
// error in its own fields; a log that cannot be used leaves its run estimated from the manifest; any other error in a
// parsed manifest (an unknown default location) leaves that setting unapplied.
import { formatProblem, type InputProblem } from '../errors.js';
import { codeBlock } from './escape.js';
import { collapsed } from './markdown-blocks.js';

/** Errors listed above the fold; more are in the collapsed list. */
const MAX_ERRORS_SHOWN = 5;

type Effect = 'run-left-out' | 'log-not-used' | 'file-not-read' | 'other';

function effectOf(problem: InputProblem, readFiles: Set<string>): { effect: Effect; key: string } {
  if (!readFiles.has(problem.file)) return { effect: 'file-not-read', key: problem.file };
  const run = problem.path?.match(/^runs\[(\d+)\]/);
  if (run && /^runs\[\d+\]\.logs\b/.test(problem.path!))
    return { effect: 'log-not-used', key: `${problem.file}#${run[1]}` };
  if (run) return { effect: 'run-left-out', key: `${problem.file}#${run[1]}` };
  return { effect: 'other', key: `${problem.file}:${problem.path}` };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What was done, e.g. "1 run left out of the figures, 1 run estimated without its log". */
export function consequences(errors: InputProblem[], readFiles: Set<string>): string[] {
  const keys: Record<Effect, Set<string>> = {
    'run-left-out': new Set(),
    'log-not-used': new Set(),
    'file-not-read': new Set(),
    other: new Set(),
  };
  for (const error of errors) {
    const { effect, key } = effectOf(error, readFiles);
    keys[effect].add(key);
  }
  for (const key of keys['run-left-out']) keys['log-not-used'].delete(key);
  const parts: string[] = [];
  if (keys['file-not-read'].size)
    parts.push(`${plural(keys['file-not-read'].size, 'file')} not read (its runs are not in the figures)`);
  if (keys['run-left-out'].size) parts.push(`${plural(keys['run-left-out'].size, 'run')} left out of the figures`);
  if (keys['log-not-used'].size)
    parts.push(`${plural(keys['log-not-used'].size, 'run')} estimated from the manifest instead of its log`);
  if (keys.other.size) parts.push(`${plural(keys.other.size, 'setting')} not applied (defaults used instead)`);
  return parts;
}

/** Whether any of `errors` left a run, or a whole manifest, out of the figures. */
export function leavesRunsOut(errors: InputProblem[], readFiles: Set<string>): boolean {
  return errors.some((error) => {
    const { effect } = effectOf(error, readFiles);
    return effect === 'run-left-out' || effect === 'file-not-read';
  });
}

/**
 * `readFiles`: the manifests that were parsed (their runs are in the figures unless an error names the run). The
 * collapsed list shows at most `limit` problems, then says how many more there are and where (`elsewhere`).
 */
export function problemsSection(
  problems: InputProblem[],
  readFiles: Set<string>,
  limit = Infinity,
  elsewhere = '',
): { aboveFold: string; collapsed: string } {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  const aboveFold: string[] = [];
  if (errors.length) {
    const done = consequences(errors, readFiles);
    aboveFold.push(
      `**⚠️ ${plural(errors.length, 'error')} in the input${done.length ? `: ${done.join(', ')}` : ''}.**`,
      codeBlock(errors.slice(0, MAX_ERRORS_SHOWN).map(formatProblem)),
    );
    if (errors.length > MAX_ERRORS_SHOWN) aboveFold.push(`${errors.length - MAX_ERRORS_SHOWN} more below.`);
  }
  const hidden = [...errors.slice(MAX_ERRORS_SHOWN), ...warnings];
  const summary = [
    errors.length > MAX_ERRORS_SHOWN ? plural(errors.length - MAX_ERRORS_SHOWN, 'more error') : '',
    warnings.length ? plural(warnings.length, 'warning') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const listed = hidden.slice(0, limit);
  const more = hidden.length - listed.length;
  const body = `${codeBlock(listed.map(formatProblem))}${more ? `\n\n${more} more: ${elsewhere}.` : ''}`;
  return {
    aboveFold: aboveFold.join('\n\n'),
    collapsed: hidden.length ? collapsed(`⚠️ ${summary} about the input`, body) : '',
  };
}
