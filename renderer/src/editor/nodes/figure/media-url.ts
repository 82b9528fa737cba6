import { mediaRoutePath } from '../../../../../shared/api/media-route';

/**
 * The address the page can show an article's stored image from: `/media/<articleId>/<file>` on its own
 * origin (browser mode signs it in with the session cookie, which an <img> sends by itself). Anything
 * else — a web address, a damaged src — gets null: the editor never loads an image from another site.
 */
export function mediaDisplayUrl(articleId: string, src: string | null | undefined): string | null {
  if (!src) return null;
  return mediaRoutePath(articleId, src);
}
