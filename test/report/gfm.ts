// Renders markdown the way GitHub does for a comment (CommonMark + GFM tables, autolinks, strikethrough, task lists,
// raw HTML kept), and reads the structure of the result.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Opening and closing tag names in document order, e.g. ["p", "code", "/code", "/p"]. */
export function tagSequence(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** Text of every <code> element, decoded. */
export function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((match) => decodeEntities(match[1]!));
}

/** Visible text outside code and pre, decoded: where GitHub would look for @mentions and #references. */
export function textOutsideCode(html: string): string {
  const withoutCode = html.replace(/<pre>[\s\S]*?<\/pre>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]*>/g, ' '));
}

/** A GitHub @user or @org/team mention: an @ not preceded by a word character, followed by a name character. */
export const MENTION = /(^|[^\w`])@[A-Za-z0-9]/;
