// Small building blocks of the comment's markdown.
import { NBSP } from '../util/format.js';

/** A collapsed section; the summary is written by the bot (escape user parts with htmlText). */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}

const VALUE_WITH_UNIT = /(\d) (%|g|kg|t|kt|Mt|Wh|kWh|MWh|GWh|h|W|km|days|d|gCO2e\/kWh|g\/kWh|TFLOP\/s)(?![\p{L}\d])/gu;

/**
 * Figures keep their unit on the same line ("19.6 kg", never "19.6⏎kg"): the space becomes U+00A0. Code spans and
 * fenced blocks (user text) are left as they are.
 */
export function unbroken(markdown: string): string {
  if (/^(```|~~~)/m.test(markdown)) return markdown;
  return markdown
    .split(/(`+[^`\n]*?`+)/)
    .map((part, index) => (index % 2 ? part : part.replace(VALUE_WITH_UNIT, `$1${NBSP}$2`)))
    .join('');
}
