// `npm run bench [-- --quick] [-- --write]`: ingest, start-up and scale, as medians of paired runs, printed as
// markdown (and written to BENCHMARKS.md with --write). Generators are seeded; logs go to a temp folder that is
// removed afterwards. See BENCHMARKS.md for what each figure means and the targets (issue 14).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCodeCarbonLog, writeNvidiaSmiLog } from './generate.js';
import { bundle, median, nodeVersion, spawnToFirstRequest, timed, worker } from './support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const MiB = 2 ** 20;
const lines: string[] = [];
const say = (text = '') => {
  lines.push(text);
  console.log(text);
};
const fmt = (value: number, digits = 2) => value.toFixed(digits);
const verdict = (met: boolean, target: string) => (met ? `met (${target})` : `**not met** (${target})`);

interface IngestRun {
  mode: string;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
  energyKwh?: number;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'ml-carbon-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function node24(): string | undefined {
  if (process.env.ML_CARBON_NODE24) return process.env.ML_CARBON_NODE24;
  const result = spawnSync(path.join(repoRoot, '.ci/node24.sh'), { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

async function ingest(): Promise<void> {
  const script = await bundle(path.join(repoRoot, 'bench/ingest-worker.ts'), path.join(scratch, 'ingest-worker.mjs'));
  const sizes = quick ? [100] : [100, 1024];
  say('## Ingest');
  say();
  say(
    'Each figure is the median of paired runs in fresh processes (papaparse and ml-carbon alternate; the file is in the page cache). ' +
      'ml-carbon = `readMeasurement` (the WebAssembly scan kernel, the default engine) from a 1 MiB-chunk file stream; papaparse 5.7.1 streams the same file with a `step` row callback that counts rows; ' +
      'the reference is the line engine (every line decoded), which must give the same energy to the last digit. CPU = user + system time of the process.',
  );
  say();
  say(
    '| log | size | ml-carbon wall / CPU | MB/s | papaparse wall / CPU | × papaparse (wall, CPU) | target | peak RSS | `wc -l` | × `wc -l` | energy = reference |',
  );
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const format of ['nvidia-smi', 'codecarbon'] as const) {
    for (const size of sizes) {
      const file = path.join(scratch, `${format}-${size}.csv`);
      (format === 'nvidia-smi' ? writeNvidiaSmiLog : writeCodeCarbonLog)(file, size * MiB, 42);
      const pairs = size >= 1024 ? 1 : 3;
      const ours: IngestRun[] = [];
      const papa: IngestRun[] = [];
      for (let pair = 0; pair < pairs; pair++) {
        const order = pair % 2 ? ['papaparse', 'wasm'] : ['wasm', 'papaparse'];
        for (const mode of order)
          (mode === 'wasm' ? ours : papa).push(worker<IngestRun>(process.execPath, script, [mode, file]));
      }
      const reference = worker<IngestRun>(process.execPath, script, ['lines', file]);
      const wc = median([0, 1, 2].map(() => timed('wc', ['-l', file]).wallSeconds));
      const wall = median(ours.map((run) => run.seconds));
      const cpu = median(ours.map((run) => run.cpuSeconds));
      const papaWall = median(papa.map((run) => run.seconds));
      const papaCpu = median(papa.map((run) => run.cpuSeconds));
      const ratioWall = median(ours.map((run, index) => papa[index]!.seconds / run.seconds));
      const ratioCpu = median(ours.map((run, index) => papa[index]!.cpuSeconds / run.cpuSeconds));
      const rss = Math.max(...ours.map((run) => run.maxRssMiB));
      const target = format === 'nvidia-smi' ? 4 : 2;
      const same = ours.every((run) => Object.is(run.energyKwh, reference.energyKwh));
      const bytes = statSync(file).size;
      say(
        `| ${format} | ${size} MiB | ${fmt(wall)} s / ${fmt(cpu)} s | ${fmt(bytes / 1e6 / wall, 0)} | ${fmt(papaWall)} s / ${fmt(papaCpu)} s | ${fmt(ratioWall)}×, ${fmt(ratioCpu)}× | ≥ ${target}×: ${ratioWall >= target ? 'met' : '**not met**'} | ${fmt(rss, 0)} MiB${size >= 1024 ? (rss < 150 ? ' (< 150: met)' : ' (< 150: **not met**)') : ''} | ${fmt(wc, 3)} s | ${fmt(wall / wc, 0)}× | ${same ? `yes (${reference.energyKwh} kWh; reference ${fmt(reference.seconds)} s)` : `**NO**: ${ours[0]!.energyKwh} vs ${reference.energyKwh}`} |`,
      );
      rmSync(file);
    }
  }
  say();
}

function smallManifest(): string {
  const dir = path.join(scratch, 'small');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'ml-carbon.yml');
  writeFileSync(
    file,
    'version: 1\ndefaults:\n  location: FR\nruns:\n  - id: finetune\n    model:\n      parameters: 7B\n    training:\n      tokens: 2B\n      precision: bf16\n    hardware:\n      accelerator: A100-SXM4-80GB\n      count: 8\n',
  );
  return file;
}

async function actionFirstRequest(node: string, pairs: number): Promise<{ action: number[]; bare: number[] }> {
  const workspace = path.join(scratch, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'ml-carbon.yml'), readFileSync(smallManifest()));
  const event = path.join(scratch, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number: 1,
      pull_request: {
        number: 1,
        base: { ref: 'main', sha: 'a'.repeat(40), repo: { full_name: 'octo/repo' } },
        head: { ref: 'pr', sha: 'b'.repeat(40), repo: { full_name: 'octo/repo' } },
      },
      repository: { full_name: 'octo/repo', name: 'repo', owner: { login: 'octo' }, default_branch: 'main' },
    }),
  );
  const action: number[] = [];
  const bare: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    let resolveFirst: (at: number) => void = () => {};
    const first = new Promise<number>((resolve) => (resolveFirst = resolve));
    const server = createServer((_request, response) => {
      resolveFirst(performance.now());
      response.statusCode = 503;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GITHUB_OUTPUT: path.join(scratch, 'output'),
      GITHUB_STEP_SUMMARY: path.join(scratch, 'summary'),
      RUNNER_TEMP: scratch,
      'INPUT_GITHUB-TOKEN': 'bench-token',
      ML_CARBON_RETRY_BASE_MS: '1',
    };
    const seconds = await spawnToFirstRequest(
      node,
      [path.join(repoRoot, 'dist/index.js')],
      { cwd: workspace, env },
      first,
    );
    server.close();
    if (seconds === undefined) throw new Error('the action made no API request');
    action.push(seconds);
    bare.push(timed(node, ['-e', '0']).wallSeconds);
  }
  return { action, bare };
}

async function startup(): Promise<void> {
  const pairs = quick ? 7 : 15;
  const manifest = smallManifest();
  const cli = path.join(repoRoot, 'dist/cli.js');
  say('## Start-up');
  say();
  say(
    `\`node dist/cli.js estimate --json\` on a one-run manifest against bare \`node -e 0\`, ${pairs} pairs, alternating; the ratio is the median of per-pair ratios. ` +
      'Action: spawn of `dist/index.js` (a pull_request event, API on a local server) to its first HTTP request, against bare node.',
  );
  say();
  say('| Node | what | ml-carbon | bare node | ratio | target |');
  say('|---|---|---|---|---|---|');
  const nodes: [string, string | undefined, number][] = [
    ['20', process.execPath, 1.5],
    ['24', node24(), 2],
  ];
  for (const [label, node, target] of nodes) {
    if (!node) {
      say(`| ${label} | | not measured: Node 24 could not be installed (.ci/node24.sh) | | | |`);
      continue;
    }
    const ours: number[] = [];
    const bare: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      const runOurs = () => ours.push(timed(node, [cli, 'estimate', '--json', manifest]).wallSeconds);
      const runBare = () => bare.push(timed(node, ['-e', '0']).wallSeconds);
      if (pair % 2) {
        runBare();
        runOurs();
      } else {
        runOurs();
        runBare();
      }
    }
    const ratio = median(ours.map((value, index) => value / bare[index]!));
    say(
      `| ${nodeVersion(node)} | \`estimate --json\` | ${fmt(median(ours) * 1000, 0)} ms | ${fmt(median(bare) * 1000, 0)} ms | ${fmt(ratio)}× | ≤ ${target}×: ${verdict(ratio <= target, `${target}×`).split(' (')[0]} |`,
    );
    const action = await actionFirstRequest(node, quick ? 3 : 7);
    const actionRatio = median(action.action.map((value, index) => value / action.bare[index]!));
    say(
      `| ${nodeVersion(node)} | action spawn → first API request | ${fmt(median(action.action) * 1000, 0)} ms | ${fmt(median(action.bare) * 1000, 0)} ms | ${fmt(actionRatio)}× | ${label === '24' ? `≤ 2×: ${actionRatio <= 2 ? 'met' : '**not met**'}` : '(runner uses 24)'} |`,
    );
  }
  say();
  const cliBytes = statSync(cli).size;
  const indexBytes = statSync(path.join(repoRoot, 'dist/index.js')).size;
  // Dynamic imports become chunks beside the entry: what a user downloads and what a run may load is the sum.
  // ncc names the action's chunks "<id>.index.js"; esbuild writes the CLI's bundle alone in dist/cli.
  const chunkBytes = (folder: string, chunk: RegExp) =>
    readdirSync(folder)
      .filter((name) => chunk.test(name))
      .reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
  const cliTotal = cliBytes + chunkBytes(path.join(repoRoot, 'dist/cli'), /\.c?js$/);
  const actionTotal = indexBytes + chunkBytes(path.join(repoRoot, 'dist'), /^\d+\.index\.js$/);
  say(
    `Bundles (dist/ in the work tree): \`cli.js\` launcher ${fmt(cliBytes / 1e6)} MB, with the bundle in dist/cli/ ${fmt(cliTotal / 1e6)} MB (< 1 MB: ${cliTotal < 1e6 ? 'met' : '**not met**'}); \`index.js\` entry ${fmt(indexBytes / 1e6)} MB, with its chunks ${fmt(actionTotal / 1e6)} MB (< 2 MB: ${actionTotal < 2e6 ? 'met' : '**not met**'}).`,
  );
  say();
}

function scaleManifest(manifest: number, runs: number, head: boolean): string {
  const body = Array.from({ length: runs }, (_, run) => {
    const tokens = 1 + ((manifest * runs + run) % 40) + (head && run % 3 === 0 ? 5 : 0);
    return [
      `  - id: run-${run}`,
      '    model:',
      `      parameters: ${1 + (run % 13)}B`,
      '    training:',
      `      tokens: ${tokens}B`,
      '      precision: bf16',
      '    hardware:',
      `      accelerator: ${run % 2 ? 'H100-SXM5-80GB' : 'A100-SXM4-80GB'}`,
      `      count: ${8 * (1 + (run % 4))}`,
    ].join('\n');
  }).join('\n');
  return `version: 1\ndefaults:\n  location: ${manifest % 2 ? 'FR' : 'US-CA'}\nruns:\n${body}\n`;
}

interface ScaleRun {
  seconds: number;
  cpuSeconds: number;
  jsonBytes: number;
  markdownBytes: number;
  markdownSeconds: number;
  runs: number;
  maxRssMiB: number;
}

async function scale(): Promise<void> {
  const script = await bundle(path.join(repoRoot, 'bench/scale-worker.ts'), path.join(scratch, 'scale-worker.mjs'));
  const manifests = 50;
  const runsEach = 20;
  // A monorepo PR usually touches few manifests: `head-few` changes one in ten, the others are as on the base.
  const changesFew = (manifest: number) => manifest % 10 === 0;
  const paths: string[] = [];
  for (const side of ['base', 'head', 'head-few'] as const) {
    for (let manifest = 0; manifest < manifests; manifest++) {
      const relative = `project-${manifest}/ml-carbon.yml`;
      const file = path.join(scratch, side, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      const changed = side === 'head' || (side === 'head-few' && changesFew(manifest));
      writeFileSync(file, scaleManifest(manifest, runsEach, changed));
      if (side === 'head') paths.push(relative);
    }
  }
  const measure = (node: string, head: string) =>
    Array.from({ length: quick ? 1 : 3 }, () =>
      worker<ScaleRun>(node, script, [path.join(scratch, 'base'), path.join(scratch, head), paths.join(',')]),
    );
  // Node 20 is this machine's; the action runs on the runner's Node 24, where a monorepo's report is paid.
  const nodes: [string, string | undefined][] = [
    ['20', process.execPath],
    ['24', node24()],
  ];
  say('## Scale');
  say();
  say(
    `${manifests} manifests × ${runsEach} runs (${manifests * runsEach} runs) on each side, every manifest changed by the PR unless said, compared as the action does in a monorepo (\`analyze\`, in-process after start-up), median of ${quick ? 1 : 3} runs per Node; CPU = user + system time of the analysis:`,
  );
  say();
  say('| Node | what | measured | target |');
  say('|---|---|---|---|');
  for (const [label, node] of nodes) {
    if (!node) {
      say(`| ${label} | | not measured: Node 24 could not be installed (.ci/node24.sh) | |`);
      continue;
    }
    const version = nodeVersion(node);
    const results = measure(node, 'head');
    const few = measure(node, 'head-few');
    const seconds = median(results.map((result) => result.seconds));
    const cpuSeconds = median(results.map((result) => result.cpuSeconds));
    const jsonBytes = results[0]!.jsonBytes;
    say(
      `| ${version} | report (analyze + JSON), wall / CPU | ${fmt(seconds)} s / ${fmt(cpuSeconds)} s | < 0.5 s: ${seconds < 0.5 ? 'met' : '**not met**'} |`,
    );
    say(
      `| ${version} | markdown comment on top (PR-wide advice + rendering) | ${fmt(median(results.map((result) => result.markdownSeconds)))} s | |`,
    );
    say(
      `| ${version} | \`--json\` size | ${fmt(jsonBytes / 1e6)} MB | < 5 MB: ${jsonBytes < 5e6 ? 'met' : '**not met**'} |`,
    );
    say(`| ${version} | markdown size | ${fmt(results[0]!.markdownBytes / 1e3, 0)} kB | |`);
    say(`| ${version} | peak RSS | ${fmt(Math.max(...results.map((result) => result.maxRssMiB)), 0)} MiB | |`);
    say(
      `| ${version} | a PR changing ${manifests / 10} of the ${manifests} manifests: report wall / CPU | ${fmt(median(few.map((result) => result.seconds)))} s / ${fmt(median(few.map((result) => result.cpuSeconds)))} s | |`,
    );
  }
  say();
}

async function main(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist/cli.js')))
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  say(
    `<!-- generated by \`npm run bench -- --write${quick ? ' --quick' : ''}\`; notes below the tables are hand-written in bench/notes.md -->`,
  );
  say('# Benchmarks');
  say();
  say(
    `One \`npm run bench${quick ? ' -- --quick' : ''}\` run on ${new Date().toISOString().slice(0, 16)} UTC, commit ${commit}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM (${fmt(freemem() / 2 ** 30, 0)} free), load average ${loadavg()
      .map((value) => fmt(value, 1))
      .join(' / ')} at the start; Node ${process.version}${node24() ? ` and ${nodeVersion(node24()!)}` : ''}.`,
  );
  say();
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  if (!only || only === 'ingest') await ingest();
  if (!only || only === 'startup') await startup();
  if (!only || only === 'scale') await scale();
  const notes = path.join(repoRoot, 'bench/notes.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trimEnd());
  if (write) writeFileSync(path.join(repoRoot, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
}

await main();
