import { describe, expect, it } from 'vitest';
import { exifOrientation } from '../../../../shared/media/metadata/exif-orientation';
import { cameraPhoto, exifBlockOf } from '../../../fixtures/camera-photos';

describe('exifOrientation', () => {
  it('reads the orientation ExifTool wrote, with or without the Exif header', () => {
    const block = exifBlockOf(cameraPhoto('camera-turned.jpg'));
    expect(exifOrientation(block)).toBe(6);
    expect(exifOrientation(block.subarray(6))).toBe(6);
    // The untouched camera photo has no orientation entry at all: as stored.
    expect(exifOrientation(exifBlockOf(cameraPhoto('camera.jpg')))).toBe(1);
  });

  it('is 1 for whatever cannot be read, never an error', () => {
    const block = exifBlockOf(cameraPhoto('camera-turned.jpg'));
    const withIfdAt = (offset: number) => {
      const copy = Buffer.from(block);
      copy.writeUInt32BE(offset, 6 + 4);
      return copy;
    };
    const withCount = (count: number) => {
      const copy = Buffer.from(block);
      copy.writeUInt16BE(count, 6 + copy.readUInt32BE(6 + 4));
      return copy.subarray(0, 6 + copy.readUInt32BE(6 + 4) + 2 + 12);
    };
    for (const [label, bytes] of [
      ['empty', Buffer.alloc(0)],
      ['the Exif header alone', Buffer.from('Exif\0\0', 'latin1')],
      ['no byte order', Buffer.from('Exif\0\0XX\0*\0\0\0\x08', 'latin1')],
      ['not 42', Buffer.from('Exif\0\0MM\0\x2b\0\0\0\x08', 'latin1')],
      ['the first IFD past the end', withIfdAt(0xfffffff0)],
      ['more entries than bytes', withCount(0xffff)],
      ['cut in the header', block.subarray(0, 10)],
    ] as const) {
      expect(exifOrientation(bytes), label).toBe(1);
    }
  });
});
