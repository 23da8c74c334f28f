// The three comments the structure test measures and docs/ shows: the bundled example, the same PR over a tighter
// budget (a failure), and a 50-run monorepo (five manifests of ten runs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localFiles } from '../../src/files/local.js';
import { analyze } from '../../src/pipeline.js';
import { runChart } from '../../src/action/mermaid-chart.js';
import type { FileReader } from '../../src/util/file-reader.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const BASE = 'fixtures/example/base/ml-carbon.yml';
const HEAD = 'fixtures/example/head/ml-carbon.yml';

/** Local files with some paths replaced by in-memory text. */
function withOverrides(overrides: Record<string, string>): FileReader {
  const files = localFiles(repoRoot);
  return {
    readText: async (path) => overrides[path] ?? files.readText(path),
    openStream: (path) => files.openStream(path),
  };
}

const chart = (comparison: Parameters<typeof runChart>[0]) => {
  const section = runChart(comparison);
  return section ? [section] : [];
};

export async function exampleComment(): Promise<string> {
  const files = localFiles(repoRoot);
  const analysis = await analyze({
    base: { manifestPaths: [BASE], files },
    head: { manifestPaths: [HEAD], files },
    extraSections: chart,
  });
  return analysis.markdown;
}

/** The example PR against a base whose budget is 100 kg: the gate fails. */
export async function budgetFailureComment(): Promise<string> {
  const base = readFileSync(resolve(repoRoot, BASE), 'utf8').replace('total_co2e_kg: 1500', 'total_co2e_kg: 100');
  const analysis = await analyze({
    base: { manifestPaths: [BASE], files: withOverrides({ [BASE]: base }) },
    head: { manifestPaths: [HEAD], files: localFiles(repoRoot) },
    extraSections: chart,
  });
  return analysis.markdown;
}

const TEAMS = ['search', 'ranking', 'speech', 'vision', 'support'];
const ACCELERATORS = ['A100-SXM4-80GB', 'H100', 'L4', 'A10G', 'V100'];
const LOCATIONS = ['gcp:us-central1', 'aws:us-east-1', 'gcp:europe-west4', 'aws:eu-west-1', 'azure:westeurope'];

interface RunSpec {
  id: string;
  parameters: string;
  tokens: string;
  precision: string;
  accelerator: string;
  count: number;
  location: string;
  method: string;
}

function runsOf(team: number): RunSpec[] {
  return Array.from({ length: 10 }, (_, index) => ({
    id: `${TEAMS[team]}-model-${index + 1}`,
    parameters: `${[60, 110, 350, 770, 1300][index % 5]}M`,
    tokens: `${[200, 500, 1000, 2000][index % 4]}M`,
    precision: index % 3 === 0 ? 'fp32' : 'bf16',
    accelerator: ACCELERATORS[(team + index) % ACCELERATORS.length]!,
    count: [1, 2, 4, 8][index % 4]!,
    location: LOCATIONS[(team + index) % LOCATIONS.length]!,
    method: index % 4 === 3 ? 'from_scratch' : 'full',
  }));
}

function manifest(runs: RunSpec[]): string {
  const body = runs
    .map(
      (run) => `  - id: ${run.id}
    model: { parameters: ${run.parameters} }
    training: { tokens: ${run.tokens}, precision: ${run.precision}, method: ${run.method} }
    hardware: { accelerator: ${run.accelerator}, count: ${run.count} }
    location: ${run.location}`,
    )
    .join('\n');
  return `version: 1\nruns:\n${body}\nbudget:\n  total_co2e_kg: 5000\n  max_increase_percent: 50\n  warn_increase_percent: 10\n`;
}

/** Five teams of ten runs; the PR doubles one team's data, moves one run to H100, switches one to bf16, adds and removes one. */
export async function monorepoComment(): Promise<string> {
  const base: Record<string, string> = {};
  const head: Record<string, string> = {};
  TEAMS.forEach((team, index) => {
    const runs = runsOf(index);
    base[`${team}/ml-carbon.yml`] = manifest(runs);
    let changed = runs;
    if (team === 'search') changed = runs.map((run) => ({ ...run, tokens: run.tokens.replace('M', '0M') }));
    if (team === 'speech')
      changed = runs.map((run, i) =>
        i === 0 ? { ...run, accelerator: 'H100' } : i === 3 ? { ...run, precision: 'bf16' } : run,
      );
    if (team === 'vision')
      changed = [
        ...runs.slice(1),
        { ...runs[0]!, id: 'vision-detector-v2', parameters: '2B', tokens: '40B', count: 16, method: 'from_scratch' },
      ];
    head[`${team}/ml-carbon.yml`] = manifest(changed);
  });
  const paths = TEAMS.map((team) => `${team}/ml-carbon.yml`);
  const inMemory = (files: Record<string, string>): FileReader => ({
    readText: async (path) => files[path],
    openStream: () => undefined,
  });
  const analysis = await analyze({
    base: { manifestPaths: paths, files: inMemory(base) },
    head: { manifestPaths: paths, files: inMemory(head) },
    extraSections: chart,
  });
  return analysis.markdown;
}
