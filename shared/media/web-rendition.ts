import type { ImageFormat } from './image-header';

/**
 * The web rendition of a large photo: what the shared library keeps instead of a camera's original. A
 * newsroom library is a Git repository whose every committed byte stays in every clone for good, so a
 * 24-megapixel original (10–20 MB, with EXIF: GPS position, camera serial) must not go there. These are the
 * decisions, pure; the page draws and encodes (renderer/src/editor/nodes/figure/web-rendition-worker.ts).
 */

/** The long side, in pixels, of the picture stored for the web: sharp on a wide retina screen, small in Git. */
export const WEB_RENDITION_LONG_SIDE = 2560;

/** JPEG quality of a rendition: no visible loss in a photo at a quarter of the original's bytes. */
export const WEB_RENDITION_JPEG_QUALITY = 0.85;

/** The long side of the copy read back to look for transparency: cheap, and a transparent area still shows. */
export const ALPHA_PROBE_LONG_SIDE = 256;

export type RenditionType = 'image/jpeg' | 'image/png';

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Whether an image is reduced before it is stored: any photo whose long side is over the web size. A GIF is
 * stored as it is (it may be animated, and a canvas keeps only its first frame); SVG never reaches here (the
 * library refuses it). The size is the header's; the EXIF orientation turns it, and the long side stays.
 */
export function needsWebRendition(format: ImageFormat, size: PixelSize): boolean {
  if (format === 'gif') return false;
  return Math.max(size.width, size.height) > WEB_RENDITION_LONG_SIDE;
}

/** `size` scaled so that its long side is at most `longSide`, proportions kept; never enlarged. */
export function fitLongSide(size: PixelSize, longSide: number): PixelSize {
  const long = Math.max(size.width, size.height);
  if (long <= longSide) return { width: size.width, height: size.height };
  const scale = longSide / long;
  // The long side exactly `longSide`, whatever the rounding of the other.
  return size.width >= size.height
    ? { width: longSide, height: Math.max(1, Math.round(size.height * scale)) }
    : { width: Math.max(1, Math.round(size.width * scale)), height: longSide };
}

/** Formats that can carry an alpha channel: only their pixels are read to see whether they use it. */
export function mayHaveTransparency(format: ImageFormat): boolean {
  return format === 'png' || format === 'webp' || format === 'avif';
}

/**
 * What a rendition is encoded as: PNG keeps a picture's transparency (a logo, a cut-out), everything else is
 * a photo and becomes JPEG. A transparent WebP or AVIF becomes PNG too: a JPEG would paint it black.
 */
export function renditionType(transparent: boolean): RenditionType {
  return transparent ? 'image/png' : 'image/jpeg';
}

/** Whether RGBA pixels (as `getImageData` gives them) have any that is not fully opaque. */
export function hasTransparentPixel(rgba: ArrayLike<number>): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return true;
  return false;
}

const RENDITION_EXTENSION: Readonly<Record<RenditionType, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The rendition's file name: the original's, with the extension of what it now is (`IMG_0412.JPG` → `IMG_0412.jpg`). */
export function renditionFileName(name: string, type: RenditionType): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'image';
  return `${base}.${RENDITION_EXTENSION[type]}`;
}
