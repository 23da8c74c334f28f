// Scale benchmark (issue 14): 1,000 runs across 50 manifests, base and head, through the whole pipeline.
// Prints the time of `analyze` (estimate, advice, compare, markdown and JSON report) and the size of `--json` as the
// CLI prints it. Targets: report < 0.5 s, --json < 5 MB. Seeded: every run prints the same sizes.
import { analyze } from '../src/pipeline.js';
import type { FileReader } from '../src/util/file-reader.js';

const MANIFESTS = 50;
const RUNS_PER_MANIFEST = 20;
const ACCELERATORS = ['A100-SXM4-40GB', 'A100-SXM4-80GB', 'H100', 'V100', 'T4', 'L4'];
const LOCATIONS = ['gcp:us-central1', 'gcp:europe-west4', 'aws:us-east-1', 'aws:eu-west-1', 'azure:westeurope', 'FR'];

/** mulberry32: a small seeded generator, so the manifests are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function manifestText(index: number, side: 'base' | 'head'): string {
  const random = seeded(index * 7919 + 1);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const runs = Array.from({ length: RUNS_PER_MANIFEST }, (_, run) => {
    const parameters = `${Math.round(50 + random() * 2000)}M`;
    const tokens = `${Math.round(1 + random() * 40)}B`;
    const grown = side === 'head' && run % 5 === 0 ? 2 : 1;
    const serving =
      run % 3 === 0
        ? `\n    inference:\n      requests_per_day: ${Math.round(10 + random() * 500)}K\n      tokens_per_request: 256\n      days: 365\n      accelerator: ${pick(['T4', 'L4', 'A10G'])}`
        : '';
    return `  - id: run-${run}
    model: { parameters: ${parameters} }
    training: { tokens: ${tokens}, precision: ${pick(['fp32', 'bf16', 'fp16'])} }
    hardware: { accelerator: ${pick(ACCELERATORS)}, count: ${pick([1, 2, 4, 8])} }
    location: ${pick(LOCATIONS)}
    repeats: ${grown * pick([1, 1, 2, 4])}${serving}`;
  });
  return `version: 1\nruns:\n${runs.join('\n')}\nbudget:\n  total_co2e_kg: ${100_000 + index}\n`;
}

function side(which: 'base' | 'head'): { manifestPaths: string[]; files: FileReader } {
  const files = new Map<string, string>();
  for (let index = 0; index < MANIFESTS; index++)
    files.set(`models/m${index}/ml-carbon.yml`, manifestText(index, which));
  return {
    manifestPaths: [...files.keys()],
    files: { readText: async (path) => files.get(path), openStream: () => undefined },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const repetitions = Number(process.env.BENCH_REPEAT ?? 5);
const seconds: number[] = [];
let analysis: Awaited<ReturnType<typeof analyze>> | undefined;
for (let repetition = 0; repetition < repetitions; repetition++) {
  const started = performance.now();
  analysis = await analyze({ base: side('base'), head: side('head') });
  seconds.push((performance.now() - started) / 1000);
}
const started = performance.now();
const pretty = `${JSON.stringify(analysis!.json, null, 2)}\n`;
const serializeSeconds = (performance.now() - started) / 1000;
const compact = JSON.stringify(analysis!.json);
const runs = analysis!.comparison.head.runs.length;
const megabytes = (text: string) => Buffer.byteLength(text) / 1e6;

console.log(
  `scale: ${MANIFESTS} manifests, ${runs} head runs, ${analysis!.comparison.base?.runs.length ?? 0} base runs`,
);
console.log(`analyze (report): median ${median(seconds).toFixed(3)} s of ${repetitions} (target < 0.5 s)`);
console.log(
  `--json: ${megabytes(pretty).toFixed(2)} MB as printed (2-space indent, ${serializeSeconds.toFixed(3)} s), ` +
    `${megabytes(compact).toFixed(2)} MB compact (target < 5 MB); ${analysis!.json.sources.length} sources`,
);
console.log(`markdown: ${(megabytes(analysis!.markdown) * 1000).toFixed(0)} kB`);
if (analysis!.problems.length)
  console.log(`problems: ${analysis!.problems.map((problem) => problem.message).join('; ')}`);
