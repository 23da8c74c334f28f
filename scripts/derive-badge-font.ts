// Derives src/data/badge-font.generated.ts: the advance widths the SVG badge measures its text with, read from the
// hmtx and cmap tables of DejaVu Sans (Book), the free font in Debian's fonts-dejavu-core package.
// Run: npm run derive:badge-font                  downloads fonts-dejavu-core with `apt-get download` into a temporary
//                                                 folder and unpacks it with `dpkg-deb -x`
//      npm run derive:badge-font -- --font <ttf>  reads DejaVuSans.ttf from that path
// The generated file is committed; `git diff src/data` after a run shows what changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(repoRoot, 'src/data/badge-font.generated.ts');
const PACKAGE = 'fonts-dejavu-core';
const FONT_PATH_IN_PACKAGE = 'usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Code points the badge text is likely to hold: ASCII, Latin-1, and the typography the reports use (CO₂, –, …, ≤). */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2080, 0x2089],
  [0x2191, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
];

interface Font {
  unitsPerEm: number;
  advanceOf(codePoint: number): number | undefined;
  version: string;
}

function readFont(bytes: Buffer): Font {
  const tables = new Map<string, number>();
  const count = bytes.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    tables.set(bytes.toString('latin1', record, record + 4), bytes.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = bytes.readUInt16BE(table('head') + 18);
  const metricsCount = bytes.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number) => bytes.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));

  // cmap: the Windows Unicode BMP subtable (platform 3, encoding 1), format 4 (segment mapping to delta values).
  const cmap = table('cmap');
  let subtable: number | undefined;
  for (let index = 0; index < bytes.readUInt16BE(cmap + 2); index++) {
    const record = cmap + 4 + index * 8;
    if (bytes.readUInt16BE(record) === 3 && bytes.readUInt16BE(record + 2) === 1)
      subtable = cmap + bytes.readUInt32BE(record + 4);
  }
  if (subtable === undefined || bytes.readUInt16BE(subtable) !== 4)
    throw new Error('the font has no format-4 Unicode BMP cmap subtable');
  const segments = bytes.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphOf = (codePoint: number): number => {
    for (let segment = 0; segment < segments; segment++) {
      if (codePoint > bytes.readUInt16BE(ends + 2 * segment)) continue;
      const start = bytes.readUInt16BE(starts + 2 * segment);
      if (codePoint < start) return 0;
      const delta = bytes.readUInt16BE(deltas + 2 * segment);
      const rangeOffsetAt = rangeOffsets + 2 * segment;
      const rangeOffset = bytes.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = bytes.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };

  // name table: record 5 is the version string (UTF-16BE on the Windows platform).
  const name = table('name');
  const storage = name + bytes.readUInt16BE(name + 4);
  let version = '';
  for (let index = 0; index < bytes.readUInt16BE(name + 2); index++) {
    const record = name + 6 + index * 12;
    if (bytes.readUInt16BE(record) !== 3 || bytes.readUInt16BE(record + 6) !== 5) continue;
    const start = storage + bytes.readUInt16BE(record + 10);
    const raw = bytes.subarray(start, start + bytes.readUInt16BE(record + 8));
    version = Buffer.from(raw).swap16().toString('utf16le');
    break;
  }
  return {
    unitsPerEm,
    version,
    advanceOf: (codePoint) => {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? undefined : advanceOfGlyph(glyph);
    },
  };
}

function downloadFont(): { file: string; cleanup: () => void; packageVersion: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'badge-font-'));
  execFileSync('apt-get', ['download', PACKAGE], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  const deb = readdirSync(folder).find((file) => file.startsWith(`${PACKAGE}_`) && file.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download ${PACKAGE} left no .deb in ${folder}`);
  execFileSync('dpkg-deb', ['-x', deb, 'unpacked'], { cwd: folder });
  return {
    file: path.join(folder, 'unpacked', FONT_PATH_IN_PACKAGE),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
    packageVersion: deb.split('_')[1] ?? '',
  };
}

function main(): void {
  const flag = process.argv.indexOf('--font');
  const given = flag > 0 ? process.argv[flag + 1] : undefined;
  const download = given ? undefined : downloadFont();
  const file = given ?? download?.file ?? '';
  try {
    const font = readFont(readFileSync(file));
    const ranges = RANGES.map(([first, last]) => {
      const advances: number[] = [];
      for (let codePoint = first; codePoint <= last; codePoint++) {
        const advance = font.advanceOf(codePoint);
        if (advance === undefined) throw new Error(`DejaVu Sans has no glyph for U+${codePoint.toString(16)}`);
        advances.push(advance);
      }
      return [first, advances] as const;
    });
    // The fallback for characters outside the table: the mean advance of printable ASCII, what badge text mostly is.
    const ascii = ranges[0]?.[1] ?? [];
    const average = Math.round(ascii.reduce((sum, advance) => sum + advance, 0) / ascii.length);
    const packageNote = download ? `Debian ${PACKAGE} ${download.packageVersion}` : path.basename(file);
    const lines = [
      `// GENERATED by scripts/derive-badge-font.ts (npm run derive:badge-font) from DejaVu Sans (${packageNote}), the hmtx and cmap tables. Do not edit by hand; rerun the script.`,
      "import type { BadgeFont } from './badge-font.js';",
      '',
      'export const DEJAVU_SANS: BadgeFont = {',
      `  family: 'DejaVu Sans',`,
      `  fontVersion: ${JSON.stringify(font.version)},`,
      `  source: 'DejaVu Sans Book, advance widths from the hmtx table (font units), mapped through the cmap table',`,
      `  url: 'https://dejavu-fonts.github.io/',`,
      '  year: 2016,',
      `  unitsPerEm: ${font.unitsPerEm},`,
      `  averageAdvance: ${average},`,
      '  ranges: [',
      ...ranges.map(([first, advances]) => `    [0x${first.toString(16)}, [${advances.join(', ')}]],`),
      '  ],',
      '};',
      '',
    ];
    writeFileSync(outFile, lines.join('\n'));
    console.log(`wrote ${path.relative(repoRoot, outFile)} (${font.version}, ${font.unitsPerEm} units per em)`);
  } finally {
    download?.cleanup();
  }
}

main();
