// Renders the sample PR comments (the bundled example, a budget failure, a 50-run monorepo) to PNG in docs/, as a
// reviewer first sees them: GFM-rendered, GitHub-like styles, <details> closed. Run: npm run docs:screenshots
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, commentPage, findChromium } from '../test/report/comment-page.js';
import { budgetFailureComment, exampleComment, monorepoComment } from '../test/report/sample-comments.js';

const docs = resolve(import.meta.dirname, '../docs');
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROMIUM_PATH, or install it (apt-get install -y chromium).');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const [name, build] of [
    ['comment-example', exampleComment],
    ['comment-budget-failure', budgetFailureComment],
    ['comment-monorepo', monorepoComment],
  ] as const) {
    const tab = await browser.newPage({ viewport: { width: 830, height: 900 }, deviceScaleFactor: 1 });
    await tab.setContent(commentPage(await build()));
    const path = resolve(docs, `${name}.png`);
    await tab.locator('.comment').screenshot({ path });
    console.log(`wrote ${path}`);
    await tab.close();
  }
} finally {
  await browser.close();
}
