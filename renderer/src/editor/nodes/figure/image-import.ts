import { ApiError, toApiError } from '../../../../../shared/api/errors';
import { message, type Message } from '../../../../../shared/i18n/message';
import {
  checkImage,
  IMAGE_HEADER_BYTES,
  MAX_IMAGE_BYTES,
  type ImageCheck,
} from '../../../../../shared/media/image-check';
import type { ImageFormat } from '../../../../../shared/media/image-header';
import { stripMetadata } from '../../../../../shared/media/metadata/strip-metadata';
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

/** What became of the original of a picture the library got redrawn (a web rendition, or turned upright). */
export type OriginalReport =
  | { original: 'not-kept' }
  | { original: 'kept' }
  /** The person chose to keep originals, and this one could not be: the service's reason. */
  | { original: 'failed'; reason: Message };

/**
 * What the library got instead of the file as it was, for the notice the person sees: a large photo's web
 * rendition (`reduced`), or the picture at its own size without its camera data (`cleaned`).
 */
export type RenditionReport = { made: 'reduced' | 'cleaned' } & OriginalReport;

export interface ImportedImage {
  src: string;
  /** The stored picture's size in pixels: the rendition's when it was reduced. */
  width: number;
  height: number;
  /** Null when the picture was stored byte for byte (nothing in it to take out, or a GIF or an AVIF). */
  rendition: RenditionReport | null;
}

type ImageContext = Pick<BodyEditorContext, 'api' | 'articleId'>;
type CheckedImage = Extract<ImageCheck, { ok: true }>;

/** The picture as the library gets it, and what was done to it on the way. */
interface LibraryCopy {
  blob: Blob;
  fileName: string;
  /** Null: the file as it was. */
  made: RenditionReport['made'] | null;
  /** Drawn anew from its pixels: the original differs from it in more than metadata, and may be kept. */
  redrawn: boolean;
}

/**
 * Stores a picture in the article's media folder, the one way every insertion takes (the dialog, a paste, a
 * drop, pictures held from a document, the featured image). No camera data reaches the library: a photo over
 * the web size goes as its web rendition, a smaller one without its metadata (shared/media/metadata), a GIF or
 * an AVIF as it is. When the library got a redrawn picture, its original is kept on this computer if the
 * person chose so. `check` null: not checked here (the service judges it). Throws the API's errors, and
 * RenditionError when the picture could not be redrawn.
 */
export async function storeImage(
  context: ImageContext,
  file: Blob,
  name: string,
  check: CheckedImage | null,
): Promise<ImportedImage> {
  const copy = await libraryCopy(file, name, check);
  const { articleId } = context;
  const base64 = await readBase64(copy.blob);
  const stored = await context.api.invoke('media.import', { articleId, fileName: copy.fileName, base64 });
  if (copy.made === null) return { ...stored, rendition: null };
  const original: OriginalReport = copy.redrawn
    ? await keepOriginalIfChosen(context, stored.src, file, name)
    : { original: 'not-kept' };
  return { ...stored, rendition: { made: copy.made, ...original } };
}

async function libraryCopy(file: Blob, name: string, check: CheckedImage | null): Promise<LibraryCopy> {
  if (check !== null && needsWebRendition(check.format, check)) return redraw(file, name, check.format, 'reduced');
  const result = stripMetadata(await readBytes(file));
  switch (result.kind) {
    case 'unchanged':
      return { blob: file, fileName: name, made: null, redrawn: false };
    case 'stripped':
      return { blob: new Blob([result.bytes], { type: file.type }), fileName: name, made: 'cleaned', redrawn: false };
    // Without its EXIF a turned photo would lie down; a file that cannot be followed cannot pass as clean. The
    // browser draws either as it shows it, and the drawing carries no metadata.
    case 'turned':
    case 'unreadable':
      return redraw(file, name, result.format, 'cleaned');
  }
}

async function redraw(
  file: Blob,
  name: string,
  format: ImageFormat,
  made: RenditionReport['made'],
): Promise<LibraryCopy> {
  try {
    const rendition = await makeWebRendition(file, format);
    return { blob: rendition.blob, fileName: renditionFileName(name, rendition.type), made, redrawn: true };
  } catch (error) {
    // Never the original instead: its camera data would stay in the newsroom's history for good.
    const reason = String((error as Error).message);
    throw new RenditionError(
      message(made === 'reduced' ? 'media.rendition.failed' : 'media.metadata.failed', { name, reason }),
    );
  }
}

/** The original goes to this computer's own folder (never the library) when the settings say so. */
async function keepOriginalIfChosen(
  context: ImageContext,
  src: string,
  original: Blob,
  fileName: string,
): Promise<OriginalReport> {
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
 * Stores an image in the article's media folder (by content hash): a large photo as its web rendition, a
 * smaller one without its camera data. The
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
