// Renders the example comment, a budget failure and a 50-run monorepo comment with a GFM renderer, as GitHub would,
// and checks their structure: every <details> closed and properly nested, the part above the first <details> within
// one screen, and no table that cannot fit the comment's width.
import { describe, expect, it } from 'vitest';
import { decodeEntities, renderGfm } from './gfm.js';
import { budgetFailureComment, exampleComment, monorepoComment } from './sample-comments.js';

/**
 * GitHub's comment column is ~780 px wide at 14 px; its font fits ~100 characters per line (measured in
 * test/report/comment.browser.test.ts when Chromium is present).
 */
const CHARS_PER_LINE = 100;
/** "About 40 rendered lines": one screen. */
const FOLD_LINES = 40;

const visible = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Rendered lines of an HTML fragment: each paragraph, list item, heading, quote line and table row takes
 * ceil(characters / line width) lines, at least one.
 */
export function renderedLines(html: string): number {
  let lines = 0;
  const blocks = html.match(/<(p|li|h[1-6]|tr)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
  for (const block of blocks) {
    if (/^<li/.test(block) && /<p>/.test(block)) continue; // its paragraphs are counted
    lines += Math.max(1, Math.ceil(visible(block).length / CHARS_PER_LINE));
  }
  return lines;
}

/** Checks <details> open and close in order; returns the depth-first problems, empty when balanced. */
function detailsProblems(html: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)details\b/g)) {
    depth += match[1] ? -1 : 1;
    if (depth < 0) problems.push(`closing </details> without an opening at ${match.index}`);
  }
  if (depth !== 0) problems.push(`${depth} <details> left open`);
  return problems;
}

/**
 * The narrowest a table can render: per column, the longest word that cannot wrap, plus cell padding (~2 characters
 * each side). A number and its unit count as one word once the formatter joins them with a no-break space. Longer than the comment's width means GitHub shows a scrollbar.
 */
function minimumTableWidth(table: string): number {
  const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  const widths: number[] = [];
  for (const row of rows) {
    const cells = row.match(/<t[hd]\b[^>]*>[\s\S]*?<\/t[hd]>/g) ?? [];
    cells.forEach((cell, index) => {
      // Browsers break lines at spaces and after hyphens (also in code, which GitHub lets wrap).
      const longestWord = Math.max(
        0,
        ...visible(cell)
          .split(/ |(?<=-)/)
          .map((word) => [...word].length),
      );
      widths[index] = Math.max(widths[index] ?? 0, longestWord + 4);
    });
  }
  return widths.reduce((total, width) => total + width, 0);
}

describe.each([
  ['the bundled example', exampleComment],
  ['a budget failure', budgetFailureComment],
  ['a 50-run monorepo', monorepoComment],
])('the comment for %s, rendered as GFM', (_name, build) => {
  let markdown = '';
  let html = '';
  it('renders', async () => {
    markdown = await build();
    html = renderGfm(markdown);
    expect(html).toContain('<h3>🌱 ml-carbon:');
  });

  it('closes every <details>, in order', () => {
    expect(detailsProblems(html)).toEqual([]);
    // Each summary is one line of text on the <details> line, so GitHub shows it as the toggle.
    for (const summary of markdown.match(/<details><summary>.*<\/summary>/g) ?? []) expect(summary).not.toContain('\n');
  });

  it(`fits above the fold in one screen (about ${FOLD_LINES} rendered lines)`, () => {
    const fold = html.indexOf('<details>');
    expect(fold).toBeGreaterThan(0);
    const lines = renderedLines(html.slice(0, fold));
    expect(lines).toBeLessThanOrEqual(FOLD_LINES);
    // The fold holds the verdict, the table with its why column, the range and the advice, when there is advice.
    const above = html.slice(0, fold);
    expect(above).toContain('<th align="left">Why</th>');
    expect(above).toMatch(/range [\d.,]+\s(g|kg|t) – [\d.,]+\s(g|kg|t)/u);
  });

  it('has no table wider than the comment', () => {
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? [])
      expect(minimumTableWidth(table)).toBeLessThanOrEqual(CHARS_PER_LINE);
  });

  it('keeps values on one line: no line break inside a number and its unit', () => {
    expect(markdown).not.toMatch(/[\d.,]+<br>/);
    expect(markdown).not.toMatch(/[−+-][\d.,]+\n(g|kg|t)\b/);
  });

  it('says nothing about gram-sized changes with ±0', () => {
    expect(markdown).not.toContain('±0');
  });
});

describe('the fold measure', () => {
  it('counts a long paragraph as several lines and a table row as one', () => {
    // 250 characters -> 3 lines at 100 per line; two rows -> 2 (plus the header row).
    const html = renderGfm(`${'x '.repeat(125)}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |`);
    expect(renderedLines(html)).toBe(3 + 3);
  });
});
