import { describe, expect, it } from 'vitest';
import { stripJpegMetadata } from '../../../../shared/media/metadata/jpeg-metadata';
import type { StripResult } from '../../../../shared/media/metadata/strip-result';
import {
  CAMERA_TAGS,
  cameraPhoto,
  exiftoolTags,
  HAS_EXIFTOOL,
  jpegSegments,
  secretsIn,
  segmentName,
  tagsNamed,
  withJpegSegment,
} from '../../../fixtures/camera-photos';

function stripped(result: StripResult): Buffer {
  if (result.kind !== 'stripped') throw new Error(`expected stripped, got ${result.kind}`);
  return Buffer.from(result.bytes);
}

const names = (jpeg: Buffer) => jpegSegments(jpeg).segments.map(segmentName);

describe('stripJpegMetadata: a camera JPEG without its metadata, every picture byte kept', () => {
  it('takes out EXIF, XMP, IPTC and the comment, and keeps JFIF and the colour profile byte for byte', () => {
    const photo = cameraPhoto('camera.jpg');
    expect(names(photo).filter((name) => name.startsWith('APP') || name === 'COM')).toEqual([
      'APP0:JFIF',
      'APP1:Exif',
      'APP13:Photoshop 3.0',
      'APP1:http://ns.adobe.com/xap/1.0/',
      'APP2:ICC_PROFILE',
      'COM',
    ]);
    expect(secretsIn(photo).length).toBeGreaterThan(5);

    const result = stripJpegMetadata(photo);
    expect(result).toMatchObject({ kind: 'stripped', removed: ['APP1', 'APP13', 'APP1', 'COM'] });
    const clean = stripped(result);
    expect(secretsIn(clean)).toEqual([]);

    // The original less those segments: every other segment, in its order, and the image data from the first
    // scan to the end, byte for byte.
    const before = jpegSegments(photo);
    const kept = before.segments.filter((segment) => !/^(APP1:|APP13:|COM)/.test(segmentName(segment)));
    expect(
      clean.equals(Buffer.concat([photo.subarray(0, 2), ...kept.map((segment) => segment.bytes), before.scan])),
    ).toBe(true);
    expect(names(clean)).toEqual([
      'APP0:JFIF',
      'APP2:ICC_PROFILE',
      'FFDB',
      'FFDB',
      'FFC0',
      'FFC4',
      'FFC4',
      'FFC4',
      'FFC4',
    ]);
  });

  it('keeps every scan of a progressive CMYK JPEG and Adobe’s colour transform (APP14)', () => {
    const photo = cameraPhoto('camera-cmyk.jpg');
    const clean = stripped(stripJpegMetadata(photo));
    expect(names(clean)[0]).toBe('APP14:Adobe');
    expect(names(clean).filter((name) => name.startsWith('APP') || name === 'COM')).toEqual(['APP14:Adobe']);
    expect(jpegSegments(clean).scan.equals(jpegSegments(photo).scan)).toBe(true);
    // More than one scan: the tables between them are kept with the image data.
    expect(jpegSegments(clean).scan.includes(Buffer.from([0xff, 0xda]), 2)).toBe(true);
    expect(secretsIn(clean)).toEqual([]);
  });

  it.runIf(HAS_EXIFTOOL)('ExifTool finds the place, the camera and the person before, and none of it after', () => {
    for (const name of ['camera.jpg', 'camera-cmyk.jpg'] as const) {
      const photo = cameraPhoto(name);
      expect(tagsNamed(exiftoolTags(photo), CAMERA_TAGS), name).toEqual(
        expect.arrayContaining(['GPS:GPSLatitude', 'IFD0:Make', 'ExifIFD:SerialNumber', 'IPTC:City', 'File:Comment']),
      );
      const tags = exiftoolTags(stripped(stripJpegMetadata(photo)));
      expect(tagsNamed(tags, CAMERA_TAGS), name).toEqual([]);
      expect(
        Object.keys(tags).filter((key) => /^(IFD\d|ExifIFD|GPS|XMP|IPTC|Photoshop)/.test(key)),
        name,
      ).toEqual([]);
    }
  });

  it('stripping twice changes nothing: the second time is `unchanged`, the very same bytes', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const again = stripJpegMetadata(clean);
    expect(again.kind).toBe('unchanged');
    expect(again.kind === 'unchanged' && again.bytes).toBe(clean);
  });

  it('a photo stored turned (EXIF orientation 6) is `turned`, for a redraw: stripped, it would show lying down', () => {
    expect(stripJpegMetadata(cameraPhoto('camera-turned.jpg'))).toEqual({
      kind: 'turned',
      format: 'jpeg',
      orientation: 6,
    });
  });

  it('reads the orientation in either byte order; 1 or a value no viewer knows is no turn', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const exif = (order: 'II' | 'MM', value: number) => {
      // Exif\0\0, a TIFF header, IFD0 with one entry: Orientation, SHORT, count 1.
      const tiff = Buffer.alloc(8 + 2 + 12 + 4);
      const le = order === 'II';
      tiff.write(order, 0, 'latin1');
      const u16 = (n: number, at: number) => (le ? tiff.writeUInt16LE(n, at) : tiff.writeUInt16BE(n, at));
      const u32 = (n: number, at: number) => (le ? tiff.writeUInt32LE(n, at) : tiff.writeUInt32BE(n, at));
      u16(42, 2);
      u32(8, 4);
      u16(1, 8);
      u16(0x0112, 10);
      u16(3, 12);
      u32(1, 14);
      u16(value, 18);
      return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    };
    for (const order of ['II', 'MM'] as const) {
      for (const value of [2, 3, 4, 5, 6, 7, 8]) {
        expect(stripJpegMetadata(withJpegSegment(clean, 0xe1, exif(order, value))), `${order} ${value}`).toEqual({
          kind: 'turned',
          format: 'jpeg',
          orientation: value,
        });
      }
      for (const value of [0, 1, 9, 0xffff]) {
        const result = stripJpegMetadata(withJpegSegment(clean, 0xe1, exif(order, value)));
        expect(stripped(result).equals(clean), `${order} ${value}`).toBe(true);
      }
    }
  });

  it('takes out the makers’ segments too, and a JFIF header that carries a thumbnail', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const vendor = [
      withJpegSegment(clean, 0xe2, Buffer.from('MPF\0MM\0*\0\0\0\x08', 'latin1')),
      withJpegSegment(clean, 0xec, Buffer.from('Ducky\0\x01\0\0\0\x0fSHPALTA-SN-0047113', 'latin1')),
      withJpegSegment(clean, 0xeb, Buffer.from('JP\0\0\0\x01SHPALTA-SN-0047113', 'latin1')),
      withJpegSegment(clean, 0xe0, Buffer.from('JFXX\0\x10thumbnail', 'latin1')),
      withJpegSegment(clean, 0xe3, Buffer.from('Meta\0SHPALTA-SN-0047113', 'latin1')),
    ];
    for (const photo of vendor) expect(stripped(stripJpegMetadata(photo)).equals(clean)).toBe(true);

    // A JFIF header with a 2 × 1 RGB thumbnail: gone whole. Without one: kept.
    const jfif = (thumbnail: boolean) =>
      Buffer.concat([
        Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01', 'latin1'),
        thumbnail ? Buffer.from([2, 1, 255, 0, 0, 0, 0, 255]) : Buffer.from([0, 0]),
      ]);
    const withoutApp0 = Buffer.concat([clean.subarray(0, 2), clean.subarray(2 + 2 + clean.readUInt16BE(4))]);
    expect(names(withoutApp0)[0]).toBe('APP2:ICC_PROFILE');
    expect(stripped(stripJpegMetadata(withJpegSegment(withoutApp0, 0xe0, jfif(true)))).equals(withoutApp0)).toBe(true);
    const plain = withJpegSegment(withoutApp0, 0xe0, jfif(false));
    expect(stripJpegMetadata(plain)).toEqual({ kind: 'unchanged', bytes: plain });
  });

  it('leaves out what follows the end of the image: a phone’s second picture or video', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const motionPhoto = Buffer.concat([clean, Buffer.from('\0\0\0\x18ftypmp42 SHPALTA-SN-0047113 video', 'latin1')]);
    const result = stripJpegMetadata(motionPhoto);
    expect(result).toMatchObject({ kind: 'stripped', removed: ['trailer'] });
    expect(stripped(result).equals(clean)).toBe(true);
  });

  it('keeps a file cut inside its image data as far as it goes; one cut before it is unreadable', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const scanAt = clean.length - jpegSegments(clean).scan.length;
    // Cut in the image data, with the camera's data still in front: that goes, the part of the picture stays.
    const photo = cameraPhoto('camera.jpg');
    const photoScanAt = photo.length - jpegSegments(photo).scan.length;
    const cut = photo.subarray(0, photoScanAt + 300);
    expect(stripped(stripJpegMetadata(cut)).equals(clean.subarray(0, scanAt + 300))).toBe(true);
    // Cut before the first scan (inside a table, inside the EXIF): nothing there is a picture.
    for (const end of [3, 10, 200, scanAt - 1]) {
      expect(stripJpegMetadata(photo.subarray(0, end)), String(end)).toEqual({ kind: 'unreadable', format: 'jpeg' });
    }
  });

  it('refuses as unreadable what breaks the segment structure, and never reads past the end', () => {
    const clean = stripped(stripJpegMetadata(cameraPhoto('camera.jpg')));
    const broken = (at: number, ...bytes: number[]) => {
      const copy = Buffer.from(clean);
      copy.set(bytes, at);
      return copy;
    };
    for (const [label, file] of [
      ['not a marker after SOI', broken(2, 0x00)],
      ['a length of 0', broken(4, 0x00, 0x00)],
      ['a length of 1', broken(4, 0x00, 0x01)],
      ['a length past the end', broken(4, 0xff, 0xff)],
      ['a second SOI', broken(2, 0xff, 0xd8)],
      ['a stuffed zero outside the scan', broken(2, 0xff, 0x00)],
    ] as const) {
      expect(stripJpegMetadata(file), label).toEqual({ kind: 'unreadable', format: 'jpeg' });
    }
    expect(stripJpegMetadata(Buffer.from([0x89, 0x50]))).toEqual({ kind: 'unreadable', format: 'jpeg' });
  });
});
