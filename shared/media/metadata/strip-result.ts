/**
 * What taking a picture's metadata out gave: the shared answer of the per-format modules beside this one. None
 * of them throws; a file they cannot follow is `unreadable`, never passed on as clean.
 */

/** The formats whose metadata is taken out here; GIF and AVIF are stored as they are (strip-metadata.ts). */
export type StrippedFormat = 'jpeg' | 'png' | 'webp';

export type StripResult =
  /** Nothing to take out (or a format left as it is): `bytes` are the ones given. */
  | { kind: 'unchanged'; bytes: Uint8Array }
  /**
   * Metadata taken out: a new file with every byte of the picture as it was. `removed` names what went, in
   * the format's own words (`APP1`, `COM`, `eXIf`, `EXIF`…; `trailer` for bytes after the image's end).
   */
  | { kind: 'stripped'; bytes: Uint8Array<ArrayBuffer>; removed: string[] }
  /**
   * The EXIF says the pixels are stored turned (or mirrored) and a viewer is to turn them: without that note
   * the picture would show lying down. Only a redraw (the pixels turned, then encoded) takes the note out.
   */
  | { kind: 'turned'; format: StrippedFormat; orientation: number }
  /** Not laid out as its format says (cut inside its header, a length past its end): what it holds is unknown. */
  | { kind: 'unreadable'; format: StrippedFormat };

/** A byte range [start, end) of the file kept in the result. */
export type Range = readonly [start: number, end: number];

/** The kept ranges of `bytes` joined into one new file. */
export function joinRanges(bytes: Uint8Array, ranges: readonly Range[]): Uint8Array<ArrayBuffer> {
  const size = ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const [start, end] of ranges) {
    out.set(bytes.subarray(start, end), at);
    at += end - start;
  }
  return out;
}

/** Four bytes as ASCII (a chunk's or a header's name); '' past the end. */
export function fourCC(bytes: Uint8Array, at: number): string {
  return at + 4 > bytes.length ? '' : String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/** Whether `bytes` hold `ascii` at `at`. */
export function hasAscii(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at < 0 || at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}
