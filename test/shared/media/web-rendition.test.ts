import { describe, expect, it } from 'vitest';
import type { ImageFormat } from '../../../shared/media/image-header';
import {
  fitLongSide,
  hasTransparentPixel,
  mayHaveTransparency,
  needsWebRendition,
  renditionFileName,
  renditionType,
  WEB_RENDITION_LONG_SIDE,
} from '../../../shared/media/web-rendition';

const PHOTO_FORMATS: ImageFormat[] = ['jpeg', 'png', 'webp', 'avif'];

describe('needsWebRendition: which images the library gets reduced', () => {
  it('a photo whose long side is over 2560 px, lying or standing', () => {
    expect(WEB_RENDITION_LONG_SIDE).toBe(2560);
    for (const format of PHOTO_FORMATS) {
      expect(needsWebRendition(format, { width: 6000, height: 4000 }), format).toBe(true);
      expect(needsWebRendition(format, { width: 3000, height: 4000 }), format).toBe(true);
      expect(needsWebRendition(format, { width: 2561, height: 10 }), format).toBe(true);
      expect(needsWebRendition(format, { width: 10, height: 2561 }), format).toBe(true);
    }
  });

  it('not one of 2560 px or less: it is stored byte for byte', () => {
    for (const format of PHOTO_FORMATS) {
      expect(needsWebRendition(format, { width: 2560, height: 1440 }), format).toBe(false);
      expect(needsWebRendition(format, { width: 1440, height: 2560 }), format).toBe(false);
      expect(needsWebRendition(format, { width: 1, height: 1 }), format).toBe(false);
    }
  });

  it('never a GIF, however large: it may be animated, and a canvas keeps one frame', () => {
    expect(needsWebRendition('gif', { width: 8000, height: 6000 })).toBe(false);
  });
});

describe('fitLongSide: the rendition’s size', () => {
  it('brings the long side to exactly the limit and keeps the proportions', () => {
    expect(fitLongSide({ width: 6000, height: 4000 }, 2560)).toEqual({ width: 2560, height: 1707 });
    expect(fitLongSide({ width: 3000, height: 4000 }, 2560)).toEqual({ width: 1920, height: 2560 });
    expect(fitLongSide({ width: 4000, height: 4000 }, 2560)).toEqual({ width: 2560, height: 2560 });
    expect(fitLongSide({ width: 5001, height: 3 }, 2560)).toEqual({ width: 2560, height: 2 });
  });

  it('never enlarges, and never makes a side of zero pixels', () => {
    expect(fitLongSide({ width: 800, height: 600 }, 2560)).toEqual({ width: 800, height: 600 });
    expect(fitLongSide({ width: 2560, height: 1 }, 2560)).toEqual({ width: 2560, height: 1 });
    expect(fitLongSide({ width: 1, height: 100_000 }, 2560)).toEqual({ width: 1, height: 2560 });
  });
});

describe('renditionType: JPEG for photos, PNG where transparency must survive', () => {
  it('only formats with an alpha channel are read for transparency', () => {
    expect(mayHaveTransparency('jpeg')).toBe(false);
    expect(mayHaveTransparency('png')).toBe(true);
    expect(mayHaveTransparency('webp')).toBe(true);
    expect(mayHaveTransparency('avif')).toBe(true);
  });

  it('PNG when a pixel is transparent, JPEG otherwise', () => {
    expect(renditionType(true)).toBe('image/png');
    expect(renditionType(false)).toBe('image/jpeg');
  });

  it('hasTransparentPixel reads the alpha of each RGBA pixel, and only the alpha', () => {
    const opaque = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 10, 20, 30, 255]);
    expect(hasTransparentPixel(opaque)).toBe(false);
    expect(hasTransparentPixel(new Uint8ClampedArray([0, 0, 0, 255, 1, 2, 3, 254]))).toBe(true);
    expect(hasTransparentPixel(new Uint8ClampedArray([0, 0, 0, 0]))).toBe(true);
    // A colour channel of 0 or 254 is no transparency.
    expect(hasTransparentPixel(new Uint8ClampedArray([254, 0, 254, 255]))).toBe(false);
    expect(hasTransparentPixel(new Uint8ClampedArray([]))).toBe(false);
  });
});

describe('renditionFileName', () => {
  it('keeps the name and gives the extension of what was encoded', () => {
    expect(renditionFileName('IMG_0412.JPG', 'image/jpeg')).toBe('IMG_0412.jpg');
    expect(renditionFileName('схема.проєкту.png', 'image/png')).toBe('схема.проєкту.png');
    expect(renditionFileName('панорама.webp', 'image/jpeg')).toBe('панорама.jpg');
    expect(renditionFileName('без-розширення', 'image/jpeg')).toBe('без-розширення.jpg');
    expect(renditionFileName('.png', 'image/jpeg')).toBe('image.jpg');
  });
});
