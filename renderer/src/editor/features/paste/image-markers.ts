/**
 * Where a pasted image stood, carried through ProseMirror's parser as text: U+FFFC (the Unicode
 * "object replacement character", meant for exactly this) followed by one private-use character that
 * numbers the image. Markers never reach the saved article: the paste cleaner replaces or removes them in
 * the same paste, and any U+FFFC in the pasted text itself is stripped first so it cannot pose as one.
 */
export const MARKER = '\uFFFC';
const INDEX_BASE = 0xe000;
const INDEX_LIMIT = 0xf8ff - INDEX_BASE;

export function imageMarker(index: number): string {
  if (index < 0 || index > INDEX_LIMIT) throw new RangeError(`no marker for image ${index}`);
  return MARKER + String.fromCharCode(INDEX_BASE + index);
}

export interface FoundMarker {
  /** Offset of the U+FFFC in the searched text. */
  offset: number;
  /** Characters the marker takes (2, or 1 when its number was lost). */
  length: number;
  /** The image's number, or null when only the U+FFFC survived. */
  index: number | null;
}

export function findImageMarkers(text: string): FoundMarker[] {
  const found: FoundMarker[] = [];
  for (let offset = text.indexOf(MARKER); offset >= 0; offset = text.indexOf(MARKER, offset + 1)) {
    const code = text.charCodeAt(offset + 1);
    const numbered = code >= INDEX_BASE && code <= INDEX_BASE + INDEX_LIMIT;
    found.push({ offset, length: numbered ? 2 : 1, index: numbered ? code - INDEX_BASE : null });
  }
  return found;
}

/** Text with every marker (and stray U+FFFC) taken out. */
export function withoutMarkers(text: string): string {
  return text.replace(/\uFFFC[\uE000-\uF8FF]?/g, '');
}
