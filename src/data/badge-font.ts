// The font the SVG badge measures its text with: advance widths of DejaVu Sans, derived from the font file itself
// (badge-font.generated.ts, `npm run derive:badge-font`). The badge names DejaVu Sans first in its font-family and
// fixes each text's length, so a viewer with another sans font draws the text in the same box.
import type { Source } from './types.js';

export interface BadgeFont extends Source {
  family: string;
  /** The version string in the font's name table. */
  fontVersion: string;
  unitsPerEm: number;
  /** Advance for a character outside `ranges` (font units): the mean over printable ASCII. */
  averageAdvance: number;
  /** [first code point, advances of it and the code points that follow (font units)]. */
  ranges: ReadonlyArray<readonly [number, readonly number[]]>;
}

export { DEJAVU_SANS as BADGE_FONT } from './badge-font.generated.js';
