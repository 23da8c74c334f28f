// Differential fuzzer: the WebAssembly kernel (what ships) and the JavaScript byte engine against the line engine
// (every line decoded first, the reference) on tens of thousands of seeded, corrupted nvidia-smi and CodeCarbon logs,
// each engine reading with its own random chunk boundaries. Any difference in the Measurement, warnings included,
// fails with the seed to replay it.
import { describe, expect, it } from 'vitest';
import { type ReadOptions, readMeasurement } from '../../src/logs/read.js';
import { borrowScanKernel } from '../../src/logs/scan-kernel.js';
import type { LogFormat } from '../../src/manifest/types.js';
import { codecarbonLog, corrupt, nvidiaSmiLog, Random } from './fuzz-logs.js';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);

async function* randomChunks(bytes: Uint8Array, random: Random): AsyncIterable<Uint8Array> {
  let offset = 0;
  while (offset < bytes.length) {
    const size = random.chance(0.2) ? 1 + random.int(3) : 1 + random.int(200);
    const piece = bytes.subarray(offset, offset + size);
    // Node's streams give Buffers, other sources plain Uint8Arrays: both are read.
    yield random.chance(0.5) ? Buffer.from(piece) : piece;
    offset += size;
  }
}

async function compare(seed: number, make: (random: Random) => string, format: LogFormat | undefined): Promise<void> {
  const random = new Random(seed);
  const bytes = corrupt(new TextEncoder().encode(make(random)), random);
  const reference = await readMeasurement(randomChunks(bytes, new Random(seed * 7 + 1)), 'fuzz.csv', format, {
    engine: 'lines',
  });
  const engines: [NonNullable<ReadOptions['engine']>, number][] = [
    ['wasm', seed * 13 + 5],
    ['bytes', seed * 17 + 3],
  ];
  for (const [engine, chunkSeed] of engines) {
    const fast = await readMeasurement(randomChunks(bytes, new Random(chunkSeed)), 'fuzz.csv', format, { engine });
    if (JSON.stringify(fast) !== JSON.stringify(reference) || !Object.is(fast.energyKwh, reference.energyKwh))
      expect({ seed, engine, fast }).toEqual({ seed, engine, fast: reference });
  }
}

describe('WebAssembly kernel = byte engine = line engine on corrupted logs (seeded)', () => {
  it('the kernel is there, so the wasm engine is not the byte engine under another name', () => {
    const kernel = borrowScanKernel();
    expect(kernel).toBeDefined();
    kernel?.release();
  });

  // Seeds in blocks, so each test stays short; 2 formats × CASES logs in all, each read by all three engines.
  const BLOCK = 2000;
  const blocks = Array.from({ length: Math.ceil(CASES / BLOCK) }, (_, block) => block * BLOCK + 1);
  for (const first of blocks) {
    const last = Math.min(first + BLOCK - 1, CASES);
    it(`nvidia-smi: seeds ${first}–${last}`, { timeout: 180_000 }, async () => {
      for (let seed = first; seed <= last; seed++)
        await compare(seed, nvidiaSmiLog, seed % 5 === 0 ? 'nvidia-smi' : undefined);
    });
    it(`CodeCarbon: seeds ${first}–${last}`, { timeout: 180_000 }, async () => {
      for (let seed = first; seed <= last; seed++)
        await compare(seed, codecarbonLog, seed % 5 === 0 ? 'codecarbon' : undefined);
    });
  }

  it('the generators do produce usable logs, so the comparison is not between two empty results', async () => {
    let withEnergy = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const bytes = new TextEncoder().encode(seed % 2 ? nvidiaSmiLog(random) : codecarbonLog(random));
      const m = await readMeasurement(randomChunks(bytes, random), 'fuzz.csv');
      if (m.energyKwh !== undefined && m.energyKwh > 0) withEnergy++;
    }
    expect(withEnergy).toBeGreaterThan(150);
  });
});
