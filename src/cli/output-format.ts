// --format text|markdown|json (and --json, its alias for scripts): text on a terminal, markdown when piped.
import { UsageError, type CliIo } from './command.js';
import { formatProblem, type InputProblem } from '../errors.js';

export type OutputFormat = 'text' | 'markdown' | 'json';

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

export const FORMAT_OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export const FORMAT_HELP: [string, string][] = [
  ['--format text|markdown|json', 'text on a terminal (aligned columns), markdown when piped'],
  ['--json', 'same as --format json (the JSON contract)'],
];

export function chooseFormat(values: { format?: string; json?: boolean }, io: CliIo, usage: string): OutputFormat {
  const asked = values.format;
  if (asked !== undefined && !FORMATS.includes(asked as OutputFormat))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${asked}"\nusage: ${usage}`);
  if (values.json && asked !== undefined && asked !== 'json')
    throw new UsageError(`--json and --format ${asked} contradict each other\nusage: ${usage}`);
  if (values.json) return 'json';
  return (asked as OutputFormat | undefined) ?? (io.isTty ? 'text' : 'markdown');
}

export function printProblems(io: CliIo, problems: InputProblem[]): void {
  for (const problem of problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}\n`);
}

export const json = (value: unknown): string => `${JSON.stringify(value)}\n`;
