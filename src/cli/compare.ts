// `ml-carbon compare`: base manifest vs head manifest, with the budget verdict; exit 1 when the budget is exceeded.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localManifest } from '../files/local.js';
import { missingManifestHint } from './manifest-path.js';
import { analyze } from '../pipeline.js';
import { EXIT, UsageError, type Command } from './command.js';
import { chooseFormat, FORMAT_HELP, FORMAT_OPTIONS, json, printProblems } from './output-format.js';

const USAGE = 'ml-carbon compare <base-manifest> <head-manifest> [--format text|markdown|json] [--json]';

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

export const compareCommand: Command = {
  name: 'compare',
  usage: USAGE,
  summary: 'compare two manifests (base branch vs pull request) and judge the budget; exit 1 when it is exceeded',
  options: FORMAT_HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: FORMAT_OPTIONS });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: ${USAGE}`);
    }
    const paths = parsed.positionals;
    if (paths.length !== 2) throw new UsageError(`compare needs a base and a head manifest\nusage: ${USAGE}`);
    const format = chooseFormat(parsed.values, io, USAGE);
    // A path typed on the command line that does not exist is a mistake, not "no manifest on the base branch".
    const missing = paths.filter((path) => !isFile(resolve(io.cwd, path)));
    if (missing.length) {
      for (const path of missing) io.stderr(`error: ${path}: no such file${missingManifestHint(io.cwd, path)}\n`);
      return EXIT.invalidInput;
    }
    // Each manifest is read in its own repository, paths relative to it, whatever the current directory.
    const analysis = await analyze({ base: localManifest(io.cwd, paths[0]!), head: localManifest(io.cwd, paths[1]!) });
    printProblems(io, [...analysis.problems, ...(analysis.base?.problems ?? [])]);
    if (format === 'json') io.stdout(json(analysis.json));
    else if (format === 'text')
      io.stdout((await import('../report/text.js')).renderComparisonText(analysis.comparison));
    else io.stdout(analysis.markdown);
    // Locally, a refused input on either side makes the comparison untrustworthy: exit 2 for the base too.
    const baseHasErrors = analysis.base?.problems.some((problem) => problem.severity === 'error') ?? false;
    if (analysis.hasErrors || baseHasErrors) return EXIT.invalidInput;
    return analysis.comparison.budget.status === 'fail' ? EXIT.budgetExceeded : EXIT.ok;
  },
};
