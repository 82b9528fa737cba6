/**
 * The one check for URLs that come from pasted or loaded content (DESIGN §8). Links may point only to the
 * web, mail or phone; images only to the web or to the article's own media folder. Anything else —
 * `javascript:`, `data:`, `file:`, `vbscript:`, unknown schemes, control characters hidden in the scheme —
 * is refused, so a caller drops the link or image rather than guess.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** A path inside an article folder's media/, as stored in the body: `media/<sha256>.<ext>`. */
const MEDIA_PATH = /^media\/[0-9a-f]{64}\.[a-z0-9]{1,5}$/;

/** Whether a path is one of the article's own media files: no `..`, no absolute path, no other folder. */
export function isArticleMediaPath(src: string): boolean {
  return MEDIA_PATH.test(src);
}

/**
 * The WHATWG parser (the browser's own) strips the tabs, newlines and control characters hiding a scheme
 * (`java\tscript:`), so judging its parsed protocol judges what a browser would open.
 */
function normalise(raw: string): string {
  return raw.trim();
}

function parseAbsolute(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** The URL to keep for a link, or null to drop it. Relative links are refused: a pasted page's base is unknown. */
export function safeLinkHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = normalise(raw);
  const url = parseAbsolute(value);
  if (!url || !LINK_SCHEMES.has(url.protocol)) return null;
  if (WEB_SCHEMES.has(url.protocol) && !url.hostname) return null;
  return url.href;
}

/**
 * The source to keep for an image, or null to drop it: the article's own media file or https. Plain http
 * is refused too: an exporter would publish it into an https page, where browsers block it.
 */
export function safeImageSrc(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = normalise(raw);
  if (MEDIA_PATH.test(value)) return value;
  const url = parseAbsolute(value);
  if (!url || url.protocol !== 'https:' || !url.hostname) return null;
  return url.href;
}

/** The URL to keep for a web address outside the body (a related article, an author's page), or null. */
export function safeWebUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const url = parseAbsolute(normalise(raw));
  return url && WEB_SCHEMES.has(url.protocol) && url.hostname ? url.href : null;
}

/** Whether a URL is a web address (for embeds and share links). */
export function isWebUrl(raw: string): boolean {
  const url = parseAbsolute(normalise(raw));
  return url !== null && WEB_SCHEMES.has(url.protocol) && url.hostname !== '';
}
