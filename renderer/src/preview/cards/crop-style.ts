import type { CSSProperties } from 'react';
import type { CropBox } from '../../../../shared/media/crop';

/**
 * Where the whole picture goes so that only the crop box shows through a frame of the box's shape: the
 * picture is scaled so the box fills the frame and shifted so the box's corner is the frame's. Percentages
 * of the frame, so the card can be any size; no cropped file is made.
 */
export function cropStyle(box: CropBox): CSSProperties {
  const percent = (value: number) => `${Number((value * 100).toFixed(4))}%`;
  return {
    position: 'absolute',
    width: percent(1 / box.width),
    height: percent(1 / box.height),
    left: percent(-box.x / box.width),
    top: percent(-box.y / box.height),
    maxWidth: 'none',
  };
}
