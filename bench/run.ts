// Ingestion benchmark: streams a large synthetic nvidia-smi log (nothing is written to disk) through
// readMeasurement and prints throughput and peak memory. Size: BENCH_MB (default 1500).
import { readMeasurement } from '../src/logs/read.js';
import { syntheticNvidiaSmiLog, wattsOf } from './synthetic-nvidia-smi.js';

const targetMb = Number(process.env.BENCH_MB ?? 1500);
const gpus = 8;

async function* asAsync(chunks: Iterable<Uint8Array>): AsyncIterable<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function generationOnly(targetBytes: number): number {
  const started = performance.now();
  const result = { ticks: 0, bytes: 0 };
  for (const chunk of syntheticNvidiaSmiLog({ gpus, targetBytes }, result)) void chunk;
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const targetBytes = targetMb * 1e6;
  const rssBefore = process.memoryUsage().rss / 1e6;
  const result = { ticks: 0, bytes: 0 };
  const started = performance.now();
  const measurement = await readMeasurement(
    asAsync(syntheticNvidiaSmiLog({ gpus, targetBytes }, result)),
    'synthetic-nvidia-smi.csv',
  );
  const seconds = (performance.now() - started) / 1000;

  // Each GPU draws a constant (100 + 10 g) W for ticks - 1 seconds.
  const expectedJoules =
    Array.from({ length: gpus }, (_, gpu) => wattsOf(gpu)).reduce((a, b) => a + b, 0) * (result.ticks - 1);
  const measuredJoules = (measurement.energyKwh ?? 0) * 3.6e6;
  const generationSeconds = generationOnly(Math.min(targetBytes, 200e6)) * (targetBytes / Math.min(targetBytes, 200e6));
  const megabytes = result.bytes / 1e6;
  const ingestSeconds = Math.max(seconds - generationSeconds, 1e-9);

  console.log(
    `synthetic nvidia-smi log: ${megabytes.toFixed(0)} MB, ${gpus} GPUs, ${result.ticks} ticks (${((result.ticks * gpus) / 1e6).toFixed(1)} M lines)`,
  );
  console.log(`end to end (generate + ingest): ${seconds.toFixed(1)} s, ${(megabytes / seconds).toFixed(0)} MB/s`);
  console.log(
    `generation alone (extrapolated): ${generationSeconds.toFixed(1)} s -> ingestion alone ~${(megabytes / ingestSeconds).toFixed(0)} MB/s`,
  );
  console.log(`RSS before ${rssBefore.toFixed(0)} MB, process max RSS ${peakRssMb().toFixed(0)} MB`);
  console.log(
    `energy ${measuredJoules.toFixed(0)} J, expected ${expectedJoules.toFixed(0)} J, warnings ${measurement.warnings.length}`,
  );
  if (Math.abs(measuredJoules - expectedJoules) > 1e-6 * expectedJoules) {
    console.error('energy mismatch');
    process.exitCode = 1;
  }
}

await main();
