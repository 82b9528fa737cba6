import { toApiError } from '../../../../../shared/api/errors';
import type { BodyEditorContext } from '../../body-editor-context';

/** media.import takes at most 40 MB of base64, which is 30 MB of image. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};
const IMAGE_NAME = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/** A failure the journalist can read: the message is already in the UI's language. */
export class ImageImportError extends Error {
  override readonly name = 'ImageImportError';
}

export function isImageFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type in IMAGE_EXTENSIONS || IMAGE_NAME.test(file.name);
}

/**
 * The name to store under: the library keeps images by their extension, and a pasted screenshot arrives
 * as `image.png` or with no name at all.
 */
export function importFileName(file: Pick<File, 'name' | 'type'>): string {
  if (IMAGE_NAME.test(file.name)) return file.name;
  const ext = IMAGE_EXTENSIONS[file.type];
  const base = file.name.replace(/\.[^.]*$/, '') || 'image';
  return ext ? `${base}.${ext}` : file.name;
}

/** Reads a file as base64 (without the `data:` prefix), letting the browser do the encoding. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Stores an image in the article's media folder (by content hash) and returns its `src`. Size and type
 * are checked here first, so a 200 MB video never crosses the bridge; every failure becomes an
 * ImageImportError with a message for people.
 */
export async function importImage(context: BodyEditorContext, file: File): Promise<string> {
  const { t } = context;
  const name = file.name || 'image';
  if (!isImageFile(file)) throw new ImageImportError(t('block.image.notImage', { name }));
  if (file.size > MAX_IMAGE_BYTES) throw new ImageImportError(t('block.image.tooBig', { name }));
  let base64: string;
  try {
    base64 = await readBase64(file);
  } catch (error) {
    throw new ImageImportError(t('block.image.failed', { name, message: String((error as Error).message) }));
  }
  try {
    const { src } = await context.api.invoke('media.import', {
      articleId: context.articleId,
      fileName: importFileName(file),
      base64,
    });
    return src;
  } catch (raw) {
    const error = toApiError(raw);
    if (error.code === 'invalid-argument') throw new ImageImportError(t('block.image.notImage', { name }));
    if (error.code === 'io-error')
      throw new ImageImportError(t('block.image.diskError', { name, message: error.reason }));
    throw new ImageImportError(t('block.image.failed', { name, message: error.reason }));
  }
}
