import { describe, expect, it } from 'vitest';
import type { StripResult } from '../../../../shared/media/metadata/strip-result';
import { stripWebpMetadata } from '../../../../shared/media/metadata/webp-metadata';
import {
  CAMERA_TAGS,
  cameraPhoto,
  exifBlockOf,
  exiftoolTags,
  HAS_EXIFTOOL,
  secretsIn,
  tagsNamed,
  webpChunk,
  webpChunks,
  webpOf,
} from '../../../fixtures/camera-photos';
import { WEBP_LOSSLESS_1x1 } from '../../../fixtures/images';

function stripped(result: StripResult): Buffer {
  if (result.kind !== 'stripped') throw new Error(`expected stripped, got ${result.kind}`);
  return Buffer.from(result.bytes);
}

const types = (file: Buffer) => webpChunks(file).map((chunk) => chunk.type);
const ICC = 0x20;
const ALPHA = 0x10;
const EXIF = 0x08;
const XMP = 0x04;

describe('stripWebpMetadata: a WebP without its EXIF and XMP chunks', () => {
  it('takes them out, clears their VP8X flags, writes the RIFF size anew, and keeps every other chunk whole', () => {
    const photo = cameraPhoto('camera.webp');
    expect(types(photo)).toEqual(['VP8X', 'ICCP', 'ALPH', 'VP8 ', 'EXIF', 'XMP ']);
    expect(photo[20]).toBe(ICC | ALPHA | EXIF | XMP);
    expect(secretsIn(photo).length).toBeGreaterThan(3);

    const result = stripWebpMetadata(photo);
    expect(result).toMatchObject({ kind: 'stripped', removed: ['EXIF', 'XMP '] });
    const clean = stripped(result);
    expect(types(clean)).toEqual(['VP8X', 'ICCP', 'ALPH', 'VP8 ']);
    expect(clean[20]).toBe(ICC | ALPHA);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
    expect(secretsIn(clean)).toEqual([]);
    // The VP8X header differs only in its flags; the profile, the alpha and the image data are the original's.
    const [header, ...rest] = webpChunks(clean);
    const [originalHeader, ...originalRest] = webpChunks(photo);
    expect(header?.data.subarray(1).equals(originalHeader?.data.subarray(1) ?? Buffer.alloc(0))).toBe(true);
    expect(rest.map((chunk) => chunk.bytes)).toEqual(originalRest.slice(0, 3).map((chunk) => chunk.bytes));
  });

  it.runIf(HAS_EXIFTOOL)('ExifTool finds the place, the camera and the person before, and none of it after', () => {
    const photo = cameraPhoto('camera.webp');
    expect(tagsNamed(exiftoolTags(photo), CAMERA_TAGS)).toEqual(
      expect.arrayContaining(['GPS:GPSLatitude', 'IFD0:Make', 'ExifIFD:SerialNumber', 'XMP-photoshop:City']),
    );
    const tags = exiftoolTags(stripped(stripWebpMetadata(photo)));
    expect(tagsNamed(tags, CAMERA_TAGS)).toEqual([]);
    expect(Object.keys(tags).filter((key) => /^(IFD\d|ExifIFD|GPS|XMP)/.test(key))).toEqual([]);
    expect(tags['ICC_Profile:ProfileDescription']).toBe('Shpalta test sRGB');
  });

  it('leaves a simple WebP (no VP8X) as it is, and takes what follows the RIFF container', () => {
    expect(stripWebpMetadata(WEBP_LOSSLESS_1x1)).toEqual({ kind: 'unchanged', bytes: WEBP_LOSSLESS_1x1 });
    const trailer = Buffer.concat([WEBP_LOSSLESS_1x1, Buffer.from('SHPALTA-SN-0047113')]);
    const result = stripWebpMetadata(trailer);
    expect(result).toMatchObject({ kind: 'stripped', removed: ['trailer'] });
    expect(stripped(result).equals(WEBP_LOSSLESS_1x1)).toBe(true);
  });

  it('keeps odd-sized chunks padded, and forgives a last chunk without its pad byte', () => {
    const clean = stripped(stripWebpMetadata(cameraPhoto('camera.webp')));
    const odd = webpChunk('XMP ', Buffer.from('<x:xmpmeta>SHPALTA-SN-0047113</x:xmpmeta>!'));
    expect(odd.length % 2).toBe(0);
    const chunks = webpChunks(clean).map((chunk) => chunk.bytes);
    const withXmp = webpOf([...chunks, odd]);
    withXmp[20] = (withXmp[20] ?? 0) | XMP;
    expect(stripped(stripWebpMetadata(withXmp)).equals(clean)).toBe(true);

    const unknown = webpChunk('ZZZZ', Buffer.from('odd'));
    const unpadded = webpOf([...chunks, unknown.subarray(0, unknown.length - 1)]);
    expect(stripWebpMetadata(unpadded)).toEqual({ kind: 'unchanged', bytes: unpadded });
  });

  it('a WebP whose EXIF turns it is `turned`, with or without JPEG’s Exif header', () => {
    const block = exifBlockOf(cameraPhoto('camera-turned.jpg'));
    const chunks = webpChunks(stripped(stripWebpMetadata(cameraPhoto('camera.webp')))).map((chunk) => chunk.bytes);
    for (const exif of [block, block.subarray(6)]) {
      const file = webpOf([...chunks, webpChunk('EXIF', exif)]);
      expect(stripWebpMetadata(file)).toEqual({ kind: 'turned', format: 'webp', orientation: 6 });
    }
  });

  it('is unreadable when the container or a chunk runs past the end', () => {
    const clean = stripped(stripWebpMetadata(cameraPhoto('camera.webp')));
    const riff = Buffer.from(clean);
    riff.writeUInt32LE(0xfffffff0, 4);
    expect(stripWebpMetadata(riff)).toEqual({ kind: 'unreadable', format: 'webp' });
    const chunk = Buffer.from(clean);
    chunk.writeUInt32LE(0x7fffffff, 16);
    expect(stripWebpMetadata(chunk)).toEqual({ kind: 'unreadable', format: 'webp' });
    expect(stripWebpMetadata(clean.subarray(0, clean.length - 10))).toEqual({ kind: 'unreadable', format: 'webp' });
    const tiny = Buffer.from(clean.subarray(0, 12));
    tiny.writeUInt32LE(2, 4);
    expect(stripWebpMetadata(tiny)).toEqual({ kind: 'unreadable', format: 'webp' });
  });
});
