import { mediaRoutePath } from '../../../../shared/api/media-route';
import { takeToken } from '../../api/http-client';

/**
 * The address the page can show an article's stored image from: `/media/<articleId>/<file>` on its own
 * origin. Browser mode needs the per-run token on it (an <img> cannot send a header); the Electron page
 * has no token and needs none. Anything else — a web address, a damaged src — gets null: the editor never
 * loads an image from another site.
 */
export function mediaDisplayUrl(
  articleId: string,
  src: string | null | undefined,
  token: string | null,
): string | null {
  if (!src) return null;
  const path = mediaRoutePath(articleId, src);
  if (!path) return null;
  return token ? `${path}?token=${encodeURIComponent(token)}` : path;
}

/** The token this tab was opened with (browser mode), where the API client keeps it; null in Electron. */
export function pageToken(win: Window = window): string | null {
  return takeToken(win.location, win.sessionStorage, win.history);
}
