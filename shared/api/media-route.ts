import { ArticleIdSchema } from '../domain/article';

/**
 * Where the page loads an article's images: `/media/<articleId>/<sha256>.<ext>`, on the page's own origin
 * in both hosts (app://shpalta in Electron, the loopback server in browser mode). The path is built by the
 * renderer and parsed by the hosts here, so the two can never disagree.
 */
export const MEDIA_ROUTE_PREFIX = '/media/';

/** A body's `src` of a file in the article's media folder. */
const MEDIA_SRC = /^media\/([0-9a-f]{64}\.[a-z0-9]{1,5})$/;
const MEDIA_FILE = /^[0-9a-f]{64}\.[a-z0-9]{1,5}$/;

/** The route of a stored image, or null when `src` is not one of the article's media files. */
export function mediaRoutePath(articleId: string, src: string): string | null {
  const file = MEDIA_SRC.exec(src)?.[1];
  if (!file || !ArticleIdSchema.safeParse(articleId).success) return null;
  return `${MEDIA_ROUTE_PREFIX}${articleId}/${file}`;
}

export interface MediaRoute {
  articleId: string;
  /** As stored in the body: `media/<sha256>.<ext>`. */
  src: string;
}

/**
 * The article and file a request path names, or null. Nothing is decoded: a valid path contains only
 * Latin letters, digits, `-` and `.`, so `%2e%2e`, backslashes and extra segments are simply not valid.
 */
export function parseMediaRoutePath(pathname: string): MediaRoute | null {
  if (!pathname.startsWith(MEDIA_ROUTE_PREFIX)) return null;
  const parts = pathname.slice(MEDIA_ROUTE_PREFIX.length).split('/');
  if (parts.length !== 2) return null;
  const [articleId, file] = parts as [string, string];
  if (!ArticleIdSchema.safeParse(articleId).success || !MEDIA_FILE.test(file)) return null;
  return { articleId, src: `media/${file}` };
}
