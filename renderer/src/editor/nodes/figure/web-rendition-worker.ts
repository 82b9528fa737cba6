/**
 * The web-rendition worker: decodes a large photo, draws it at the web size and encodes it, off the page's
 * thread. Encoding 2560 px on the page blocked it for 125–300 ms (a long task on every try, measured in
 * Debian's Chromium with 4000 × 3000 and 6000 × 4000 JPEGs); here the page's longest pause stayed under 60 ms.
 *
 * Re-encoding from pixels is also what takes the camera's data away: the JPEG or PNG written by the canvas
 * carries no EXIF (GPS position, camera and lens serial numbers, the owner's name), no XMP and no IPTC, which
 * is the point for the shared library. The EXIF orientation is applied to the pixels first.
 */
import {
  ALPHA_PROBE_LONG_SIDE,
  fitLongSide,
  hasTransparentPixel,
  mayHaveTransparency,
  renditionType,
  WEB_RENDITION_JPEG_QUALITY,
  WEB_RENDITION_LONG_SIDE,
} from '../../../../../shared/media/web-rendition';
import type { ImageFormat } from '../../../../../shared/media/image-header';
import type { RenditionRequest, RenditionResponse } from './web-rendition-protocol';

/** The part of DedicatedWorkerGlobalScope used here (the renderer's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RenditionRequest>) => void) | null;
  postMessage(message: RenditionResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  reduce(event.data).then(scope.postMessage.bind(scope), (error: unknown) =>
    scope.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
};

async function reduce({ file, format }: RenditionRequest): Promise<RenditionResponse> {
  // 'from-image': a phone's portrait photo is stored lying with an EXIF note to turn it; the pixels turn here.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = fitLongSide(bitmap, WEB_RENDITION_LONG_SIDE);
    const type = renditionType(mayHaveTransparency(format) && isTransparent(bitmap, format));
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d', { alpha: type === 'image/png' });
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await canvas.convertToBlob({ type, quality: WEB_RENDITION_JPEG_QUALITY });
    return { ok: true, blob, width: size.width, height: size.height, type };
  } finally {
    bitmap.close();
  }
}

/** Transparency, read on a small copy: a few hundred kilobytes of pixels instead of a hundred megabytes. */
function isTransparent(bitmap: ImageBitmap, format: ImageFormat): boolean {
  const size = fitLongSide(bitmap, ALPHA_PROBE_LONG_SIDE);
  const probe = new OffscreenCanvas(size.width, size.height);
  const context = probe.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error(`no 2D canvas to read the ${format} picture's transparency`);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return hasTransparentPixel(context.getImageData(0, 0, size.width, size.height).data);
}
