// Scale measurement in a fresh process: analyze() over base and head folders of many manifests, as the action does
// in a monorepo. usage: node scale-worker.mjs <base-dir> <head-dir> <manifest paths, comma-separated>
import { localFiles } from '../src/files/local.js';
import { analyze } from '../src/pipeline.js';

const [baseDir, headDir, list] = process.argv.slice(2) as [string, string, string];
const manifestPaths = list.split(',');
const started = performance.now();
const cpuStarted = process.cpuUsage();
const analysis = await analyze({
  head: { manifestPaths, files: localFiles(headDir) },
  base: { manifestPaths, files: localFiles(baseDir) },
});
const json = JSON.stringify(analysis.json);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// The action renders the comment too: the markdown, timed on its own (the PR-wide advice is computed here).
const markdownStarted = performance.now();
const markdown = analysis.markdown;
const markdownSeconds = (performance.now() - markdownStarted) / 1000;
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    jsonBytes: Buffer.byteLength(json),
    markdownBytes: Buffer.byteLength(markdown),
    markdownSeconds,
    runs: analysis.head.estimate?.runs.length ?? 0,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
