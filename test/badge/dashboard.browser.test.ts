// Opens the dashboard from file:// in headless Chromium and checks the chart shows the history's points.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/badge/dashboard.js';
import { findChromium } from '../support/chromium.js';
import { SAMPLE_TOTALS_KG, sampleHistory } from './history-sample.js';

const chromiumFound = findChromium();
const CHROMIUM = chromiumFound.path;
/** The page and its screenshot go to a temporary folder (or $TEST_ARTIFACTS), never into the work tree. */
function artifactsFolder(): string {
  const chosen = process.env.TEST_ARTIFACTS;
  if (!chosen) return mkdtempSync(join(tmpdir(), 'ml-carbon-dashboard-'));
  mkdirSync(chosen, { recursive: true });
  return resolve(chosen);
}

describe.skipIf(!CHROMIUM)(
  `dashboard in headless Chromium${CHROMIUM ? '' : ` [skipped: ${chromiumFound.how}]`}`,
  () => {
    let browser: Browser;
    const requests: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
    });
    afterAll(async () => browser?.close());

    it('draws every commit of the history from a file:// URL, with no network', async () => {
      const artifacts = artifactsFolder();
      const page = resolve(artifacts, 'dashboard.html');
      writeFileSync(page, renderDashboard(sampleHistory(), { repository: 'acme/models' }));
      const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      tab.on('request', (request) => requests.push(request.url()));
      await tab.goto(pathToFileURL(page).href);

      const totals = tab.locator('svg#chart circle[data-series="total"]');
      await expect(totals.count()).resolves.toBe(SAMPLE_TOTALS_KG.length);
      for (let index = 0; index < SAMPLE_TOTALS_KG.length; index++)
        await expect(totals.nth(index).isVisible()).resolves.toBe(true);

      // On screen, the largest total (610 kg, last commit) sits highest and the smallest (120 kg, first) lowest.
      const tops = await Promise.all(
        Array.from({ length: SAMPLE_TOTALS_KG.length }, async (_, index) => (await totals.nth(index).boundingBox())!.y),
      );
      expect(Math.min(...tops)).toBe(tops[5]);
      expect(Math.max(...tops)).toBe(tops[0]);
      // Points run left to right in commit order.
      const lefts = await Promise.all(
        Array.from({ length: SAMPLE_TOTALS_KG.length }, async (_, index) => (await totals.nth(index).boundingBox())!.x),
      );
      expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);

      await expect(tab.locator('polyline[data-series="budget"]').first().isVisible()).resolves.toBe(true);
      await expect(tab.locator('table tbody tr').count()).resolves.toBe(SAMPLE_TOTALS_KG.length);
      await tab.screenshot({ path: resolve(artifacts, 'dashboard.png'), fullPage: true });
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    });
  },
);
