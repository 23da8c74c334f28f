// A rendered comment as a standalone page that looks like a GitHub PR comment: the GFM HTML in a 780 px column with
// GitHub-like type and table styles (written here, approximating github.com; not GitHub's stylesheet).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { renderGfm } from './gfm.js';

/** GitHub's comment body on a desktop PR page, in CSS pixels. */
export const COMMENT_WIDTH_PX = 780;

const STYLE = `
body { margin: 0; background: #fff; }
.comment { width: ${COMMENT_WIDTH_PX}px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
.markdown-body { padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; word-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body blockquote, .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,0.12); border-radius: 6px; padding: 0.2em 0.4em; white-space: break-spaces; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font: 85%/1.45 ui-monospace, monospace; }
.markdown-body pre code { background: none; padding: 0; font-size: 100%; white-space: pre; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
.markdown-body summary { cursor: pointer; }
.markdown-body sub { font-size: 75%; }
.markdown-body a { color: #0969da; text-decoration: none; }
`;

const ALERTS: Record<string, { title: string; color: string }> = {
  NOTE: { title: 'ℹ️ Note', color: '#0969da' },
  WARNING: { title: '⚠️ Warning', color: '#9a6700' },
  CAUTION: { title: '⛔ Caution', color: '#d1242f' },
};

/** GitHub turns `> [!WARNING]` quotes into alerts; the GFM renderer leaves them as quotes, so they are drawn here. */
function withAlerts(html: string): string {
  return html.replace(/<blockquote>\s*<p>\[!(NOTE|WARNING|CAUTION)\]\s*/g, (_, kind: string) => {
    const alert = ALERTS[kind]!;
    return `<blockquote style="border-left-color:${alert.color};color:#1f2328"><p><strong style="color:${alert.color}">${alert.title}</strong><br>`;
  });
}

export function commentPage(markdown: string, title = 'github-actions bot commented'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><div class="comment"><div class="header">${title}</div><div class="markdown-body">${withAlerts(renderGfm(markdown))}</div></div></body></html>`;
}

/** Chromium for playwright-core: $CHROMIUM_PATH, then `chromium` on the PATH, then /usr/bin/chromium. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH];
  try {
    candidates.push(execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim());
  } catch {
    // not on the PATH
  }
  candidates.push('/usr/bin/chromium');
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
