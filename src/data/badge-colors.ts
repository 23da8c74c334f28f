// Background colours of the SVG badge for the colour names a badge may carry. The names are shields.io's (grades and
// the endpoint JSON use them: https://shields.io/badges/endpoint-badge); the shades are ml-carbon's own choice.
// The text colour is not stored: the renderer picks white or near-black, whichever contrasts more (WCAG 2.x).
import type { Sourced } from './types.js';

export const BADGE_COLORS: Sourced<Readonly<Record<string, string>>> = {
  value: {
    brightgreen: '#3a9d23',
    green: '#6b9e1f',
    yellowgreen: '#a3a635',
    yellow: '#e0b414',
    orange: '#f07c2a',
    red: '#d9453b',
    blue: '#1f78c1',
    lightgrey: '#9e9e9e',
    grey: '#5a5a5a',
    success: '#3a9d23',
    important: '#f07c2a',
    critical: '#d9453b',
    informational: '#1f78c1',
    inactive: '#9e9e9e',
  },
  source:
    'ml-carbon palette for the colour names of shields.io badges (names: shields.io endpoint badge documentation)',
  year: 2026,
  url: 'https://shields.io/badges/endpoint-badge',
};

/** The label side of the badge. */
export const BADGE_LABEL_COLOR = '#555555';
