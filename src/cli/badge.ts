// `ml-carbon badge`: write the badge (shields endpoint JSON and SVG), the history and the dashboard to a folder,
// appending to the history already there.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBadgeFigure } from '../badge/figure.js';
import { BADGE_FILES, buildBadgeFiles } from '../badge/files.js';
import { readCommit } from '../badge/git-publisher.js';
import { parseGradeThresholds } from '../badge/grades.js';
import { commitProblems } from '../badge/history.js';
import { formatProblem, type InputProblem } from '../errors.js';
import { localManifest } from '../files/local.js';
import { analyze } from '../pipeline.js';
import { EXIT, UsageError, type CliIo, type Command } from './command.js';

const USAGE =
  'ml-carbon badge [manifest] --out <dir> [--figure training|training-and-inference|max-run] [--grades A:10kg,...] [--label TEXT] [--sha SHA --date ISO] [--repository owner/name]';

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        figure: { type: 'string' },
        grades: { type: 'string' },
        label: { type: 'string' },
        sha: { type: 'string' },
        date: { type: 'string' },
        repository: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${USAGE}`);
  }
}

function print(io: CliIo, problems: InputProblem[]): void {
  for (const problem of problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}\n`);
}

async function commitOf(
  io: CliIo,
  manifestPath: string,
  sha?: string,
  date?: string,
): Promise<{ sha: string; date: string }> {
  if (sha && date) return { sha, date };
  try {
    const head = await readCommit(dirname(resolve(io.cwd, manifestPath)), sha ?? 'HEAD');
    return { sha: head.sha, date: date ?? head.date };
  } catch {
    throw new UsageError(`cannot read the commit from git here: pass --sha and --date\nusage: ${USAGE}`);
  }
}

export const badgeCommand: Command = {
  name: 'badge',
  usage: USAGE,
  summary: 'write badge.json (shields endpoint), badge.svg, history.json and index.html (dashboard) to a folder',
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length > 1) throw new UsageError(`too many arguments\nusage: ${USAGE}`);
    if (!values.out) throw new UsageError(`badge needs --out <dir>\nusage: ${USAGE}`);
    const figure = parseBadgeFigure(values.figure, '--figure');
    const grades =
      values.grades !== undefined
        ? parseGradeThresholds(values.grades, '--grades')
        : { thresholds: undefined, problems: [] };
    const optionProblems = [...figure.problems, ...grades.problems];
    if (optionProblems.length) {
      print(io, optionProblems);
      return EXIT.invalidInput;
    }

    const manifestPath = positionals[0] ?? 'ml-carbon.yml';
    const analysis = await analyze({ head: localManifest(io.cwd, manifestPath) });
    print(io, analysis.problems);
    if (analysis.hasErrors || !analysis.head.estimate) return EXIT.invalidInput;

    const commit = await commitOf(io, manifestPath, values.sha, values.date);
    const badCommit = commitProblems(commit, '--sha/--date');
    if (badCommit.length) {
      print(io, badCommit);
      return EXIT.invalidInput;
    }
    const out = resolve(io.cwd, values.out);
    const historyPath = join(out, BADGE_FILES.history);
    const previous = existsSync(historyPath) ? await readFile(historyPath, 'utf8') : undefined;
    const built = buildBadgeFiles(
      {
        estimate: analysis.head.estimate,
        commit,
        figure: figure.figure,
        thresholds: grades.thresholds,
        budgetKg: analysis.comparison.budget.limits.totalCo2eKg,
        label: values.label,
        repository: values.repository,
      },
      previous,
    );
    print(
      io,
      built.problems.map((problem) => ({ ...problem, file: historyPath })),
    );
    await mkdir(out, { recursive: true });
    for (const [name, content] of Object.entries(built.files)) await writeFile(join(out, name), content);
    io.stdout(
      `${built.badge.label}: ${built.badge.message} (grade ${built.badge.grade}); ${built.history.entries.length} commit(s) in the history; wrote ${Object.keys(
        built.files,
      )
        .filter((name) => name !== BADGE_FILES.noJekyll)
        .join(', ')} to ${values.out}\n`,
    );
    return EXIT.ok;
  },
};
