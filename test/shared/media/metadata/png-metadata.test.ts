import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripPngMetadata } from '../../../../shared/media/metadata/png-metadata';
import type { StripResult } from '../../../../shared/media/metadata/strip-result';
import {
  CAMERA_TAGS,
  cameraPhoto,
  exifBlockOf,
  exiftoolTags,
  HAS_EXIFTOOL,
  pngChunk,
  pngChunks,
  secretsIn,
  tagsNamed,
} from '../../../fixtures/camera-photos';
import { png } from '../../../fixtures/images';

function stripped(result: StripResult): Buffer {
  if (result.kind !== 'stripped') throw new Error(`expected stripped, got ${result.kind}`);
  return Buffer.from(result.bytes);
}

const types = (file: Buffer) => pngChunks(file).map((chunk) => chunk.type);
const pixels = (file: Buffer) =>
  inflateSync(
    Buffer.concat(
      pngChunks(file)
        .filter((chunk) => chunk.type === 'IDAT')
        .map((chunk) => chunk.data),
    ),
  );
const METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** A PNG with `chunks` put in right after IHDR. */
function withChunks(file: Buffer, ...chunks: Buffer[]): Buffer {
  const afterHeader = 8 + 25;
  return Buffer.concat([file.subarray(0, afterHeader), ...chunks, file.subarray(afterHeader)]);
}

describe('stripPngMetadata: a PNG without its metadata chunks, the rest whole', () => {
  it('takes out eXIf, the text chunks and tIME; keeps the colour chunks and the image data, CRCs and all', () => {
    const photo = cameraPhoto('camera.png');
    expect(new Set(types(photo))).toEqual(
      new Set(['IHDR', 'iCCP', 'cHRM', 'bKGD', 'tIME', 'tEXt', 'zTXt', 'iTXt', 'eXIf', 'IDAT', 'IEND']),
    );
    expect(secretsIn(photo).length).toBeGreaterThan(3);

    const result = stripPngMetadata(photo);
    expect(result.kind).toBe('stripped');
    expect(new Set(result.kind === 'stripped' ? result.removed : [])).toEqual(METADATA);
    const clean = stripped(result);
    expect(types(clean)).toEqual(['IHDR', 'iCCP', 'cHRM', 'bKGD', 'IDAT', 'IEND']);
    expect(secretsIn(clean)).toEqual([]);
    // The chunks that stay are the original's, whole, in order: their CRCs hold, and the pixels inflate the same.
    const kept = pngChunks(photo).filter((chunk) => !METADATA.has(chunk.type));
    expect(clean.equals(Buffer.concat([photo.subarray(0, 8), ...kept.map((chunk) => chunk.bytes)]))).toBe(true);
    expect(pngChunks(clean).every((chunk) => chunk.crcOk)).toBe(true);
    expect(pixels(clean).equals(pixels(photo))).toBe(true);
  });

  it.runIf(HAS_EXIFTOOL)('ExifTool finds the place, the camera and the person before, and none of it after', () => {
    const photo = cameraPhoto('camera.png');
    expect(tagsNamed(exiftoolTags(photo), CAMERA_TAGS)).toEqual(
      expect.arrayContaining(['GPS:GPSLatitude', 'IFD0:Make', 'ExifIFD:SerialNumber', 'PNG:Comment', 'PNG:Author']),
    );
    const tags = exiftoolTags(stripped(stripPngMetadata(photo)));
    expect(tagsNamed(tags, CAMERA_TAGS)).toEqual([]);
    expect(Object.keys(tags).filter((key) => /^(IFD\d|ExifIFD|GPS|XMP|IPTC)/.test(key))).toEqual([]);
    expect(tags['PNG:ProfileName']).toBe('icc');
  });

  it('keeps sRGB, gAMA and a chunk it does not know; takes C2PA credentials and what follows IEND', () => {
    const picture = png(4, 3);
    const colour = [
      pngChunk('sRGB', Buffer.from([0])),
      pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
      pngChunk('prVt', Buffer.from('private')),
    ];
    const plain = withChunks(picture, ...colour);
    expect(stripPngMetadata(plain)).toEqual({ kind: 'unchanged', bytes: plain });
    const credentials = withChunks(plain, pngChunk('caBX', Buffer.from('jumb c2pa SHPALTA-SN-0047113')));
    const trailer = Buffer.from('SHPALTA-SN-0047113 hidden after the end', 'latin1');
    const result = stripPngMetadata(Buffer.concat([credentials, trailer]));
    expect(result).toMatchObject({ kind: 'stripped', removed: ['caBX', 'trailer'] });
    expect(stripped(result).equals(plain)).toBe(true);
  });

  it('a PNG whose eXIf turns it is `turned`', () => {
    const turnedExif = exifBlockOf(cameraPhoto('camera-turned.jpg')).subarray(6);
    const file = withChunks(png(4, 3), pngChunk('eXIf', turnedExif));
    expect(stripPngMetadata(file)).toEqual({ kind: 'turned', format: 'png', orientation: 6 });
  });

  it('is unreadable when a chunk runs past the end or is not named in letters; a cut between chunks is kept', () => {
    const photo = cameraPhoto('camera.png');
    const clean = stripped(stripPngMetadata(photo));
    const huge = Buffer.from(clean);
    huge.writeUInt32BE(0xffffffff, 8);
    expect(stripPngMetadata(huge)).toEqual({ kind: 'unreadable', format: 'png' });
    const misnamed = Buffer.from(clean);
    misnamed.write('I\0DR', 12, 'latin1');
    expect(stripPngMetadata(misnamed)).toEqual({ kind: 'unreadable', format: 'png' });
    expect(stripPngMetadata(clean.subarray(0, clean.length - 20))).toEqual({ kind: 'unreadable', format: 'png' });
    expect(stripPngMetadata(Buffer.from('not a png at all'))).toEqual({ kind: 'unreadable', format: 'png' });
    // Cut right after IDAT (no IEND): nothing is hidden in it, it goes as it is.
    const noEnd = clean.subarray(0, clean.length - 12);
    expect(stripPngMetadata(noEnd)).toEqual({ kind: 'unchanged', bytes: noEnd });
  });
});
