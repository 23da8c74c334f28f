// `estimate` and `compare`: run the pipeline on local manifests and print markdown or JSON.
import { parseArgs } from 'node:util';
import { formatProblem, type InputProblem } from '../errors.js';
import { localManifest } from '../files/local.js';
import { analyze } from '../pipeline.js';
import { estimateJson } from '../report/json.js';
import { EXIT, UsageError, type CliIo, type Command } from './command.js';

function parse(args: string[], positionals: number, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${usage}`);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`too many arguments\nusage: ${usage}`);
  return { json: parsed.values.json ?? false, paths: parsed.positionals };
}

function printProblems(io: CliIo, problems: InputProblem[]): void {
  for (const problem of problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}\n`);
}

export const estimateCommand: Command = {
  name: 'estimate',
  usage: 'ml-carbon estimate [manifest] [--json]',
  summary: 'estimate the energy and CO2e of every run in a manifest (default ./ml-carbon.yml)',
  async run(args, io) {
    const { json, paths } = parse(args, 1, this.usage);
    const manifestPath = paths[0] ?? 'ml-carbon.yml';
    const analysis = await analyze({ head: localManifest(io.cwd, manifestPath) });
    printProblems(io, analysis.problems);
    const estimate = analysis.head.estimate;
    if (estimate)
      io.stdout(json ? `${JSON.stringify(estimateJson(estimate, analysis.problems), null, 2)}\n` : analysis.markdown);
    return analysis.hasErrors ? EXIT.invalidInput : EXIT.ok;
  },
};

export const compareCommand: Command = {
  name: 'compare',
  usage: 'ml-carbon compare <base-manifest> <head-manifest> [--json]',
  summary: 'compare two manifests (base branch vs pull request) and judge the budget; exit 1 when it is exceeded',
  async run(args, io) {
    const { json, paths } = parse(args, 2, this.usage);
    if (paths.length !== 2) throw new UsageError(`compare needs a base and a head manifest\nusage: ${this.usage}`);
    const analysis = await analyze({
      base: localManifest(io.cwd, paths[0]!),
      head: localManifest(io.cwd, paths[1]!),
    });
    printProblems(io, [...analysis.problems, ...(analysis.base?.problems ?? [])]);
    io.stdout(json ? `${JSON.stringify(analysis.json, null, 2)}\n` : analysis.markdown);
    // Locally, a refused input on either side makes the comparison untrustworthy: exit 2 for the base too.
    const baseHasErrors = analysis.base?.problems.some((problem) => problem.severity === 'error') ?? false;
    if (analysis.hasErrors || baseHasErrors) return EXIT.invalidInput;
    return analysis.comparison.budget.status === 'fail' ? EXIT.budgetExceeded : EXIT.ok;
  },
};
