// A flat badge as a self-contained SVG: a grey label box and a coloured message box, 20 px high, text in an 11 px sans
// font. Text widths come from DejaVu Sans' own advance widths (src/data/badge-font.ts); every text also carries
// that width as textLength, so a viewer without DejaVu Sans still fits it into the same box.
import { BADGE_COLORS, BADGE_LABEL_COLOR } from '../data/badge-colors.js';
import { BADGE_FONT } from '../data/badge-font.js';
import { xmlText } from '../report/escape.js';

export const BADGE_FONT_SIZE_PX = 11;
const HEIGHT_PX = 20;
/** Space on each side of a text inside its box. */
const PADDING_PX = 6;
const WHITE = '#ffffff';
const DARK_TEXT = '#1b1b1b';
const FALLBACK_COLOR = BADGE_COLORS.value.lightgrey!;

const advances = new Map<number, number>();
for (const [first, widths] of BADGE_FONT.ranges) {
  for (const [index, width] of widths.entries()) advances.set(first + index, width);
}

/** Width in px of `text` set in DejaVu Sans at `sizePx`; characters outside the table count as the ASCII mean. */
export function textWidthPx(text: string, sizePx = BADGE_FONT_SIZE_PX): number {
  let units = 0;
  for (const char of text) units += advances.get(char.codePointAt(0)!) ?? BADGE_FONT.averageAdvance;
  return (units * sizePx) / BADGE_FONT.unitsPerEm;
}

/** Control characters, the two non-characters, and unpaired surrogates. */
const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML forbids are what this replaces
  /[\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One line of text XML 1.0 can hold: line breaks and tabs become spaces, other control characters and unpaired
 * surrogates (which no XML parser accepts) become U+FFFD.
 */
export function badgeText(text: string): string {
  const oneLine = text.replace(/[\t\n\r]+/g, ' ');
  return oneLine.replace(NOT_IN_XML, '\uFFFD');
}

/** A shields.io colour name, a hex colour with or without `#`, or a CSS colour keyword; anything else is light grey. */
export function badgeColor(color: string): string {
  const name = color.trim().toLowerCase();
  if (Object.hasOwn(BADGE_COLORS.value, name)) return BADGE_COLORS.value[name]!;
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(name)?.[1];
  if (hex) return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
  return /^[a-z]{3,30}$/.test(name) ? name : FALLBACK_COLOR;
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** White or near-black, whichever contrasts more with the background; white on a keyword colour of unknown shade. */
export function textColorOn(background: string): string {
  if (!/^#[0-9a-f]{6}$/.test(background)) return WHITE;
  const back = luminance(background);
  return contrast(back, luminance(WHITE)) >= contrast(back, luminance(DARK_TEXT)) ? WHITE : DARK_TEXT;
}

const px = (value: number) => String(Math.round(value * 10) / 10);

function textElement(text: string, centerX: number, background: string): string {
  const width = px(textWidthPx(text));
  const fill = textColorOn(background);
  const body = xmlText(text);
  // A faint shadow under white text keeps it legible on the lighter shades.
  const shadow =
    fill === WHITE
      ? `<text x="${px(centerX)}" y="15" fill="#010101" fill-opacity=".3" textLength="${width}" lengthAdjust="spacingAndGlyphs" aria-hidden="true">${body}</text>`
      : '';
  return `${shadow}<text x="${px(centerX)}" y="14" fill="${fill}" textLength="${width}" lengthAdjust="spacingAndGlyphs">${body}</text>`;
}

export interface FlatBadge {
  label: string;
  message: string;
  /** See badgeColor. */
  color: string;
}

export function renderFlatBadge(badge: FlatBadge): string {
  const label = badgeText(badge.label);
  const message = badgeText(badge.message);
  const color = badgeColor(badge.color);
  const labelBox = Math.round(textWidthPx(label)) + 2 * PADDING_PX;
  const messageBox = Math.round(textWidthPx(message)) + 2 * PADDING_PX;
  const width = labelBox + messageBox;
  const title = xmlText(`${label}: ${message}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT_PX}" viewBox="0 0 ${width} ${HEIGHT_PX}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<linearGradient id="shine" x2="0" y2="100%"><stop offset="0" stop-color="#bbbbbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="round"><rect width="${width}" height="${HEIGHT_PX}" rx="3"/></clipPath>`,
    '<g clip-path="url(#round)">',
    `<rect width="${labelBox}" height="${HEIGHT_PX}" fill="${BADGE_LABEL_COLOR}"/>`,
    `<rect x="${labelBox}" width="${messageBox}" height="${HEIGHT_PX}" fill="${color}"/>`,
    `<rect width="${width}" height="${HEIGHT_PX}" fill="url(#shine)"/>`,
    '</g>',
    `<g text-anchor="middle" font-family="${BADGE_FONT.family},Verdana,Geneva,sans-serif" font-size="${BADGE_FONT_SIZE_PX}">`,
    textElement(label, labelBox / 2, BADGE_LABEL_COLOR),
    textElement(message, labelBox + messageBox / 2, color),
    '</g>',
    '</svg>',
  ].join('');
}
