// The README's manifest reference is what users copy: it must parse exactly as printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## The manifest (`ml-carbon.yml`, version 1)'));
const reference = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];

describe('README manifest reference', () => {
  it('is found under its heading', () => {
    expect(reference).toMatch(/^version: 1\n/);
  });

  it('parses as printed, with no problem', () => {
    const { manifest, problems } = parseManifest(reference!, 'README.md');
    expect(problems).toEqual([]);
    expect(manifest!.runs.map((run) => run.id)).toEqual(['bert-finetune']);
    expect(manifest!.budget).toBeUndefined();
  });

  it('still parses with every commented key uncommented', () => {
    // Uncommenting shows each documented key is accepted; hours and accelerator_hours are alternatives, so one goes.
    const uncommented = reference!
      .replace(/^(\s*)# (?=[a-z_]+:|- )/gm, '$1')
      .replace(/^\s*accelerator_hours: .*\n/m, '')
      .replace(/^\s*active_parameters: .*\n/m, '');
    const { problems } = parseManifest(uncommented, 'README.md');
    expect(problems).toEqual([]);
  });
});
