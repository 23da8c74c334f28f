/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Opens the three sample comments in headless Chromium, styled like a GitHub comment, and measures what a reviewer
// sees: the height above the first <details> in lines of text, and whether any table overflows the comment's width.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, commentPage, findChromium } from './comment-page.js';
import { budgetFailureComment, exampleComment, monorepoComment } from './sample-comments.js';

const CHROMIUM = findChromium();
/** One screen is about 40 lines of text; a monorepo's larger table may take a quarter more. */
const FOLD_LINES = 40;

describe.skipIf(!CHROMIUM)('sample comments in headless Chromium (skipped: no Chromium found)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it.each([
    ['the bundled example', exampleComment, FOLD_LINES],
    ['a budget failure', budgetFailureComment, FOLD_LINES],
    ['a 50-run monorepo', monorepoComment, FOLD_LINES * 1.25],
  ])('%s: fold within one screen, no table wider than the comment', async (_name, build, maxLines) => {
    const tab = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await tab.setContent(commentPage(await build()));
    const measured = await tab.evaluate(() => {
      const body = document.querySelector('.markdown-body')!;
      const fold = body.querySelector('details')!;
      const lineHeight = Number.parseFloat(getComputedStyle(body).lineHeight);
      const tables = [...body.querySelectorAll(':scope > table')].map((table) => ({
        scroll: table.scrollWidth,
        client: table.clientWidth,
      }));
      return { foldLines: (fold.offsetTop - (body as HTMLElement).offsetTop) / lineHeight, tables };
    });
    await tab.close();
    // Lines of 14 px × 1.5 text, spacing between blocks and table padding included, as a reader scrolls them.
    expect(measured.foldLines).toBeLessThanOrEqual(maxLines);
    for (const table of measured.tables) expect(table.scroll).toBeLessThanOrEqual(table.client);
  });
});
