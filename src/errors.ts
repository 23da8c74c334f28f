// Problems with user input are values until the edge decides how to show them.

export interface InputProblem {
  file: string;
  line?: number;
  column?: number;
  /** Field path in the document, e.g. "runs[0].hardware.count". */
  path?: string;
  message: string;
  /** What was expected or a did-you-mean. */
  hint?: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: InputProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.path ? ` ${problem.path}:` : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where}:${field} ${problem.message}${hint}`;
}

/** Thrown at the edge when input is unusable; carries every problem found, not only the first. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}
