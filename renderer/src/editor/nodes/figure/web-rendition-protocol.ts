import type { ImageFormat } from '../../../../../shared/media/image-header';
import type { RenditionType } from '../../../../../shared/media/web-rendition';

/** To the web-rendition worker: one picture to reduce. */
export interface RenditionRequest {
  file: Blob;
  format: ImageFormat;
}

/** From it: the reduced picture, or why it could not be made (the browser's words, for the message's detail). */
export type RenditionResponse =
  { ok: true; blob: Blob; width: number; height: number; type: RenditionType } | { ok: false; reason: string };
