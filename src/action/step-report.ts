// What the step leaves on the runner whatever happens: outputs, the job summary and the JSON report file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../pipeline.js';
import { stepOutputs, type StepOutputs } from './outputs.js';
import type { RunnerEnv } from './runner-env.js';
import * as core from './workflow-commands.js';

/** The job summary accepts up to 1 MiB; stay clear of it. */
const SUMMARY_LIMIT_CHARS = 1_000_000;

export function setOutputs(outputs: StepOutputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** Outputs of a run that could not produce an analysis: empty figures, budget-status error. */
export function setErrorOutputs(): void {
  setOutputs(stepOutputs(undefined, '', true));
}

export async function writeSummary(markdown: string): Promise<void> {
  try {
    const text =
      markdown.length > SUMMARY_LIMIT_CHARS
        ? `${markdown.slice(0, SUMMARY_LIMIT_CHARS)}\n\n(report cut at 1 MB; the JSON report has everything)\n`
        : markdown;
    core.appendSummary(text);
  } catch (error) {
    core.warning(`ml-carbon could not write the job summary: ${(error as Error).message}`);
  }
}

export function writeJsonReport(env: RunnerEnv, key: string, analysis: Analysis | undefined): string {
  const folder = join(env.runnerTemp, 'ml-carbon');
  const path = join(folder, `report-${key.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, `${JSON.stringify(analysis?.json ?? null, null, 2)}\n`);
    return path;
  } catch (error) {
    core.warning(`ml-carbon could not write the JSON report to ${path}: ${(error as Error).message}`);
    return '';
  }
}
