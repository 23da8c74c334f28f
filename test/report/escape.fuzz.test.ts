// Fuzzes the escaping layer: hostile strings (fences, pipes, tags, links, mentions, markers, line breaks) go through
// every context the report uses and are rendered with a GFM renderer. The rendered structure must be exactly what the
// same template gives for a harmless string: no tag, link, image, mention, heading, cell or marker the bot did not
// write. Code contexts must also show the text as it was (on one line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  code,
  codeBlock,
  codeCell,
  htmlText,
  MAX_INLINE_CHARS,
  mermaidLabel,
  plain,
  prose,
  proseCell,
} from '../../src/report/escape.js';
import { codeTexts, MENTION, renderGfm, tagSequence, textOutsideCode } from './gfm.js';

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** ~8 s alone for 10,000 renders; a loaded CI machine may take several times that. */
const FUZZ_TIMEOUT_MS = 30_000 + NUM_RUNS * 15;

const HOSTILE_PIECES = [
  '`',
  '``',
  '```',
  '~~~',
  '|',
  '\\',
  '\\|',
  '\n',
  '\r\n',
  '\n\n',
  '\u2028',
  '\u0085',
  '\u0000',
  '<',
  '>',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">',
  '</details>',
  '<details>',
  '<summary>',
  '<!--',
  '-->',
  '<!-- ml-carbon:comment -->',
  '@',
  '@octocat',
  '@org/team',
  '[',
  ']',
  '(',
  ')',
  '![x](https://evil.example/x.png)',
  '[approved](https://evil.example)',
  'https://evil.example',
  'http://',
  'www.evil.example',
  'user@evil.example',
  '# ',
  '## ✅ budget approved',
  '> [!NOTE]',
  '---',
  '===',
  '* ',
  '- ',
  '1. ',
  '    ',
  '\t',
  '&',
  '&#64;',
  '&lt;',
  '&amp;',
  '"',
  "'",
  '*',
  '_',
  '~',
  ':',
  '#1',
  'javascript:',
  'x',
  ' ',
  'é',
  '🌱',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme' })), {
    maxLength: 14,
  })
  .map((pieces) => pieces.join(''));

const HARMLESS = 'x';
const INLINE_FORMATTING = new Set(['em', '/em', 'strong', '/strong', 'code', '/code', 'del', '/del']);

/** A context: the template the report uses around the escaped text. */
interface Context {
  name: string;
  render: (text: string) => string;
  /** Prose keeps the bot's own emphasis and code spans working, so those tags may appear; nothing else may. */
  allowsFormatting?: boolean;
  /** For code contexts: the text the reader must see, as the escaper promises it. */
  shown?: (text: string) => string;
}

const oneLine = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escaper replaces these, and so does the expectation
  text.replace(/\r\n?|[\n\u2028\u2029\u0085]/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '�');

const TABLE_HEAD = '| Run | Note | Name |\n| :- | :- | :- |\n';

const CONTEXTS: Context[] = [
  {
    name: 'inline code in a list item',
    render: (text) => `- ${code(text)}: changed\n\nAfter.`,
    shown: (text) => oneLine(text),
  },
  {
    name: 'inline code in a table cell',
    render: (text) => `${TABLE_HEAD}| ${codeCell(text)} | a | b |\n| **Total** | c | d |`,
    shown: (text) => oneLine(text),
  },
  {
    name: 'prose in a table cell',
    render: (text) => `${TABLE_HEAD}| a | ${proseCell(text)} | b |`,
    allowsFormatting: true,
  },
  { name: 'plain text in a table cell', render: (text) => `${TABLE_HEAD}| a | b | ${plain(text)} |` },
  { name: 'prose in a list item', render: (text) => `- ${prose(text)} (\`run\`)\n\nAfter.`, allowsFormatting: true },
  { name: 'plain text after a heading', render: (text) => `### 🌱 ml-carbon: ${plain(text)}\n\nAfter.` },
  {
    name: 'code block',
    render: (text) => `Problems:\n\n${codeBlock([text, `file.yml:1: ${text}`])}\n\nAfter.`,
  },
  {
    name: 'HTML summary',
    render: (text) => `<details><summary>Run ${htmlText(text)}</summary>\n\nBody.\n\n</details>\n\nAfter.`,
  },
  {
    name: 'mermaid label',
    render: (text) =>
      [
        '```mermaid',
        'xychart-beta',
        `  x-axis ["${mermaidLabel(text)}", "b"]`,
        '  bar [1, 2]',
        '```',
        '',
        'After.',
      ].join('\n'),
  },
];

const structureOf = (context: Context, html: string) => {
  const tags = tagSequence(html);
  return context.allowsFormatting ? tags.filter((tag) => !INLINE_FORMATTING.has(tag)) : tags;
};
const markerCount = (html: string) => (html.match(/<!--/g) ?? []).length;

describe('escaping layer, fuzzed through a GFM renderer', () => {
  const harmless = CONTEXTS.map((context) => {
    const html = renderGfm(context.render(HARMLESS));
    return { structure: structureOf(context, html), markers: markerCount(html) };
  });

  it(
    `adds no tag, link, mention, heading, cell or marker in any context (${NUM_RUNS} hostile strings)`,
    () => {
      fc.assert(
        fc.property(fc.nat(CONTEXTS.length - 1), hostile, (index, text) => {
          const context = CONTEXTS[index]!;
          const html = renderGfm(context.render(text));
          expect(structureOf(context, html), context.name).toEqual(harmless[index]!.structure);
          expect(markerCount(html), context.name).toBe(harmless[index]!.markers);
          expect(textOutsideCode(html), context.name).not.toMatch(MENTION);
          expect(html, context.name).not.toMatch(/<(a|img)\s/i);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'shows text in code contexts as it was, on one line',
    () => {
      const codeContexts = CONTEXTS.filter((context) => context.shown);
      fc.assert(
        fc.property(
          fc.nat(codeContexts.length - 1),
          hostile.filter((text) => [...text].length <= MAX_INLINE_CHARS && oneLine(text).trim() !== ''),
          (index, text) => {
            const context = codeContexts[index]!;
            const shown = codeTexts(renderGfm(context.render(text))).map((code) => code.replace(/\u200B(?=\|)/g, ''));
            expect(shown[0], context.name).toBe(context.shown!(text));
          },
        ),
        { numRuns: 2_000 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('escaping: examples a reader can check', () => {
  it('keeps a run id with backticks and a pipe inside one code span', () => {
    // Longest backtick run is 2, so the fence is 3; the leading backtick needs a padding space.
    expect(code('``a|b')).toBe('``` ``a|b ```');
    expect(codeCell('a|b')).toBe('`a\\|b`');
  });
  it('makes a fence longer than any backtick run in a code block', () => {
    expect(codeBlock(['````', 'x'])).toBe('`````text\n````\nx\n`````');
  });
  it('breaks mentions, links and tags in prose', () => {
    expect(prose('@org/team see <img> [x](https://e.example)')).toBe(
      '@\u200Borg/team see &lt;img&gt; \\[x\\](https:\\//e.example)',
    );
  });
  it('keeps mermaid labels to a safe alphabet', () => {
    expect(mermaidLabel('a"b#quot;<br>\nc')).toBe('a_b_quot__br_ c');
  });
});
