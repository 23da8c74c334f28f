// The one escaping layer for text the bot did not write (run ids, paths, locations, accelerator names, YAML keys,
// log content in messages), by the context it lands in. Whatever the input, the rendered comment gains no tag, link,
// mention, heading, table cell or marker from it; code contexts keep the text as it was, on one line.

/** GitHub mentions and team mentions start at an @ followed by a name character; a zero-width space breaks that. */
const ZERO_WIDTH_SPACE = '\u200B';
/** Longest user string shown inline; longer ones are cut with an ellipsis (the JSON report keeps them whole). */
export const MAX_INLINE_CHARS = 200;

/**
 * Bidirectional embeddings, overrides and isolates: one in a run id would reorder the figures after it on screen
 * ("Trojan Source"). Right-to-left letters themselves are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function oneLine(text: string): string {
  // Line and paragraph separators, and the C0/C1 controls, would break a line or hide text.
  return (
    text
      .replace(/\r\n?|[\n\u2028\u2029\u0085]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '�')
      .replace(BIDI_CONTROLS, '�')
  );
}

function capped(text: string, max = MAX_INLINE_CHARS): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

function codeSpan(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  // A space on each side keeps a leading or trailing backtick out of the fence; CommonMark strips one of each.
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** User text as inline code in running text (not in a table: use `codeCell`). */
export function code(text: string): string {
  const line = capped(oneLine(text));
  return line.trim() === '' ? codeSpan(`"${line}"`) : codeSpan(line);
}

/**
 * User text as inline code inside a GFM table cell: a `|` ends the cell even inside a code span unless escaped, and
 * GitHub removes the backslash before rendering the span.
 */
export function codeCell(text: string): string {
  // A backslash right before a pipe would escape the escape: a zero-width space keeps them apart.
  return code(text.replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`)).replace(/\|/g, '\\|');
}

/** Lines of user text as a fenced code block: the fence is longer than any backtick run inside. */
export function codeBlock(lines: string[], info = 'text'): string {
  const body = lines.map((line) => line.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '�')).join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/** Prose escaping without the line-start rule: no HTML, link, autolink, entity or mention. */
function inlineProse(text: string): string {
  return oneLine(text)
    .trimStart()
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([[\]])/g, '\\$1')
    .replace(/:\/\//g, ':\\//')
    .replace(/www\./gi, (match) => `${match.slice(0, 3)}\\.`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

/**
 * Prose that may carry user text (notes and messages composed by other layers): one line, no HTML, no link or image
 * syntax, no autolink, no entity, no mention. Emphasis and code spans the bot wrote keep working.
 */
export function prose(text: string): string {
  return neutralizeLineStart(inlineProse(text));
}

/**
 * Prose may start a line (a list item): a heading, list, quote, fence or rule marker there is escaped. A single
 * backtick or tilde starts a code span or nothing, so it stays (a note may open with `a code span`).
 */
function neutralizeLineStart(text: string): string {
  return text
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^(`{3,}|~{3,})/, (fence) => `\\${fence}`)
    .replace(/^[#\-+*=_>|]/, (char) => `\\${char}`);
}

/**
 * Prose inside a table cell: as `prose`, and `|` does not end the cell; at most `max` characters of `text`. A cell
 * holds inline content only, so no line-start rule is needed ("42.1 h" stays as it is).
 */
export function proseCell(text: string, max = Number.POSITIVE_INFINITY): string {
  return inlineProse(capped(text, max)).replace(/\|/g, '\\|');
}

/**
 * User text as plain text, every markdown punctuation character escaped, for places where code formatting would be
 * wrong (a summary line, a label). Safe in table cells.
 */
export function plain(text: string): string {
  return capped(oneLine(text))
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'=$%^;,?/]/g, (char) =>
      char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`,
    )
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Text inside raw HTML (a `<summary>`) or an attribute value: entities for the five HTML specials, no mention. */
export function htmlText(text: string): string {
  return capped(oneLine(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value in an SVG or XHTML document the project writes (badge, history chart, dashboard). */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/**
 * A label inside a mermaid chart's double quotes: mermaid has no escape for `"`, reads `#...;` as an entity and
 * renders some labels as HTML, so only a safe set of characters is kept (others become `_`).
 */
export function mermaidLabel(text: string, max = 40): string {
  return capped(oneLine(text), max).replace(/[^\p{L}\p{N} _.:/+=()-]/gu, '_');
}
