import { describe, expect, it } from 'vitest';
import { centredCrop, cropFor, cropPixels, CropBoxSchema, placeCrop } from '../../../shared/media/crop';
import { ImageRefSchema } from '../../../shared/domain/article';

describe('crop boxes', () => {
  it('centres the widest 1.91:1 box in a 4:3 photo', () => {
    const box = centredCrop({ width: 1600, height: 1200 }, 'wide');
    expect(box.x).toBe(0);
    expect(box.width).toBe(1);
    expect(cropPixels(box, { width: 1600, height: 1200 })).toEqual({ width: 1600, height: 840 });
    expect(box.y).toBeCloseTo((1 - 840 / 1200) / 2, 9);
  });

  it('centres a square in a wide photo by its width', () => {
    const box = centredCrop({ width: 2000, height: 1000 }, 'square');
    expect(box).toEqual({ x: 0.25, y: 0, width: 0.5, height: 1 });
  });

  it('keeps a moved and zoomed crop inside the image and in its shape', () => {
    const image = { width: 1600, height: 1200 };
    const box = placeCrop(image, 'landscape', 0.99, 0.01, 2);
    expect(box.x + box.width).toBeCloseTo(1, 9);
    expect(box.y).toBe(0);
    const pixels = { width: box.width * 1600, height: box.height * 1200 };
    expect(pixels.width / pixels.height).toBeCloseTo(16 / 9, 9);
    expect(box.width).toBeCloseTo(0.5, 9);
  });

  it('uses the chosen crop, else the centred one', () => {
    const chosen = { x: 0.1, y: 0.2, width: 0.5, height: 0.3 };
    expect(cropFor({ wide: chosen }, { width: 10, height: 10 }, 'wide')).toBe(chosen);
    expect(cropFor({}, { width: 10, height: 10 }, 'square')).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('refuses a box that leaves the image', () => {
    expect(CropBoxSchema.safeParse({ x: 0.6, y: 0, width: 0.5, height: 1 }).success).toBe(false);
    expect(CropBoxSchema.safeParse({ x: 0, y: 0, width: 0, height: 1 }).success).toBe(false);
  });

  it('reads an image written before crops as having none', () => {
    expect(ImageRefSchema.parse({ src: 'media/a.jpg' }).crops).toEqual({});
  });
});
