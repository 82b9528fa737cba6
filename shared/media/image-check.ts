import { message, type Message } from '../i18n/message';
import { IMAGE_EXTENSION, IMAGE_FORMAT_NAME, readImageHeader, type ImageFormat } from './image-header';

/** The largest image file stored (media.import's base64 limit is 40 MB, which is 30 MB of bytes). */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
const MAX_IMAGE_MB = MAX_IMAGE_BYTES / 1024 / 1024;

/**
 * The most pixels an image may have: decoded, 100 megapixels is 400 MB of memory in every window that
 * shows it. A 200-megapixel phone photo is refused; a newspaper page never needs it.
 */
export const MAX_IMAGE_MEGAPIXELS = 100;

/** How much of a file the page reads to judge it before sending it; a JPEG's EXIF and ICC data come first. */
export const IMAGE_HEADER_BYTES = 1024 * 1024;

export type ImageCheck =
  | { ok: true; format: ImageFormat; ext: string; width: number; height: number }
  | { ok: false; reason: Message }
  /** The bytes given end before the header does: only the whole file can tell. */
  | { ok: null };

/**
 * Whether a file may be stored as an image, judged by its bytes: the service's rule, which the page also
 * runs on the start of the file for a quick answer. Refusals are catalogue messages naming the file.
 */
export function checkImage(name: string, size: number, bytes: Uint8Array, complete = true): ImageCheck {
  if (size > MAX_IMAGE_BYTES)
    return { ok: false, reason: message('error.media.tooBig', { name, limit: MAX_IMAGE_MB }) };
  const header = readImageHeader(bytes, complete);
  switch (header.kind) {
    case 'incomplete':
      return { ok: null };
    case 'not-image':
      return { ok: false, reason: message('error.media.notImage', { name }) };
    case 'unsupported':
      return { ok: false, reason: message('error.media.unsupported', { name, format: header.format }) };
    case 'damaged':
      return { ok: false, reason: message('error.media.damaged', { name, format: IMAGE_FORMAT_NAME[header.format] }) };
    case 'image': {
      const { format, width, height } = header;
      if (width * height > MAX_IMAGE_MEGAPIXELS * 1_000_000)
        return {
          ok: false,
          reason: message('error.media.tooManyPixels', { name, width, height, limit: MAX_IMAGE_MEGAPIXELS }),
        };
      return { ok: true, format, ext: IMAGE_EXTENSION[format], width, height };
    }
  }
}
