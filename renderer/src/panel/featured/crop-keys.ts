import { placeCrop, type CropBox, type CropShape, type PixelSize } from '../../../../shared/media/crop';

/** One arrow press moves the crop by this share of the image; with Shift, five times as far. */
const STEP = 0.01;
/** One + or − press makes the crop this much smaller or larger. */
const ZOOM_STEP = 1.1;

const centre = (box: CropBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** How much smaller than the largest crop of its shape a box is (1: the largest). */
export function zoomOf(box: CropBox, image: PixelSize, shape: CropShape): number {
  const largest = placeCrop(image, shape, 0.5, 0.5, 1);
  return largest.width / box.width;
}

/** The crop moved by a drag of (dx, dy), in fractions of the image, kept inside it. */
export function movedCrop(box: CropBox, image: PixelSize, shape: CropShape, dx: number, dy: number): CropBox {
  const { x, y } = centre(box);
  return placeCrop(image, shape, x + dx, y + dy, zoomOf(box, image, shape));
}

/** The crop after a key press (arrows move, + and − resize), or null for a key the crop does not use. */
export function cropAfterKey(
  box: CropBox,
  image: PixelSize,
  shape: CropShape,
  key: string,
  shift: boolean,
): CropBox | null {
  const step = shift ? STEP * 5 : STEP;
  const { x, y } = centre(box);
  const zoom = zoomOf(box, image, shape);
  switch (key) {
    case 'ArrowLeft':
      return movedCrop(box, image, shape, -step, 0);
    case 'ArrowRight':
      return movedCrop(box, image, shape, step, 0);
    case 'ArrowUp':
      return movedCrop(box, image, shape, 0, -step);
    case 'ArrowDown':
      return movedCrop(box, image, shape, 0, step);
    case '+':
    case '=':
      return placeCrop(image, shape, x, y, zoom * ZOOM_STEP);
    case '-':
    case '_':
      return placeCrop(image, shape, x, y, zoom / ZOOM_STEP);
    default:
      return null;
  }
}
