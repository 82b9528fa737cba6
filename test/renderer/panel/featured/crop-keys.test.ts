import { describe, expect, it } from 'vitest';
import { centredCrop, cropPixels } from '../../../../shared/media/crop';
import { cropAfterKey, movedCrop, zoomOf } from '../../../../renderer/src/panel/featured/crop-keys';

const image = { width: 1600, height: 1200 };

describe('crop keys', () => {
  it('moves by one per cent per arrow, five with Shift, and stops at the edge', () => {
    const start = centredCrop(image, 'square');
    const right = cropAfterKey(start, image, 'square', 'ArrowRight', false);
    expect(right?.x).toBeCloseTo(start.x + 0.01, 9);
    const far = cropAfterKey(start, image, 'square', 'ArrowLeft', true);
    expect(far?.x).toBeCloseTo(start.x - 0.05, 9);
    let box = start;
    for (let i = 0; i < 50; i++) box = cropAfterKey(box, image, 'square', 'ArrowRight', true) ?? box;
    expect(box.x + box.width).toBeCloseTo(1, 9);
  });

  it('zooms in and out with + and −, never larger than the picture allows, in its shape', () => {
    const start = centredCrop(image, 'wide');
    const smaller = cropAfterKey(start, image, 'wide', '+', false);
    expect(smaller && zoomOf(smaller, image, 'wide')).toBeCloseTo(1.1, 9);
    const back = smaller && cropAfterKey(smaller, image, 'wide', '-', false);
    expect(back?.width).toBeCloseTo(start.width, 9);
    expect(cropAfterKey(start, image, 'wide', '-', false)?.width).toBeCloseTo(start.width, 9);
    const pixels = smaller ? cropPixels(smaller, image) : null;
    expect(pixels && pixels.width / pixels.height).toBeCloseTo(1200 / 630, 2);
  });

  it('ignores keys it does not use', () => {
    expect(cropAfterKey(centredCrop(image, 'wide'), image, 'wide', 'a', false)).toBeNull();
  });

  it('follows a drag, kept inside', () => {
    const start = centredCrop(image, 'square');
    expect(movedCrop(start, image, 'square', -0.1, 0.3).x).toBeCloseTo(start.x - 0.1, 9);
    expect(movedCrop(start, image, 'square', -5, 0).x).toBe(0);
  });
});
