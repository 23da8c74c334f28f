// Golden file: `ml-carbon compare --json` on fixtures/example. The CLI prints compact JSON (one line); the file holds
// it indented, so that a deliberate change (`npm run golden:update`) shows as a readable diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const goldenPath = fileURLToPath(new URL('./golden/compare.json', import.meta.url));
const updating = process.env.UPDATE_GOLDEN === '1';

async function compareJson(): Promise<string> {
  let stdout = '';
  await runCli(['compare', 'fixtures/example/base/ml-carbon.yml', 'fixtures/example/head/ml-carbon.yml', '--json'], {
    stdout: (text) => (stdout += text),
    stderr: () => {},
    cwd: repoRoot,
  });
  expect(stdout.endsWith('}\n') && !stdout.slice(0, -1).includes('\n')).toBe(true); // one line
  return `${JSON.stringify(JSON.parse(stdout), null, 2)}\n`;
}

describe('compare --json on fixtures/example', () => {
  it('matches test/report/golden/compare.json (`npm run golden:update` rewrites it after a deliberate change)', async () => {
    const actual = await compareJson();
    if (updating) writeFileSync(goldenPath, actual);
    const golden = readFileSync(goldenPath, 'utf8');
    // Parsed first for a readable diff, then the text, for key order.
    expect(JSON.parse(actual)).toEqual(JSON.parse(golden));
    expect(actual).toBe(golden);
  });
});
