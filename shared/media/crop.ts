import { z } from '../validation/zod';

/**
 * The shapes a featured image is cropped to for sharing. A crop is stored as a box in fractions of the
 * image (not as a new file), so the original stays whole and each platform's shape is one small record.
 */
export const CROP_SHAPES = {
  /** Facebook and Telegram link cards, X's large card: 1200×630. */
  wide: { width: 1200, height: 630 },
  /** Video players, Google Discover, many site grids. */
  landscape: { width: 16, height: 9 },
  /** Instagram-like squares and some Telegram clients' thumbnails. */
  square: { width: 1, height: 1 },
} as const;
export type CropShape = keyof typeof CROP_SHAPES;
export const CROP_SHAPE_NAMES = Object.keys(CROP_SHAPES) as CropShape[];

export const cropRatio = (shape: CropShape): number => CROP_SHAPES[shape].width / CROP_SHAPES[shape].height;

const fraction = z.number().min(0).max(1);

/** A box inside the image: left, top, width and height, each a fraction of the image's own size. */
export const CropBoxSchema = z
  .object({ x: fraction, y: fraction, width: fraction.positive(), height: fraction.positive() })
  .refine((box) => box.x + box.width <= 1 + 1e-9 && box.y + box.height <= 1 + 1e-9);
export type CropBox = z.infer<typeof CropBoxSchema>;

export const CropsSchema = z
  .object({ wide: CropBoxSchema, landscape: CropBoxSchema, square: CropBoxSchema })
  .partial()
  .default({});
export type Crops = z.infer<typeof CropsSchema>;

export interface PixelSize {
  width: number;
  height: number;
}

/** The largest box of the shape's ratio centred in an image of this size: what a platform does unasked. */
export function centredCrop(image: PixelSize, shape: CropShape): CropBox {
  const ratio = cropRatio(shape);
  const imageRatio = image.width / image.height;
  if (!(imageRatio > 0) || !Number.isFinite(imageRatio)) return { x: 0, y: 0, width: 1, height: 1 };
  if (imageRatio > ratio) {
    const width = ratio / imageRatio;
    return { x: (1 - width) / 2, y: 0, width, height: 1 };
  }
  const height = imageRatio / ratio;
  return { x: 0, y: (1 - height) / 2, width: 1, height };
}

/** The crop the journalist chose for a shape, else the centred one. */
export function cropFor(crops: Crops | undefined, image: PixelSize, shape: CropShape): CropBox {
  return crops?.[shape] ?? centredCrop(image, shape);
}

/** The crop's size in the image's pixels, rounded down: what the platform receives. */
export function cropPixels(box: CropBox, image: PixelSize): PixelSize {
  return { width: Math.floor(box.width * image.width), height: Math.floor(box.height * image.height) };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * A crop of the shape's ratio moved and scaled, kept inside the image: `centreX`/`centreY` are where its
 * middle should be, `zoom` ≥ 1 how much smaller than the largest such box it is. The crop tool's one rule.
 */
export function placeCrop(image: PixelSize, shape: CropShape, centreX: number, centreY: number, zoom: number): CropBox {
  const largest = centredCrop(image, shape);
  const scale = 1 / clamp(zoom, 1, 20);
  const width = largest.width * scale;
  const height = largest.height * scale;
  const x = clamp(centreX - width / 2, 0, 1 - width);
  const y = clamp(centreY - height / 2, 0, 1 - height);
  return { x, y, width, height };
}
