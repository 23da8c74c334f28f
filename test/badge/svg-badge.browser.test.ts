// Renders badges in headless Chromium with the system's DejaVu Sans and checks the derived width table against the
// browser's own text layout, and that every text sits inside its box.
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFlatBadge, textWidthPx } from '../../src/badge/svg-badge.js';
import { findChromium } from '../support/chromium.js';

const chromiumFound = findChromium();
function dejaVuInstalled(): boolean {
  try {
    return execFileSync('fc-list', [':family=DejaVu Sans:style=Book'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
const skipReason = !chromiumFound.path
  ? chromiumFound.how
  : !dejaVuInstalled()
    ? 'DejaVu Sans is not installed (fc-list), so the browser would measure another font'
    : undefined;

const SAMPLES = [
  { label: 'training CO2e', message: '42 kg', color: 'green' },
  { label: 'largest run CO₂e', message: '1.5 t (measured)', color: 'yellow' },
  { label: 'Wide WWW MMM', message: 'iiii llll', color: '#e05d44' },
];

describe.skipIf(skipReason)(`badge in headless Chromium${skipReason ? ` [skipped: ${skipReason}]` : ''}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumFound.path,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });
  afterAll(async () => browser?.close());

  it('measures each text as DejaVu Sans lays it out, and keeps it inside its box', async () => {
    const tab = await browser.newPage();
    await tab.setContent(`<!doctype html><body>${SAMPLES.map((badge) => renderFlatBadge(badge)).join('')}</body>`);
    const measured = await tab.evaluate(() =>
      [...document.querySelectorAll('svg')].map((svg) =>
        [...svg.querySelectorAll('text:not([aria-hidden])')].map((text) => {
          // The same text without the fixed length and without kerning: the sum of the font's advances.
          const free = text.cloneNode(true) as SVGTextElement;
          free.removeAttribute('textLength');
          free.removeAttribute('lengthAdjust');
          free.setAttribute('style', 'font-kerning: none');
          text.parentNode!.appendChild(free);
          const natural = free.getComputedTextLength();
          free.remove();
          const box = (text as SVGTextElement).getBBox();
          return { text: text.textContent ?? '', natural, left: box.x, right: box.x + box.width };
        }),
      ),
    );
    const widths = await tab.evaluate(() =>
      [...document.querySelectorAll('svg')].map((svg) => Number(svg.getAttribute('width'))),
    );
    measured.forEach((texts, badge) => {
      for (const { text, natural, left, right } of texts) {
        // Within a quarter pixel: the table and the renderer read the same hmtx advances.
        expect(Math.abs(natural - textWidthPx(text)), text).toBeLessThan(0.25);
        expect(left, text).toBeGreaterThanOrEqual(0);
        expect(right, text).toBeLessThanOrEqual(widths[badge]!);
      }
    });
  });
});
