// The registry of log formats is the one list: every manifest format has an entry and a fixture it detects.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FORMAT_REGISTRY } from '../../src/logs/formats.js';
import { LOG_FORMATS } from '../../src/manifest/types.js';
import { fixtures, readFixture } from './helpers.js';

describe('log format registry', () => {
  it('has exactly the formats the manifest accepts', () => {
    expect(Object.keys(LOG_FORMAT_REGISTRY).sort()).toEqual([...LOG_FORMATS].sort());
  });

  it.each(LOG_FORMATS)('%s: every fixture in fixtures/logs/<format>/ is detected as it', async (format) => {
    const files = readdirSync(path.join(fixtures, format));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect((await readFixture(`${format}/${file}`)).format).toBe(format);
  });
});
