// Writes shared/share/google-title-widths.ts: the advance widths of Google's desktop title font (Arial), read
// from Liberation Sans, which is metric-compatible with Arial (same advance widths, glyph by glyph) and free
// to read. Arial itself is not on a Linux machine; Debian ships Liberation as fonts-liberation2.
//
//   node scripts/google-title-widths.mjs /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
//
// Only the tables a width needs are read (head, hhea, hmtx, cmap format 4, name); no font library is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUTPUT = fileURLToPath(new URL('../shared/share/google-title-widths.ts', import.meta.url));

/**
 * What a title can hold: Latin with Latin-1 and Latin Extended-A (names in other languages), combining
 * marks (a stress mark), Cyrillic with ґ, digits, and the punctuation of UKRAINIAN.md §2 (« » „ “ ’ ʼ — – …
 * № ₴ and the no-break spaces).
 */
export const CODE_POINT_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2bc, 0x2bc],
  [0x300, 0x36f],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2010, 0x2027],
  [0x202f, 0x203a],
  [0x20ac, 0x20ac],
  [0x20b4, 0x20b4],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
];

/**
 * Characters a font may lack that are drawn with another's glyph by definition: the non-breaking hyphen is
 * the hyphen (Unicode gives them one shape), which the typography rules put into compound words.
 */
export const SAME_GLYPH_AS = new Map([[0x2011, 0x2010]]);

function tables(font) {
  const count = font.readUInt16BE(4);
  const found = new Map();
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    found.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const at = (tag) => {
    const offset = found.get(tag);
    if (offset === undefined) throw new Error(`The font has no ${tag} table.`);
    return offset;
  };
  return at;
}

/** Glyph ids by code point from the Unicode BMP subtable (format 4) of cmap. */
function glyphIds(font, cmap) {
  const subtables = font.readUInt16BE(cmap + 2);
  let subtable = -1;
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (font.readUInt16BE(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('The font has no Unicode BMP (format 4) cmap subtable.');
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    for (let s = 0; s < segments; s += 1) {
      if (font.readUInt16BE(ends + s * 2) < codePoint) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > codePoint) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeOffsetAt = rangeOffsets + s * 2;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** A name record (4 full name, 5 version) in its Windows Unicode form. */
function nameOf(font, name, id) {
  const count = font.readUInt16BE(name + 2);
  const strings = name + font.readUInt16BE(name + 4);
  for (let i = 0; i < count; i += 1) {
    const record = name + 6 + i * 12;
    if (font.readUInt16BE(record) !== 3 || font.readUInt16BE(record + 6) !== id) continue;
    const bytes = Buffer.from(
      font.subarray(
        strings + font.readUInt16BE(record + 10),
        strings + font.readUInt16BE(record + 10) + font.readUInt16BE(record + 8),
      ),
    );
    return bytes.swap16().toString('utf16le');
  }
  return '';
}

/**
 * The font's advance widths (in font units) for the code points it has, as runs of consecutive code points,
 * and what it calls itself.
 */
export function readAdvanceWidths(font, ranges = CODE_POINT_RANGES) {
  const table = tables(font);
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = glyphIds(font, table('cmap'));
  const advance = (glyph) => font.readUInt16BE(hmtx + Math.min(glyph, metrics - 1) * 4);
  const runs = [];
  for (const [first, last] of ranges) {
    let run = null;
    for (let codePoint = first; codePoint <= last; codePoint += 1) {
      const glyph = glyphOf(codePoint) || glyphOf(SAME_GLYPH_AS.get(codePoint) ?? 0);
      if (glyph === 0) {
        run = null;
        continue;
      }
      if (!run) {
        run = [codePoint, []];
        runs.push(run);
      }
      run[1].push(advance(glyph));
    }
  }
  const fullName = nameOf(font, table('name'), 4);
  const version = nameOf(font, table('name'), 5);
  return { fullName, version, unitsPerEm, runs };
}

const hex = (n) => `0x${n.toString(16).padStart(4, '0')}`;

/** The TypeScript module; Prettier lays it out. */
export function renderModule({ fullName, version, unitsPerEm, runs }, fontFile) {
  const body = runs.map(([first, widths]) => `[${hex(first)}, [${widths.join(', ')}]]`).join(',\n');
  return `// Generated by scripts/google-title-widths.mjs from ${fontFile}
// (${fullName}, ${version}). Do not edit.
import type { AdvanceWidths } from './text-width';

/**
 * Advance widths of Arial, the font of Google's desktop result titles, as Liberation Sans has them (a font
 * made metric-compatible with Arial). A code point outside these runs (an emoji, CJK) is taken as one em wide,
 * which errs towards a title that is too long rather than one that is cut.
 */
export const GOOGLE_TITLE_FONT: AdvanceWidths = {
  unitsPerEm: ${unitsPerEm},
  fallback: ${unitsPerEm},
  runs: [
${body}
  ],
};
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const fontPath = process.argv[2];
  if (!fontPath) {
    console.error('Usage: node scripts/google-title-widths.mjs <path to LiberationSans-Regular.ttf>');
    process.exit(2);
  }
  const widths = readAdvanceWidths(readFileSync(fontPath));
  writeFileSync(OUTPUT, renderModule(widths, path.basename(fontPath)));
  console.log(`Wrote ${OUTPUT}: ${widths.runs.reduce((n, [, w]) => n + w.length, 0)} code points.`);
}
