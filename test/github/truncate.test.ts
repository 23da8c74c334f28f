import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT_CHARS, truncateMarkdown, truncationNotice } from '../../src/github/truncate.js';

describe('truncateMarkdown', () => {
  const notice = truncationNotice(COMMENT_LIMIT_CHARS, 'https://github.example.test/o/r/actions/runs/1');

  it('leaves a body at the limit alone', () => {
    const body = 'x'.repeat(COMMENT_LIMIT_CHARS);
    expect(truncateMarkdown(body, COMMENT_LIMIT_CHARS, notice)).toEqual({ text: body, truncated: false });
  });

  it('cuts at a line, closes open <details> and code fences, and ends with the notice', () => {
    const body = `# Report\n<details><summary>runs</summary>\n\n\`\`\`\n${'row | 1 | 2\n'.repeat(10_000)}`;
    const { text, truncated } = truncateMarkdown(body, COMMENT_LIMIT_CHARS, notice);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(text.endsWith(`${notice}\n`)).toBe(true);
    expect(text).toContain('```\n</details>\n');
    // Every kept table row is whole.
    const rows = text.split('\n').filter((line) => line.startsWith('row'));
    expect(rows.every((row) => row === 'row | 1 | 2')).toBe(true);
    expect(notice).toContain('65,536');
  });

  it('never splits a surrogate pair', () => {
    const body = '🌍'.repeat(40_000); // 80,000 UTF-16 units, no newline to cut at
    const { text } = truncateMarkdown(body, COMMENT_LIMIT_CHARS, notice);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
