import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractRtfImages } from '../../../../../renderer/src/editor/features/paste/rtf-images';
import { fixture } from './support/clipboard';

const bytes = (base64: string) => Buffer.from(base64, 'base64');

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The chunks of a PNG, each checked against its CRC. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of chunk ${chunks.length}`).toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return chunks;
}

/** The markers of a JPEG's segments from SOI to SOS, and its SOF0 segment. */
function jpegSegments(jpeg: Buffer): { markers: number[]; sof: Buffer | undefined } {
  const markers: number[] = [];
  let sof: Buffer | undefined;
  expect(jpeg.readUInt16BE(0)).toBe(0xffd8);
  for (let at = 2; at < jpeg.length;) {
    expect(jpeg[at]).toBe(0xff);
    const marker = jpeg[at + 1] ?? 0;
    const length = jpeg.readUInt16BE(at + 2);
    markers.push(marker);
    if (marker === 0xc0) sof = jpeg.subarray(at + 4, at + 2 + length);
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return { markers, sof };
}

describe('extractRtfImages', () => {
  it('takes the PNG and the JPEG of a Word-style copy, in order, and skips their metafile fallbacks', () => {
    const rtf = fixture('word/images-constructed.rtf');
    // The sample has each picture twice, as Word writes it: \shppict with the PNG or JPEG, \nonshppict with a WMF.
    expect(rtf.match(/\{\\\*\\shppict\{\\pict\{\\\*\\picprop[^]*?\\(png|jpeg)blip/g)).toHaveLength(2);
    expect(rtf.match(/\{\\nonshppict\{\\pict[^{}]*\\wmetafile8/g)).toHaveLength(2);

    const images = extractRtfImages(rtf);
    expect(images.map((image) => [image.mimeType, image.extension])).toEqual([
      ['image/png', 'png'],
      ['image/jpeg', 'jpg'],
    ]);
    const [png = Buffer.alloc(0), jpeg = Buffer.alloc(0)] = images.map((image) => bytes(image.base64));
    // Nothing was cut off or run on: the exact lengths, and each file ends where its format ends.
    expect([png.length, jpeg.length]).toEqual([132, 271]);

    // The PNG: its signature, every chunk's CRC, and the pixels — blue over yellow, 2×2, 8-bit RGB.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'sRGB', 'gAMA', 'pHYs', 'IDAT', 'IEND']);
    expect([...(chunks[0]?.data ?? [])]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    const idat = chunks.find((chunk) => chunk.type === 'IDAT')?.data ?? Buffer.alloc(0);
    expect([...inflateSync(idat)]).toEqual([0, 0, 87, 183, 0, 87, 183, 0, 255, 215, 0, 255, 215, 0]);

    // The JPEG: SOI, JFIF, tables, a baseline frame of 2×2 with three components, the scan, and EOI last.
    const { markers, sof } = jpegSegments(jpeg);
    expect(markers).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xda]);
    expect(jpeg.subarray(6, 11).toString('latin1')).toBe('JFIF\0');
    expect([sof?.[0], sof?.readUInt16BE(1), sof?.readUInt16BE(3), sof?.[5]]).toEqual([8, 2, 2, 3]);
    expect(jpeg.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('reads a JPEG picture and its hex split over lines', () => {
    const [image] = extractRtfImages('{\\rtf1{\\pict\\jpegblip\\picw10\\pich10 ffd8ff\r\ne000\n10}}');
    expect(image?.mimeType).toBe('image/jpeg');
    expect(bytes(image?.base64 ?? '')).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
  });

  it('refuses pictures that are not PNG or JPEG, or whose data does not match the format they claim', () => {
    const rtf =
      '{\\rtf1{\\pict\\emfblip 01000000}{\\pict\\wmetafile8 0100}{\\pict\\pngblip ffd8ff}' +
      '{\\pict\\pngblip 89504e4}{\\pict\\pngblip 89zz4e47}}';
    expect(extractRtfImages(rtf)).toEqual([]);
  });

  it('skips a picture given as raw \\bin bytes, and the bytes themselves, without losing the next picture', () => {
    const rtf = '{\\rtf1{\\pict\\pngblip\\bin4 {}\\x}{\\pict\\pngblip 89504e47}}';
    expect(extractRtfImages(rtf).map((image) => bytes(image.base64).toString('hex'))).toEqual(['89504e47']);
  });

  it('finds nothing in RTF without pictures, or in no RTF at all', () => {
    expect(extractRtfImages('{\\rtf1\\ansi Текст без зображень\\par}')).toEqual([]);
    expect(extractRtfImages('')).toEqual([]);
  });
});
