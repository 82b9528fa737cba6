import { constants } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../shared/domain/article';
import type { DocNode } from '../../../shared/domain/doc';
import { isArticleMediaPath } from '../../../shared/security/safe-url';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { nodeFileSystem, pathExists, type FileSystem } from '../fs/file-system';
import { isCode } from '../fs/io-error';
import { firstLinkBelow, linkEscapeReason } from '../fs/symlink-guard';

/** Media of an article live in its folder by content hash: `media/<sha256>.<ext>`. */
export const MEDIA_DIR = 'media';

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

export function mediaFileName(hash: string, ext: string): string {
  return `${MEDIA_DIR}/${hash}.${ext}`;
}

/** Every media path the article refers to (featured and share images, images in the body). */
export function mediaReferences(article: Article): string[] {
  const found = new Set<string>();
  // Anything that is not a web address is a local file, and must then be one of the article's media.
  const add = (src: unknown) => {
    if (typeof src === 'string' && src !== '' && !/^(https?:|data:|blob:)/i.test(src)) found.add(src);
  };
  add(article.featuredImage?.src);
  add(article.share.image);
  const walk = (node: DocNode) => {
    add(node.attrs?.src);
    node.content?.forEach(walk);
  };
  article.body.content?.forEach(walk);
  return [...found];
}

/** A media path from a file is trusted only inside the media folder: no `..`, no absolute paths. */
export function isSafeMediaPath(src: string): boolean {
  return isArticleMediaPath(src);
}

/** The Content-Type of a stored media file, or null for names that are not media. */
export function mediaContentType(src: string): string | null {
  if (!isSafeMediaPath(src)) return null;
  const ext = src.slice(src.lastIndexOf('.') + 1);
  return MEDIA_TYPES[ext] ?? null;
}

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
}

/** Larger than anything media.import accepts (30 MB); a bigger file was not put there by us. */
export const MAX_MEDIA_READ_BYTES = 64 * 1024 * 1024;

// O_NOFOLLOW does not exist on Windows; there the name check and the regular-file check remain.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Copies an article's media files into another article folder (a duplicate, a merged conflict copy). Only
 * regular files with media names are copied, each once (the name is the content hash, so an existing one
 * is the same image). A media folder reached through a symbolic link is refused, and a link inside it is
 * skipped: neither may bring a file from outside the library into it.
 */
export async function copyMediaFiles(
  fs: FileSystem,
  root: string,
  fromMediaDir: string,
  toArticleDir: string,
): Promise<void> {
  const to = path.join(toArticleDir, MEDIA_DIR);
  for (const dir of [fromMediaDir, to]) {
    const link = await firstLinkBelow(fs, root, dir);
    if (link) throw new ApiError('damaged-file', message('error.media.linkEscape', { reason: linkEscapeReason(link) }));
  }
  let names: string[];
  try {
    names = await fs.readdir(fromMediaDir);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return;
    throw error;
  }
  await fs.mkdir(to, { recursive: true });
  for (const name of names) {
    if (!isSafeMediaPath(`${MEDIA_DIR}/${name}`)) continue;
    const from = path.join(fromMediaDir, name);
    if (!(await fs.lstat(from)).isFile() || (await pathExists(fs, path.join(to, name)))) continue;
    await fs.copyFile(from, path.join(to, name));
  }
}

/**
 * Reads one media file of an article for display. Only names of the media pattern inside the article's
 * own media folder are read; a symbolic link (a synced folder may carry one pointing anywhere), a folder
 * or an oversized file answers null, as does a missing one: the page shows a broken image, nothing more.
 */
export async function readArticleMedia(
  articleDir: string,
  src: string,
  fs: FileSystem = nodeFileSystem,
): Promise<MediaFile | null> {
  const contentType = mediaContentType(src);
  if (!contentType) return null;
  // O_NOFOLLOW guards the file alone: the article folder and its media folder must not be links either.
  const root = path.dirname(path.dirname(articleDir));
  const linked = await firstLinkBelow(fs, root, path.join(articleDir, MEDIA_DIR)).catch(() => 'unreadable');
  if (linked !== null) return null;
  let handle;
  try {
    handle = await fs.open(path.join(articleDir, ...src.split('/')), OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_MEDIA_READ_BYTES) return null;
    return { bytes: await handle.readFile(), contentType };
  } catch {
    return null;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
