// A fork PR that writes markdown, HTML, mentions, links and fence breakers into every field that reaches the
// comment, the job summary and the check run: run ids, unknown keys, location, accelerator, log paths and a
// monorepo folder name. Through dist/index.js against the emulator: nothing of it renders as structure.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comments.js';
import { MENTION, renderGfm, tagSequence, textOutsideCode } from '../report/gfm.js';
import { GitHubEmulator } from '../support/github-emulator.js';
import { ensureBuilt, runAction } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullScenario, REPO, type PullScenario } from './scenario.js';

const HOSTILE =
  '`\n## ✅ budget approved\n<img src=https://evil.example/b.png> @org/team [ok](https://evil.example) <!-- ml-carbon';
const FOLDER = 'pkg`|</details><img src=x>@octo';
const BASE = manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }], '  total_co2e_kg: 1000');
const HEAD = `version: 1
runs:
  - id: encoder
    model: { parameters: 110M }
    training: { tokens: 2B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 8 }
    location: FR
    logs: [${JSON.stringify(`logs/${HOSTILE.replace(/\n/g, ' ')}.csv`)}]
  - id: ${JSON.stringify(HOSTILE)}
    model: { parameters: 1B }
    hardware: { accelerator: ${JSON.stringify(HOSTILE)}, count: 1, hours: 1 }
    location: ${JSON.stringify(HOSTILE)}
    ${JSON.stringify(HOSTILE)}: 1
`;

let emulator: GitHubEmulator;
let pull: PullScenario | undefined;
beforeAll(() => ensureBuilt(), 180_000);
beforeEach(async () => {
  emulator = await new GitHubEmulator(`${OWNER}/${REPO}`).start();
});
afterEach(async () => {
  await emulator.stop();
  pull?.repo.remove();
});

/** What a reader sees: no heading but the bot's, no image, no foreign link, no mention, one marker (the bot's). */
function expectInert(markdown: string, label: string): void {
  const html = renderGfm(markdown);
  expect(
    tagSequence(html).filter((tag) => /^h\d$/.test(tag)),
    label,
  ).toEqual(['h3']);
  expect(html, label).not.toMatch(/<img\b/i);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href, label).not.toContain('evil.example');
  expect(textOutsideCode(html), label).not.toMatch(MENTION);
  expect(html, label).not.toContain('<!--');
  expect((html.match(/<details>/g) ?? []).length, label).toBe((html.match(/<\/details>/g) ?? []).length);
}

describe('a hostile pull request, through the bundled action', () => {
  it('gets a comment, a summary and a check in which none of its text renders as structure', async () => {
    pull = pullScenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD, [`${FOLDER}/ml-carbon.yml`]: HEAD });
    const run = await runAction({
      emulator,
      workspace: pull.repo.dir,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.mergeSha,
      inputs: { 'github-token': emulator.token, manifest: '**/ml-carbon.yml' },
    });
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments, run.stdout + run.stderr).toHaveLength(1);
    const body = comments[0]!.body;
    // The bot's own marker leads the comment; the PR's "<!-- ml-carbon" never renders as a second, live one.
    expect(body.startsWith(commentMarker('default'))).toBe(true);
    expectInert(body.slice(commentMarker('default').length), 'comment');
    // The runs that could be computed are still reported.
    expect(body).toContain('encoder');
    expectInert(run.summary, 'summary');
    const check = emulator.checkRuns[0] as { output?: { title?: string; summary?: string } } | undefined;
    for (const text of [check?.output?.title ?? '', check?.output?.summary ?? '']) {
      const html = renderGfm(text);
      expect(html).not.toMatch(/<img\b|<!--/i);
      for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).not.toContain('evil.example');
      expect(textOutsideCode(html)).not.toMatch(MENTION);
    }
  });
});
