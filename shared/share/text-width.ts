/**
 * The width of a line of text from a font's advance widths, for limits that are judged in pixels (Google's
 * result title). There is no canvas in shared/, and a canvas would measure with whatever font the machine
 * has; a table read from the font itself measures the same everywhere.
 */

/** A font's advance widths in font units, by runs of consecutive code points: `[first code point, widths…]`. */
export interface AdvanceWidths {
  unitsPerEm: number;
  /** The width taken for a code point the runs do not have. */
  fallback: number;
  runs: ReadonlyArray<readonly [first: number, widths: readonly number[]]>;
}

const lookups = new WeakMap<AdvanceWidths, Map<number, number>>();

function lookup(font: AdvanceWidths): Map<number, number> {
  let byCodePoint = lookups.get(font);
  if (!byCodePoint) {
    byCodePoint = new Map();
    for (const [first, widths] of font.runs) widths.forEach((width, i) => byCodePoint?.set(first + i, width));
    lookups.set(font, byCodePoint);
  }
  return byCodePoint;
}

/**
 * The text's width in pixels at `fontSizePx`: the sum of its characters' advances (NFC, so й is one glyph).
 * Kerning is left out: it narrows a few pairs by a pixel or so, and leaving it out errs towards "too long".
 */
export function textWidth(text: string, font: AdvanceWidths, fontSizePx: number): number {
  const byCodePoint = lookup(font);
  let units = 0;
  for (const char of text.normalize('NFC')) {
    units += byCodePoint.get(char.codePointAt(0) ?? 0) ?? font.fallback;
  }
  return (units * fontSizePx) / font.unitsPerEm;
}
