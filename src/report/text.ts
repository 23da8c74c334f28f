// Small building blocks of the comment's markdown.
import { formatSignificant } from '../util/format.js';

/** A collapsed section; the summary is written by the bot (escape user parts with htmlText). */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}

/**
 * A figure with no more significant figures than its range supports: one when the range spans a factor of three or
 * more, two when it spans 30% or more, else three.
 */
export function roughly(value: number, range: { low: number; high: number }): string {
  const spread = range.low > 0 ? range.high / range.low : Number.POSITIVE_INFINITY;
  return formatSignificant(value, spread >= 3 ? 1 : spread >= 1.3 ? 2 : 3);
}

/** A figure and its unit never wrap apart in a narrow table cell ("19.6 kg", not "19.6⏎kg"). */
export function unbroken(text: string): string {
  return text.replace(/(\d) (%|g|kg|t|kWh|MWh|h|W|days|d)(?![\p{L}\d])/gu, '$1\u00A0$2');
}
