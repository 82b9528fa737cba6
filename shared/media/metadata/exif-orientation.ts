import { hasAscii } from './strip-result';

/** The EXIF orientation of a picture stored as it is to be shown. */
export const UPRIGHT = 1;

const ORIENTATION_TAG = 0x0112;

/**
 * The orientation an EXIF block gives its picture (1 to 8; 1: stored as shown), read from the first IFD of its
 * TIFF structure, which may follow JPEG's `Exif\0\0` header. A block that cannot be read, or a value outside
 * 1–8, is 1: a browser then shows the pixels as stored too. Any value that reads as 2–8 counts, whatever type
 * the entry claims: when in doubt the picture is redrawn, which is never wrong, only slower.
 */
export function exifOrientation(block: Uint8Array): number {
  const tiff = hasAscii(block, 0, 'Exif\0\0') ? 6 : 0;
  const little = hasAscii(block, tiff, 'II');
  if (!little && !hasAscii(block, tiff, 'MM')) return UPRIGHT;
  const u16 = (at: number): number | null => {
    const a = block[tiff + at];
    const b = block[tiff + at + 1];
    if (a === undefined || b === undefined) return null;
    return little ? a | (b << 8) : (a << 8) | b;
  };
  if (u16(2) !== 42) return UPRIGHT;
  const high = u16(4);
  const low = u16(6);
  if (high === null || low === null) return UPRIGHT;
  const ifd = little ? low * 0x10000 + high : high * 0x10000 + low;
  const count = u16(ifd);
  if (count === null) return UPRIGHT;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    if (tag === null) return UPRIGHT;
    if (tag !== ORIENTATION_TAG) continue;
    const value = u16(entry + 8);
    return value !== null && value >= 1 && value <= 8 ? value : UPRIGHT;
  }
  return UPRIGHT;
}
