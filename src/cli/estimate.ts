// `ml-carbon estimate`: the energy and CO2e of every run in one manifest (an estimate, not a comparison).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { missingManifestHint } from './manifest-path.js';
import { localManifest } from '../files/local.js';
import { analyze } from '../pipeline.js';
import { estimateJson } from '../report/json.js';
import { EXIT, UsageError, type Command } from './command.js';
import { chooseFormat, FORMAT_HELP, FORMAT_OPTIONS, json, printProblems } from './output-format.js';

const USAGE = 'ml-carbon estimate [manifest] [--format text|markdown|json] [--json] [--fail-on-budget]';

export const estimateCommand: Command = {
  name: 'estimate',
  usage: USAGE,
  summary: 'estimate the energy and CO2e of every run in a manifest (default ./ml-carbon.yml)',
  options: [...FORMAT_HELP, ['--fail-on-budget', "exit 1 when the manifest's own budget is exceeded"]],
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { ...FORMAT_OPTIONS, 'fail-on-budget': { type: 'boolean', default: false } },
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: ${USAGE}`);
    }
    if (parsed.positionals.length > 1) throw new UsageError(`too many arguments\nusage: ${USAGE}`);
    const format = chooseFormat(parsed.values, io, USAGE);
    const manifestPath = parsed.positionals[0] ?? 'ml-carbon.yml';
    const stat = statSync(resolve(io.cwd, manifestPath), { throwIfNoEntry: false });
    if (!stat?.isFile()) {
      const hint = missingManifestHint(io.cwd, manifestPath);
      if (hint) {
        io.stderr(
          `error: ${manifestPath}: ${stat?.isDirectory() ? 'a folder, not a manifest' : 'no such file'}${hint}\n`,
        );
        return EXIT.invalidInput;
      }
    }
    const analysis = await analyze({ head: localManifest(io.cwd, manifestPath) });
    printProblems(io, analysis.problems);
    const estimate = analysis.head.estimate;
    if (estimate) {
      if (format === 'json') io.stdout(json(estimateJson(estimate, analysis.problems)));
      else if (format === 'text')
        io.stdout((await import('../report/text.js')).renderEstimateText(analysis.comparison));
      else io.stdout((await import('../report/estimate-markdown.js')).renderEstimateMarkdown(analysis.comparison));
    }
    if (analysis.hasErrors) return EXIT.invalidInput;
    const over = analysis.comparison.budget.status === 'fail';
    if (over && parsed.values['fail-on-budget']) return EXIT.budgetExceeded;
    return EXIT.ok;
  },
};
