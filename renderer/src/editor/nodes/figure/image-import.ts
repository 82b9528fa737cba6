import { ApiError, toApiError } from '../../../../../shared/api/errors';
import { message, type Message } from '../../../../../shared/i18n/message';
import {
  checkImage,
  IMAGE_HEADER_BYTES,
  MAX_IMAGE_BYTES,
  type ImageCheck,
} from '../../../../../shared/media/image-check';
import { needsWebRendition, renditionFileName } from '../../../../../shared/media/web-rendition';
import type { BodyEditorContext } from '../../body-editor-context';
import { makeWebRendition } from './web-rendition';

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

/** A picture the library refused to get as it is and the page could not reduce: why, in catalogue words. */
export class RenditionError extends Error {
  override readonly name = 'RenditionError';
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

/** What became of a large photo's original once its web rendition was stored. */
export type RenditionReport =
  | { original: 'not-kept' }
  | { original: 'kept' }
  /** The person chose to keep originals, and this one could not be: the service's reason. */
  | { original: 'failed'; reason: Message };

export interface ImportedImage {
  src: string;
  /** The stored picture's size in pixels: the rendition's when it was reduced. */
  width: number;
  height: number;
  /** Null when the picture was stored byte for byte (small enough, or a GIF). */
  rendition: RenditionReport | null;
}

type ImageContext = Pick<BodyEditorContext, 'api' | 'articleId'>;
type CheckedImage = Extract<ImageCheck, { ok: true }>;

/**
 * Stores a picture in the article's media folder and, when it was a large photo, keeps its original on this
 * computer if the person chose so. A photo over the web size goes to the library only as its web rendition
 * (no camera data in it); a smaller one, a GIF, or one not checked here (`check` null: the service judges it)
 * goes byte for byte. Throws the API's errors, and RenditionError when the photo could not be reduced.
 */
export async function storeImage(
  context: ImageContext,
  file: Blob,
  name: string,
  check: CheckedImage | null,
): Promise<ImportedImage> {
  let upload: Blob = file;
  let fileName = name;
  const reduce = check !== null && needsWebRendition(check.format, check);
  if (reduce) {
    try {
      const rendition = await makeWebRendition(file, check.format);
      upload = rendition.blob;
      fileName = renditionFileName(name, rendition.type);
    } catch (error) {
      // Never the original instead: its camera data would stay in the newsroom's history for good.
      throw new RenditionError(message('media.rendition.failed', { name, reason: String((error as Error).message) }));
    }
  }
  const { articleId } = context;
  const stored = await context.api.invoke('media.import', { articleId, fileName, base64: await readBase64(upload) });
  const rendition = reduce ? await keepOriginalIfChosen(context, stored.src, file, name) : null;
  return { ...stored, rendition };
}

/** The original goes to this computer's own folder (never the library) when the settings say so. */
async function keepOriginalIfChosen(
  context: ImageContext,
  src: string,
  original: Blob,
  fileName: string,
): Promise<RenditionReport> {
  try {
    // Asked now, not remembered: the setting may have changed in this or another window since the article opened.
    const { media } = await context.api.invoke('settings.get', {});
    if (!media.keepOriginals) return { original: 'not-kept' };
    const base64 = await readBase64(original);
    await context.api.invoke('media.keepOriginal', { articleId: context.articleId, src, fileName, base64 });
    return { original: 'kept' };
  } catch (error) {
    return { original: 'failed', reason: toApiError(error).reason };
  }
}

/**
 * Stores an image in the article's media folder (by content hash): a large photo as its web rendition. The
 * file is checked here first, so a 200 MB video never crosses the bridge; every failure becomes an
 * ImageImportError with a message for people, the service's refusals in its own catalogue words.
 */
export async function importImage(
  context: Pick<BodyEditorContext, 'api' | 'articleId' | 't'>,
  file: File,
): Promise<ImportedImage> {
  const { t } = context;
  const name = file.name || 'image';
  let check: ImageCheck;
  try {
    check = await checkImageFile(file);
    if (check.ok === false) throw new ImageImportError(t.message(check.reason));
  } catch (error) {
    if (error instanceof ImageImportError) throw error;
    throw new ImageImportError(t('block.image.failed', { name, message: String((error as Error).message) }));
  }
  try {
    return await storeImage(context, file, importFileName(file), check.ok ? check : null);
  } catch (raw) {
    if (raw instanceof RenditionError) throw new ImageImportError(t.message(raw.reason));
    // Not the service's: the file could not be read (it was moved, or the disk went away).
    if (!(raw instanceof ApiError))
      throw new ImageImportError(t('block.image.failed', { name, message: String((raw as Error).message) }));
    const error = toApiError(raw);
    if (error.code === 'invalid-argument') throw new ImageImportError(t.message(error.reason));
    if (error.code === 'io-error')
      throw new ImageImportError(t('block.image.diskError', { name, message: error.reason }));
    throw new ImageImportError(t('block.image.failed', { name, message: error.reason }));
  }
}
