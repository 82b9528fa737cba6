import { toApiError } from '../../../../../shared/api/errors';
import {
  checkImage,
  IMAGE_HEADER_BYTES,
  MAX_IMAGE_BYTES,
  type ImageCheck,
} from '../../../../../shared/media/image-check';
import type { BodyEditorContext } from '../../body-editor-context';

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

/** Reads a part of a file as bytes. */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The service's own check (shared/media/image-check.ts) run on the start of the file: a text file named
 * `fake.png`, an SVG or a 200-megapixel photo is refused at once, before any byte crosses the bridge. The
 * service checks the whole file again; it is the authority.
 */
export async function checkImageFile(file: File): Promise<ImageCheck> {
  const name = file.name || 'image';
  if (file.size > MAX_IMAGE_BYTES) return checkImage(name, file.size, new Uint8Array());
  const complete = file.size <= IMAGE_HEADER_BYTES;
  const quick = checkImage(
    name,
    file.size,
    await readBytes(complete ? file : file.slice(0, IMAGE_HEADER_BYTES)),
    complete,
  );
  // Rare: more than a megabyte of metadata before the size. Then the whole file tells.
  return quick.ok === null ? checkImage(name, file.size, await readBytes(file)) : quick;
}

/**
 * Stores an image in the article's media folder (by content hash) and returns its `src`. The file is
 * checked here first, so a 200 MB video never crosses the bridge; every failure becomes an ImageImportError
 * with a message for people, the service's refusals in its own catalogue words.
 */
export async function importImage(
  context: Pick<BodyEditorContext, 'api' | 'articleId' | 't'>,
  file: File,
): Promise<string> {
  const { t } = context;
  const name = file.name || 'image';
  let base64: string;
  try {
    const check = await checkImageFile(file);
    if (check.ok === false) throw new ImageImportError(t.message(check.reason));
    base64 = await readBase64(file);
  } catch (error) {
    if (error instanceof ImageImportError) throw error;
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
    if (error.code === 'invalid-argument') throw new ImageImportError(t.message(error.reason));
    if (error.code === 'io-error')
      throw new ImageImportError(t('block.image.diskError', { name, message: error.reason }));
    throw new ImageImportError(t('block.image.failed', { name, message: error.reason }));
  }
}
