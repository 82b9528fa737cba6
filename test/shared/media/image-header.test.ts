import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../shared/media/image-header';
import { checkImage, MAX_IMAGE_BYTES } from '../../../shared/media/image-check';
import { GIF_1x1, isoImage, jpeg, png, SVG, WEBP_LOSSLESS_1x1, webpExtended } from '../../fixtures/images';

describe('readImageHeader: the formats we store, with their real size', () => {
  it('PNG, from IHDR', () => {
    expect(readImageHeader(png(640, 480))).toEqual({ kind: 'image', format: 'png', width: 640, height: 480 });
  });

  it('GIF, from the screen descriptor', () => {
    expect(readImageHeader(GIF_1x1)).toEqual({ kind: 'image', format: 'gif', width: 1, height: 1 });
  });

  it('JPEG, from the frame header after the APP segments', () => {
    expect(readImageHeader(jpeg(4000, 3000, 60_000))).toEqual({
      kind: 'image',
      format: 'jpeg',
      width: 4000,
      height: 3000,
    });
  });

  it('WebP: lossless (VP8L) and extended (VP8X)', () => {
    expect(readImageHeader(WEBP_LOSSLESS_1x1)).toEqual({ kind: 'image', format: 'webp', width: 1, height: 1 });
    expect(readImageHeader(webpExtended(1920, 1080))).toEqual({
      kind: 'image',
      format: 'webp',
      width: 1920,
      height: 1080,
    });
  });

  it('AVIF, from the ispe property, by its brand in ftyp', () => {
    expect(readImageHeader(isoImage(['avif', 'mif1', 'miaf'], { width: 1200, height: 800 }))).toEqual({
      kind: 'image',
      format: 'avif',
      width: 1200,
      height: 800,
    });
    expect(readImageHeader(isoImage(['mif1', 'avif'], { width: 5, height: 7 }))).toMatchObject({ format: 'avif' });
  });
});

describe('readImageHeader: what is refused', () => {
  it('text named like a picture is not an image', () => {
    expect(readImageHeader(Buffer.from('Це текстовий файл, а не фото.\n'))).toEqual({ kind: 'not-image' });
    expect(readImageHeader(Buffer.alloc(0))).toEqual({ kind: 'not-image' });
    expect(readImageHeader(Buffer.from('%PDF-1.7\n'))).toEqual({ kind: 'not-image' });
  });

  it('names the image formats we do not store', () => {
    expect(readImageHeader(SVG)).toEqual({ kind: 'unsupported', format: 'SVG' });
    expect(readImageHeader(Buffer.from('<svg viewBox="0 0 1 1"/>'))).toEqual({ kind: 'unsupported', format: 'SVG' });
    expect(readImageHeader(isoImage(['heic', 'mif1'], { width: 4032, height: 3024 }))).toEqual({
      kind: 'unsupported',
      format: 'HEIC',
    });
    expect(readImageHeader(Buffer.from('49492a0008000000', 'hex'))).toEqual({ kind: 'unsupported', format: 'TIFF' });
    // An HTML page is not an SVG, even with one inside.
    expect(readImageHeader(Buffer.from('<html><body><svg></svg></body></html>'))).toEqual({ kind: 'not-image' });
  });

  it('a signature without a readable size is damaged', () => {
    expect(readImageHeader(png(3, 2).subarray(0, 16))).toEqual({ kind: 'damaged', format: 'png' });
    expect(readImageHeader(png(0, 2))).toEqual({ kind: 'damaged', format: 'png' });
    expect(readImageHeader(Buffer.from('ffd8ffd9', 'hex'))).toEqual({ kind: 'damaged', format: 'jpeg' });
    expect(readImageHeader(isoImage(['avif']))).toEqual({ kind: 'damaged', format: 'avif' });
  });

  it('the start of a file whose header goes on is incomplete, not refused', () => {
    const big = jpeg(800, 600, 60_000);
    expect(readImageHeader(big.subarray(0, 1000), false)).toEqual({ kind: 'incomplete' });
    expect(readImageHeader(big.subarray(0, 1000), true)).toEqual({ kind: 'damaged', format: 'jpeg' });
  });
});

describe('checkImage', () => {
  it('gives the extension of what the bytes are, whatever the name says', () => {
    expect(checkImage('photo.png', 100, jpeg(10, 20))).toEqual({
      ok: true,
      format: 'jpeg',
      ext: 'jpg',
      width: 10,
      height: 20,
    });
  });

  it('refuses in catalogue words, naming the file', () => {
    expect(checkImage('fake.png', 10, Buffer.from('not a picture'))).toEqual({
      ok: false,
      reason: { key: 'error.media.notImage', params: { name: 'fake.png' } },
    });
    expect(checkImage('logo.svg', SVG.length, SVG)).toEqual({
      ok: false,
      reason: { key: 'error.media.unsupported', params: { name: 'logo.svg', format: 'SVG' } },
    });
    expect(checkImage('a.png', MAX_IMAGE_BYTES + 1, png())).toEqual({
      ok: false,
      reason: { key: 'error.media.tooBig', params: { name: 'a.png', limit: 30 } },
    });
    expect(checkImage('pano.webp', 30, webpExtended(16_000, 8_000))).toEqual({
      ok: false,
      reason: {
        key: 'error.media.tooManyPixels',
        params: { name: 'pano.webp', width: 16_000, height: 8_000, limit: 100 },
      },
    });
  });

  it('100 megapixels exactly are still fine', () => {
    expect(checkImage('a.webp', 30, webpExtended(10_000, 10_000))).toMatchObject({ ok: true });
  });
});
