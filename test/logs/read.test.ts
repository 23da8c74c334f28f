import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/logs/detect.js';
import { readMeasurement } from '../../src/logs/read.js';
import { chunked, messages, readText } from './helpers.js';

describe('format detection from content', () => {
  it.each([
    [['timestamp,project_name,run_id,duration,emissions,energy_consumed'], 'codecarbon'],
    [['timestamp, power.draw [W]'], 'nvidia-smi'],
    [['2026/04/25 16:06:06.780, 0 %, 11.64 W'], 'nvidia-smi'],
    [['# gpu   pwr gtemp'], 'nvidia-smi'],
    [['{', '  "train_runtime": 12.5'], 'hf-trainer'],
    [['---', 'co2_eq_emissions: 12'], 'hf-model-card'],
    [['2022-04-20 08:28:08 - carbontracker version 1.1.6'], 'carbontracker'],
    [
      ['id,project_name,experiment_description,epoch,start_time,duration(s),power_consumption(kWh),CO2_emissions(kg)'],
      'eco2ai',
    ],
    [['metric,gpu_index,value,unit'], undefined],
  ] as const)('%j -> %s', (lines, format) => {
    expect(detectFormat(lines)).toBe(format);
  });

  it('the format argument overrides detection, and a disagreement is reported', async () => {
    const m = await readText('timestamp, power.draw [W]\n2024/05/01 10:00:00.000, 1 W\n', 'codecarbon');
    expect(m.format).toBe('codecarbon');
    expect(messages(m)).toMatch(/looks like nvidia-smi/);
  });
});

describe('bad input never throws', () => {
  it('empty file', async () => {
    const m = await readMeasurement(chunked(new Uint8Array(0)), 'empty.csv');
    expect(m.energyKwh).toBeUndefined();
    expect(messages(m)).toMatch(/empty file/);
  });

  it('a file of one newline (as committed by CodeCarbon users)', async () => {
    const m = await readText('\n');
    expect(messages(m)).toMatch(/empty file/);
  });

  it('binary file', async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 37 + 11) % 256);
    bytes.set([0x89, 0x50, 0x4e, 0x47], 0);
    const m = await readMeasurement(chunked(bytes, 1000), 'plot.png');
    expect(m.format).toBe('unknown');
    expect(messages(m)).toMatch(/binary file/);
  });

  it('unknown text format asks for format:', async () => {
    const m = await readText('metric,gpu_index,value,unit\nTIME,ALL,32.6,sec\n');
    expect(m.format).toBe('unknown');
    expect(m.warnings[0]!.hint).toMatch(/format:/);
  });

  it('a stream that fails midway keeps what was read', async () => {
    async function* failing(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode(
        'timestamp, power.draw [W]\n2024/05/01 10:00:00.000, 100 W\n2024/05/01 10:00:01.000, 100 W\n',
      );
      throw new Error('connection reset');
    }
    const m = await readMeasurement(failing(), 'remote.csv');
    // 100 W x 1 s = 100 J
    expect(m.energyKwh! * 3.6e6).toBeCloseTo(100, 6);
    expect(messages(m)).toMatch(/reading stopped: connection reset/);
  });

  it('drops a single line longer than 1 MiB without holding it', async () => {
    const long = 'x'.repeat(1.5 * 1024 * 1024);
    const m = await readText(
      `timestamp, power.draw [W]\n2024/05/01 10:00:00.000, 100 W\n${long}\n2024/05/01 10:00:01.000, 100 W\n`,
      undefined,
      undefined,
      65536,
    );
    expect(m.energyKwh! * 3.6e6).toBeCloseTo(100, 6);
    expect(messages(m)).toMatch(/3: line longer than/);
  });

  it('stops at maxBytes with a warning', async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `2024/05/01 10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000, 100 W`,
    );
    const m = await readText(`timestamp, power.draw [W]\n${rows.join('\n')}\n`, undefined, { maxBytes: 10_000 }, 1000);
    expect(messages(m)).toMatch(/only the first/);
    expect(m.durationHours! * 3600).toBeLessThan(999);
  });
});
