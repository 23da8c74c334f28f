// The WebAssembly scan kernel: built from its source (the committed base64 cannot go stale), and its one number
// reader that goes beyond Clinger's fast path (16–19 digit durations) equals Number() on decimals near and far
// from the midpoints between doubles. Whole-file agreement with the JavaScript engines is test/logs/fuzz.test.ts.
import { describe, expect, it } from 'vitest';
import { compileScanKernel } from '../../scripts/build-wasm.js';
import { readMeasurement } from '../../src/logs/read.js';
import { SCAN_KERNEL_BASE64 } from '../../src/logs/scan-kernel.generated.js';
import { Random } from './fuzz-logs.js';

interface TestExports {
  memory: { buffer: ArrayBuffer };
  input: { value: number };
  readNumberForTest(length: number): number;
}

function kernelExports(): TestExports {
  const module = new WebAssembly.Module(Buffer.from(SCAN_KERNEL_BASE64, 'base64'));
  return new WebAssembly.Instance(module).exports as unknown as TestExports;
}

describe('scan kernel', () => {
  it('rebuilding src/logs/wasm/scan.ts gives the committed bytes (run npm run build:wasm after editing it)', {
    timeout: 120_000,
  }, async () => {
    const built = Buffer.from(await compileScanKernel());
    expect(built.toString('base64')).toBe(SCAN_KERNEL_BASE64);
  });

  it('reads 1–19 digit decimals exactly as Number() does, or declines (NaN)', () => {
    const kernel = kernelExports();
    const memory = new Uint8Array(kernel.memory.buffer);
    const read = (text: string) => {
      memory.set(new TextEncoder().encode(text), kernel.input.value);
      return kernel.readNumberForTest(text.length);
    };
    const random = new Random(2026);
    let exact = 0;
    const cases: string[] = ['0', '0.0', '12.', '1234.5678901234567', '9007199254740993', '0.30000000000000004'];
    for (let index = 0; index < 60_000; index++) {
      const value = random.next() * 10 ** (random.int(12) - 3);
      const digits = 1 + random.int(19);
      let text = value.toFixed(Math.min(19, Math.max(0, digits - Math.max(1, Math.floor(Math.log10(value)) + 1))));
      // Near a double: its shortest text with the last digit moved a little.
      if (random.chance(0.3)) {
        const shortest = String(value);
        const last = Number(shortest.at(-1));
        if (!shortest.includes('e') && last >= 0)
          text = shortest.slice(0, -1) + String(Math.min(9, Math.max(0, last + random.int(5) - 2)));
      }
      cases.push(text);
    }
    for (const text of cases) {
      const got = read(text);
      if (Number.isNaN(got)) continue;
      exact++;
      if (!Object.is(got, Number(text))) expect({ text, got }).toEqual({ text, got: Number(text) });
    }
    // Most of them are read, not declined (checked: about 95 % at the time of writing).
    expect(exact).toBeGreaterThan(50_000);
    expect(read('1e3')).toBeNaN();
    expect(read('-1.5')).toBeNaN();
    expect(read('12345678901234567890')).toBeNaN();
  });

  it('reads a log in one 3 MB chunk (more lines than its input and its record buffer hold) as the line engine does', async () => {
    const random = new Random(7);
    const lines = ['timestamp, index, name, power.draw [W]'];
    for (let second = 0; second < 7000; second++) {
      const stamp = new Date(Date.UTC(2025, 5, 1) + second * 1000).toISOString().replace('T', ' ').slice(0, 23);
      for (let gpu = 0; gpu < 8; gpu++)
        lines.push(`${stamp}, ${gpu}, NVIDIA H100 80GB HBM3, ${(60 + random.next() * 640).toFixed(2)} W`);
    }
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const read = (engine: 'wasm' | 'lines') =>
      readMeasurement(
        (async function* () {
          yield bytes;
        })(),
        'big.csv',
        undefined,
        { engine },
      );
    const [fast, reference] = [await read('wasm'), await read('lines')];
    expect(fast).toEqual(reference);
    expect(Object.is(fast.energyKwh, reference.energyKwh)).toBe(true);
    // 8 GPUs × 6999 s × 380 W on average ≈ 5.9 kWh (by hand); the bound only shows the log was read at all.
    expect(fast.energyKwh).toBeGreaterThan(3);
  });
});
