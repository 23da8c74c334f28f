// `ml-carbon model-card`: print a run's Hugging Face `co2_eq_emissions` metadata block.
import { parseArgs } from 'node:util';
import { co2EqEmissions, renderModelCardBlock } from '../badge/model-card.js';
import { formatProblem } from '../errors.js';
import { localManifest } from '../files/local.js';
import { analyze } from '../pipeline.js';
import { didYouMean } from '../util/suggest.js';
import { EXIT, UsageError, type Command } from './command.js';

const USAGE = 'ml-carbon model-card [manifest] --run <id>';

export const modelCardCommand: Command = {
  name: 'model-card',
  usage: USAGE,
  summary: "print a run's Hugging Face model-card co2_eq_emissions block (grams; measured when the run has logs)",
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { run: { type: 'string' } } });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\nusage: ${USAGE}`);
    }
    if (parsed.positionals.length > 1) throw new UsageError(`too many arguments\nusage: ${USAGE}`);
    const manifestPath = parsed.positionals[0] ?? 'ml-carbon.yml';
    const analysis = await analyze({ head: localManifest(io.cwd, manifestPath) });
    for (const problem of analysis.problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}\n`);
    const manifest = analysis.head.manifests[0];
    const estimate = analysis.head.estimate;
    if (analysis.hasErrors || !manifest || !estimate) return EXIT.invalidInput;

    const ids = manifest.runs.map((run) => run.id);
    const wanted = parsed.values.run ?? (ids.length === 1 ? ids[0] : undefined);
    if (wanted === undefined)
      throw new UsageError(
        `the manifest has ${ids.length} runs: choose one with --run (${ids.join(', ')})\nusage: ${USAGE}`,
      );
    const run = manifest.runs.find((candidate) => candidate.id === wanted);
    const runEstimate = estimate.runs.find((candidate) => candidate.id === wanted);
    if (!run || !runEstimate) {
      const hint = didYouMean(wanted, ids) ?? `runs in ${manifestPath}: ${ids.join(', ')}`;
      io.stderr(
        `error: ${formatProblem({ file: manifestPath, path: '--run', message: `no run "${wanted}"`, hint, severity: 'error' })}\n`,
      );
      return EXIT.invalidInput;
    }
    io.stdout(renderModelCardBlock(co2EqEmissions(run, runEstimate), runEstimate));
    return EXIT.ok;
  },
};
