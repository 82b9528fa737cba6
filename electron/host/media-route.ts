import type { MediaRoute } from '../../shared/api/media-route';
import { ArticleIdSchema } from '../../shared/domain/article';
import type { FileSystem } from '../services/fs/file-system';
import { LibraryStore } from '../services/library/library-store';
import { readArticleMedia, type MediaFile } from '../services/library/media';
import { SECURITY_HEADERS } from './security-headers';

/** Reads the image a media route names, or null when there is none to show. */
export type MediaReader = (route: MediaRoute) => Promise<MediaFile | null>;

/**
 * Media of the library that is open now. The root is asked on every request: Settings may point the app
 * at another library while it runs.
 */
export function libraryMediaReader(libraryRoot: () => string, fs?: FileSystem): MediaReader {
  return async ({ articleId, src }) => {
    if (!ArticleIdSchema.safeParse(articleId).success) return null;
    const store = new LibraryStore(libraryRoot(), fs ? { fs } : {});
    return readArticleMedia(store.articleDir(articleId), src, fs);
  };
}

/**
 * A stored image is never a document of ours: opened on its own (an SVG can hold a script), it runs in a
 * sandbox with nothing allowed. Its name is its content hash, so it may be cached for good.
 */
export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

export function mediaHeaders(file: MediaFile): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': MEDIA_CSP,
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.length),
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}
