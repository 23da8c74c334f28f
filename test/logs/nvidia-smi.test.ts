import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeasurement } from '../../src/logs/read.js';
import { chunked, fixtures, messages, readFixture, readText } from './helpers.js';

const J_PER_KWH = 3.6e6;

describe('nvidia-smi CSV', () => {
  it('integrates each GPU separately with trapezoids and skips [N/A] samples', async () => {
    const m = await readFixture('nvidia-smi/units-2gpu-interleaved-na.csv');
    expect(m.format).toBe('nvidia-smi');
    // GPU 0: (100+300)/2 W x 1 s + (300+300)/2 W x 1 s = 200 + 300 = 500 J
    // GPU 1: 200 W at 0 s and 2 s ([N/A] at 1 s skipped): (200+200)/2 x 2 s = 400 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(900, 6);
    expect(m.acceleratorCount).toBe(2);
    // 900 J over 2 s + 2 s of GPU time = 225 W
    expect(m.averagePowerWatts).toBeCloseTo(225, 9);
    expect(m.durationHours! * 3600).toBeCloseTo(2, 9);
    expect(m.energyScope).toBe('accelerator');
    expect(m.pueIncluded).toBe(false);
    expect(m.acceleratorName).toBe('NVIDIA A100-SXM4-80GB');
    expect(messages(m)).toMatch(/1 samples had no power value/);
  });

  it('does not bridge gaps and restarts when the clock goes backwards, reporting both with their line', async () => {
    const m = await readFixture('nvidia-smi/gap-and-clock-backwards.csv');
    // 0..5 s at 100 W: 5 x 100 J = 500 J; 60 s gap to 10:01:05 (> 5 x 1 s) not counted;
    // 10:01:05 -> 10:01:06 at 200 W: 200 J; back to 10:00:30, restart; 10:00:30 -> 10:00:31 at 50 W: 50 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(750, 6);
    // covered: 5 s + 1 s + 1 s
    expect(m.durationHours! * 3600).toBeCloseTo(7, 9);
    const text = messages(m);
    expect(text).toMatch(/8: gap not bridged: 60 s without samples for GPU 0 \(typical interval 1 s\)/);
    expect(text).toMatch(/10: clock goes backwards: time steps back 36 s/);
  });

  it('without an index column, takes lines sharing a timestamp as GPUs in a fixed order (nounits)', async () => {
    const m = await readFixture('nvidia-smi/nounits-no-index-shared-timestamps.csv');
    // position 0: 100 W x 10 s = 1000 J; position 1: 300 W x 10 s = 3000 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(4000, 6);
    expect(m.acceleratorCount).toBe(2);
    expect(messages(m)).toMatch(/no index column/);
  });

  it('finds the timestamp and the W column in a file without a header', async () => {
    const m = await readFixture('nvidia-smi/noheader-with-units.csv');
    // (150+250)/2 W x 5 s + 250 W x 5 s = 1000 + 1250 = 2250 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(2250, 6);
    expect(messages(m)).toMatch(/1: no header line: took column 1 as the timestamp and column 3/);
  });

  it('without timestamps gives the mean draw only, or the energy when the interval is given', async () => {
    const plain = await readFixture('nvidia-smi/power-only-no-timestamp.csv');
    expect(plain.energyKwh).toBeUndefined();
    // (100 + 200 + 300) / 3 = 200 W
    expect(plain.averagePowerWatts).toBeCloseTo(200, 9);
    expect(messages(plain)).toMatch(/no timestamps/);
    const timed = await readFixture('nvidia-smi/power-only-no-timestamp.csv', undefined, { intervalSeconds: 2 });
    // (100+200)/2 x 2 s + (200+300)/2 x 2 s = 300 + 500 = 800 J
    expect(timed.energyKwh! * J_PER_KWH).toBeCloseTo(800, 6);
  });

  it('skips the header when a shell loop repeats it before every sample', async () => {
    const m = await readFixture('nvidia-smi/header-repeated-every-sample.csv');
    // (100+200)/2 x 1 s + 200 x 1 s = 350 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(350, 6);
    expect(m.warnings).toEqual([]);
  });

  it('reads UTF-16LE with a BOM and CRLF (PowerShell redirect), even split at odd byte boundaries', async () => {
    const bytes = await readFile(path.join(fixtures, 'nvidia-smi/utf16le-bom-crlf.csv'));
    for (const chunkSize of [1, 3, 64]) {
      const m = await readMeasurement(chunked(bytes, chunkSize), 'utf16.csv');
      // (100+300)/2 W x 1 s = 200 J
      expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(200, 6);
    }
  });

  it('reads nvidia-smi dmon power, taking the 1 s default interval and saying so', async () => {
    const m = await readFixture('nvidia-smi/dmon-power.log');
    // GPU 0: 60 W x 1 s = 60 J; GPU 1: 80 W x 1 s = 80 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(140, 6);
    expect(m.acceleratorCount).toBe(2);
    expect(messages(m)).toMatch(/1 s apart/);
  });

  it('reports a log without a power column as holding no energy', async () => {
    const m = await readText('timestamp, utilization.gpu [%]\n2024/05/01 10:00:00.000, 50 %\n');
    expect(m.format).toBe('nvidia-smi');
    expect(m.energyKwh).toBeUndefined();
    expect(messages(m)).toMatch(/1: this nvidia-smi log has no power column/);
  });

  it('drops garbage rows and a last line without line end, using the rest', async () => {
    const text = [
      'timestamp, power.draw [W]',
      '2024/05/01 10:00:00.000, 100.00 W',
      'garbage, 12, 13',
      '2024/05/01 10:00:01.000, 100.00 W',
      'not a time, 100.00 W',
      '2024/05/01 10:00:02.000, 1',
    ].join('\n');
    const m = await readText(text);
    // only 0 s and 1 s count: 100 J
    expect(m.energyKwh! * J_PER_KWH).toBeCloseTo(100, 6);
    const lines = m.warnings.map((w) => w.line);
    expect(lines).toEqual([3, 5, 6]);
  });
});
