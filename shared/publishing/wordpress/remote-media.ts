/*
 * The pictures a post uses, kept in its RemoteRecord.extra by content hash (`media:<sha256>`), so that a
 * correction links what it uploaded before instead of uploading it again. On the site, each upload's slug
 * is made from the same hash: a retry after a lost answer finds the upload by slug instead of making a copy.
 */

/** One uploaded picture as the post links it. */
export interface RemoteMedia {
  id: number;
  url: string;
  width: number | null;
  height: number | null;
  /** The alt text and caption it was given: a correction that changes them updates the upload. */
  alt: string;
  caption: string;
}

const EXTRA_PREFIX = 'media:';

export function mediaExtraKey(sha256: string): string {
  return `${EXTRA_PREFIX}${sha256}`;
}

/** The upload's slug on the site: found again by `slug=` (attachment slugs are unique across the whole site). */
export function mediaSlug(sha256: string): string {
  return `shpalta-${sha256.slice(0, 40)}`;
}

/** The file name the site stores it under: the hash (plain ASCII: WordPress refuses RFC 5987 `filename*=`). */
export function mediaFileName(sha256: string, fileName: string, mime: string): string {
  const fromName = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase();
  const fromMime = /^image\/([a-z0-9]+)/.exec(mime)?.[1]?.replace('jpeg', 'jpg');
  return `${sha256.slice(0, 16)}.${fromName ?? fromMime ?? 'bin'}`;
}

export function encodeRemoteMedia(media: RemoteMedia): string {
  return JSON.stringify(media);
}

/** The record's picture, or null when there is none or it is not one this version wrote. */
export function decodeRemoteMedia(value: string | undefined): RemoteMedia | null {
  if (value === undefined) return null;
  try {
    const parsed = JSON.parse(value) as Partial<RemoteMedia>;
    const size = (n: unknown) => (typeof n === 'number' && n > 0 ? n : null);
    if (typeof parsed.id !== 'number' || typeof parsed.url !== 'string') return null;
    return {
      id: parsed.id,
      url: parsed.url,
      width: size(parsed.width),
      height: size(parsed.height),
      alt: typeof parsed.alt === 'string' ? parsed.alt : '',
      caption: typeof parsed.caption === 'string' ? parsed.caption : '',
    };
  } catch {
    return null;
  }
}
