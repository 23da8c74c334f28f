// Keep markdown under a GitHub size limit, cutting at a line, closing what the cut left open, and saying so visibly.
import { formatWhole } from '../util/format.js';

/** Issue and PR comment bodies: GitHub answers 422 above this. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** Check run output.summary and output.text. */
export const CHECK_SUMMARY_LIMIT_CHARS = 65_535;

export interface Truncated {
  text: string;
  truncated: boolean;
}

export function truncationNotice(limitChars: number, fullReportUrl?: string): string {
  const where = fullReportUrl
    ? `the [job summary of this workflow run](${fullReportUrl})`
    : "this workflow run's job summary";
  return `> [!WARNING]\n> This report was cut to stay under GitHub's ${formatWhole(limitChars)}-character limit. The full report is in ${where}.`;
}

function closers(kept: string): string {
  let out = '';
  const fences = (kept.match(/^\s*```/gm) ?? []).length;
  if (fences % 2 === 1) out += '```\n';
  const opened = (kept.match(/<details\b/gi) ?? []).length;
  const closed = (kept.match(/<\/details>/gi) ?? []).length;
  out += '</details>\n'.repeat(Math.max(0, opened - closed));
  return out;
}

/** Lengths are UTF-16 code units, never fewer than GitHub's character count, so staying under is safe. */
export function truncateMarkdown(markdown: string, limitChars: number, notice: string): Truncated {
  if (markdown.length <= limitChars) return { text: markdown, truncated: false };
  // Room for closing tags: at most one fence plus every open <details>.
  const openDetails = (markdown.match(/<details\b/gi) ?? []).length;
  const reserve = notice.length + 8 + '```\n'.length + openDetails * '</details>\n'.length;
  let cut = Math.max(0, limitChars - reserve);
  const newline = markdown.lastIndexOf('\n', cut);
  if (newline > 0) cut = newline;
  // Never split a surrogate pair.
  const code = markdown.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const kept = markdown.slice(0, cut).replace(/\s+$/, '');
  const text = `${kept}\n${closers(kept)}\n${notice}\n`;
  return { text, truncated: true };
}
