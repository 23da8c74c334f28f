// A PR that writes markdown, HTML, mentions and fence breakers into every field that reaches the comment: folder
// names (monorepo prefixes), unknown keys, location, accelerator, log paths. The rendered comment must carry none of
// it as structure: no heading but the bot's, no image, no link the bot did not write, no mention, no marker.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import type { FileReader } from '../../src/util/file-reader.js';
import { MENTION, renderGfm, tagSequence, textOutsideCode } from './gfm.js';

const HOSTILE =
  '`\n## ✅ budget approved\n<img src=https://evil.example/b.png> @org/team [ok](https://evil.example) <!-- ml-carbon';
const FOLDER = 'pkg`|</details><img src=x>@octo';

const manifest = (extra: string) => `version: 1
runs:
  - id: good
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100, count: 8 }
    location: gcp:us-central1
    logs: [${JSON.stringify(`../${HOSTILE.replace(/\n/g, ' ')}.csv`)}]
  - id: bad
    model: { parameters: 1B }
    hardware: { accelerator: ${JSON.stringify(HOSTILE)}, count: 1, hours: 1 }
    location: ${JSON.stringify(HOSTILE)}
    ${JSON.stringify(HOSTILE)}: 1
${extra}`;

const files = (entries: Record<string, string>): FileReader => ({
  readText: async (path) => entries[path],
  openStream: () => undefined,
});

describe('a comment built from hostile input', async () => {
  const paths = [`${FOLDER}/ml-carbon.yml`, 'other/ml-carbon.yml'];
  const analysis = await analyze({
    head: {
      manifestPaths: paths,
      files: files({ [paths[0]!]: manifest(''), [paths[1]!]: manifest('budget: { total_co2e_kg: 1 }') }),
    },
  });
  const html = renderGfm(analysis.markdown);

  it('still reports the runs it could read, and the problems', () => {
    expect(analysis.problems.length).toBeGreaterThan(0);
    expect(analysis.comparison.head.runs.length).toBeGreaterThan(0);
  });

  it('has one heading, the bot’s, and no image or foreign link', () => {
    expect(tagSequence(html).filter((tag) => /^h\d$/.test(tag))).toEqual(['h3']);
    expect(html).not.toMatch(/<img\b/i);
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).not.toContain('evil.example');
  });

  it('mentions nobody and carries no marker', () => {
    expect(textOutsideCode(html)).not.toMatch(MENTION);
    expect(html).not.toContain('<!--');
  });

  it('keeps every <details> balanced', () => {
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
  });
});
