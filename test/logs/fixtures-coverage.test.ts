// The project's own fixtures/ cover every log format the parsers read, so a clone without ../shared still tests each.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FORMATS } from '../../src/manifest/types.js';
import { fixtures, readFixture } from './helpers.js';

const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((relative) => relative.includes(path.sep) || relative.includes('/'))
  .map((relative) => relative.split(path.sep).join('/'))
  .filter((relative) => /\.(csv|log|json|md)$/.test(relative) && !relative.endsWith('README.md'));

describe('fixtures/logs', () => {
  it('has at least one file that is detected as each supported format', async () => {
    const detected = new Set<string>();
    for (const relative of files) detected.add((await readFixture(relative)).format);
    expect([...LOG_FORMATS].filter((format) => !detected.has(format))).toEqual([]);
  });

  it('carbontracker standard log: two epochs (1 h + 0.5 h), 2 GPUs, mean of epoch means (250 + 310) / 2 = 280 W', async () => {
    const m = await readFixture('carbontracker/standard-2gpu_carbontracker.log');
    expect(m.format).toBe('carbontracker');
    expect(m.durationHours).toBeCloseTo(1.5, 9);
    expect(m.acceleratorCount).toBe(2);
    expect(m.averagePowerWatts).toBeCloseTo(280, 9);
    expect(m.intensityGPerKwh).toBe(150);
    expect(m.acceleratorName).toBe('NVIDIA A100-SXM4-40GB');
    expect(m.energyKwh).toBeUndefined(); // the standard log has no facility total: a warning says where it is
    expect(m.warnings.map((warning) => warning.message)).toEqual([
      'the standard carbontracker log gives durations and power, not total energy',
    ]);
  });
});
