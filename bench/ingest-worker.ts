// One ingest measurement in a fresh process (so its peak RSS is its own): prints a JSON line.
// usage: node ingest-worker.mjs <wasm|bytes|lines|papaparse|read> <file>
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { readMeasurement } from '../src/logs/read.js';

const [mode, file] = process.argv.slice(2) as [string, string];
const stream = () => createReadStream(file, { highWaterMark: 1 << 20 });
const started = performance.now();
const cpuBefore = process.cpuUsage();
let energyKwh: number | undefined;
let rows = 0;
if (mode === 'papaparse') {
  // The comparison the issue measured: papaparse streaming the file with a row callback that only counts rows.
  await new Promise<void>((resolve, reject) =>
    Papa.parse(stream() as unknown as File, {
      step: () => {
        rows++;
      },
      complete: () => resolve(),
      error: reject,
    }),
  );
} else if (mode === 'read') {
  for await (const chunk of stream()) rows += (chunk as Buffer).length > 0 ? 1 : 0;
} else {
  const measurement = await readMeasurement(stream(), file, undefined, {
    engine: mode === 'lines' ? 'lines' : mode === 'bytes' ? 'bytes' : 'wasm',
  });
  energyKwh = measurement.energyKwh;
  rows = measurement.warnings.length;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({ mode, seconds, cpuSeconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, energyKwh, rows }),
);
