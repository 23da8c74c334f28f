import { describe, expect, it } from 'vitest';
import { BADGE_FONT } from '../../src/data/badge-font.js';
import { badgeColor, badgeText, renderFlatBadge, textColorOn, textWidthPx } from '../../src/badge/svg-badge.js';

/** Element nesting and attribute syntax of an XML document without a DTD; returns the first problem, or undefined. */
function xmlProblem(xml: string): string | undefined {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#39);)/g;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === '<' || whole === '&') return `stray ${whole} at ${match.index}`;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
    } else if (!selfClosing) stack.push(name!);
  }
  return stack.length ? `<${stack.at(-1)}> never closed` : undefined;
}

describe('text width', () => {
  it('adds the DejaVu Sans advances of each character at 11 px', () => {
    // Checked by hand from the font's hmtx: "4" 1303, "2" 1303, " " 651, "k" 1186, "g" 1300 = 5743 units of 2048 per
    // em; at 11 px that is 5743 × 11 / 2048 = 30.846 px.
    expect(textWidthPx('42 kg')).toBeCloseTo(30.846, 3);
    expect(BADGE_FONT.unitsPerEm).toBe(2048);
  });
  it('counts a character outside the table as the ASCII mean, once per code point', () => {
    // "漢" is not in the table; "😀" is one code point (two UTF-16 units) and counts once.
    const mean = (BADGE_FONT.averageAdvance * 11) / 2048;
    expect(textWidthPx('漢')).toBeCloseTo(mean, 6);
    expect(textWidthPx('😀')).toBeCloseTo(mean, 6);
  });
  it('knows the subscript two of CO₂ and is wider for a wider word', () => {
    // "₂" 821 units (the font's subscript digits) against "2" 1303.
    expect(textWidthPx('CO₂')).toBeLessThan(textWidthPx('CO2'));
    expect(textWidthPx('CO2') - textWidthPx('CO₂')).toBeCloseTo(((1303 - 821) * 11) / 2048, 6);
  });
});

describe('SVG', () => {
  const svg = renderFlatBadge({ label: 'training CO2e', message: '42 kg', color: 'green' });
  it('is well-formed, self-contained, and sized to its texts', () => {
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).not.toMatch(/(?:href|src)=/);
    // Each box is its text's rounded width plus 6 px on each side.
    const width = Math.round(textWidthPx('training CO2e')) + 12 + Math.round(textWidthPx('42 kg')) + 12;
    expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20"`);
    expect(svg).toContain(`textLength="${Math.round(textWidthPx('42 kg') * 10) / 10}"`);
  });
  it('names itself to assistive technology', () => {
    expect(svg).toContain('role="img" aria-label="training CO2e: 42 kg"');
    expect(svg).toContain('<title>training CO2e: 42 kg</title>');
  });
  it('escapes text it did not write, in the texts, the title and the label attribute', () => {
    const hostile = renderFlatBadge({ label: '<script>alert(1)</script>', message: `"a" & 'b'`, color: 'red' });
    expect(xmlProblem(hostile)).toBeUndefined();
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;: &quot;a&quot; &amp; &#39;b&#39;"');
    expect(hostile).toContain('>&quot;a&quot; &amp; &#39;b&#39;</text>');
  });
  it('keeps only characters XML can hold, on one line', () => {
    expect(badgeText('a\nb\tc\u0000d\uD800e')).toBe('a b c\uFFFDd\uFFFDe');
    expect(badgeText('CO₂ 😀')).toBe('CO₂ 😀');
    expect(xmlProblem(renderFlatBadge({ label: 'x\u0007', message: 'y\uDC00', color: 'blue' }))).toBeUndefined();
  });
});

describe('colours', () => {
  it('reads shields.io names, hex with or without #, CSS keywords, and falls back to light grey', () => {
    expect(badgeColor('brightgreen')).toMatch(/^#[0-9a-f]{6}$/);
    expect(badgeColor('Green')).toBe(badgeColor('green'));
    expect(badgeColor('0a0')).toBe('#00aa00');
    expect(badgeColor('#00AA00')).toBe('#00aa00');
    expect(badgeColor('purple')).toBe('purple');
    expect(badgeColor('constructor')).toBe('constructor');
    expect(badgeColor('not a colour"')).toBe(badgeColor('lightgrey'));
  });
  it('writes white on dark backgrounds and near-black on light ones', () => {
    // Relative luminance: #555555 ≈ 0.09 (white contrasts 7.5:1), yellow #e0b414 ≈ 0.50 (near-black 9:1, white 2:1).
    expect(textColorOn('#555555')).toBe('#ffffff');
    expect(textColorOn(badgeColor('yellow'))).toBe('#1b1b1b');
    expect(textColorOn('purple')).toBe('#ffffff');
  });
});
