import type { Article } from '../../../shared/domain/article';
import type { DocNode } from '../../../shared/domain/doc';

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

export function mediaExtension(fileName: string): string | null {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext && ext in MEDIA_TYPES ? (ext === 'jpeg' ? 'jpg' : ext) : null;
}

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
  return /^media\/[a-f0-9]{64}\.[a-z0-9]{1,5}$/.test(src);
}
