import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { CropBox, CropShape, PixelSize } from '../../../../shared/media/crop';
import { useI18n } from '../../i18n/i18n';
import { cropAfterKey, movedCrop } from './crop-keys';

interface Props {
  url: string;
  image: PixelSize;
  shape: CropShape;
  box: CropBox;
  onChange(box: CropBox): void;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The picture with the crop drawn on it: drag the box, or focus it and use the arrows (Shift: farther) and
 * + / − to resize. The box always keeps its shape and stays inside the picture (shared/media/crop.ts).
 */
export function CropTool({ url, image, shape, box, onChange }: Props) {
  const { t } = useI18n();
  const keysId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; box: CropBox } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, box };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    const rect = frame.current?.getBoundingClientRect();
    if (!start || !rect || rect.width === 0 || rect.height === 0) return;
    const dx = (event.clientX - start.x) / rect.width;
    const dy = (event.clientY - start.y) / rect.height;
    onChange(movedCrop(start.box, image, shape, dx, dy));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = cropAfterKey(box, image, shape, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <div ref={frame} className="crop-frame" style={{ aspectRatio: `${image.width} / ${image.height}` }}>
      <img src={url} alt="" className="crop-image" draggable={false} />
      <div
        className="crop-box"
        role="group"
        tabIndex={0}
        aria-label={t('featured.cropBox', { shape: t(`featured.shape.${shape}`) })}
        aria-roledescription={t('featured.cropRole')}
        aria-describedby={keysId}
        data-box={`${box.x.toFixed(4)} ${box.y.toFixed(4)} ${box.width.toFixed(4)} ${box.height.toFixed(4)}`}
        style={{ left: percent(box.x), top: percent(box.y), width: percent(box.width), height: percent(box.height) }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={onKeyDown}
      />
      <span id={keysId} className="visually-hidden">
        {t('featured.cropKeys')}
      </span>
    </div>
  );
}
