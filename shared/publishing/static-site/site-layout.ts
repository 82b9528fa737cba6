import { slugify } from '../../share/slug';
import { articlePageUrl } from '../../site/page-url';

/**
 * Where each thing lives in the exported site, as paths relative to its root (with `/`) and as addresses
 * under the outlet's site address. An article's page is `<slug>/index.html`, at the address
 * `articlePageUrl` gives, so the page, the preview, WordPress and Telegram all link the same place.
 */

export const FRONT_PAGE = 'index.html';
export const FEED_FILE = 'feed.xml';
export const SITEMAP_FILE = 'sitemap.xml';
export const MEDIA_DIR = 'media';
export const RUBRIC_DIR = 'rubric';
export const PAGE_DIR = 'page';
/** How many articles one page of a list shows; older ones are on `page/2/`, `page/3/`… */
export const LIST_PAGE_SIZE = 50;

/** Names an article's folder may not take: they are the site's own. Compared case-insensitively. */
const RESERVED = new Set([
  FRONT_PAGE,
  FEED_FILE,
  SITEMAP_FILE,
  MEDIA_DIR,
  RUBRIC_DIR,
  PAGE_DIR,
  'robots.txt',
  'favicon.ico',
]);

/**
 * A folder name that is the same on every system: letters, digits and `-._~` (what a URL path keeps as it
 * is), not starting with a dot, no Windows device name. A slug made by `slugify` always passes.
 */
const SAFE_SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N}._~-]{0,199}$/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** The folder of an article's page: its slug, else its id (as `articlePageUrl` does). */
export function pageFolder(slug: string, id: string): string {
  return slug.trim() || id;
}

export type FolderProblem = 'unsafe' | 'reserved';

/** Why a folder name cannot hold a page, or null when it can. */
export function folderProblem(folder: string): FolderProblem | null {
  if (!SAFE_SEGMENT.test(folder) || folder.endsWith('.') || WINDOWS_DEVICE.test(folder)) return 'unsafe';
  if (RESERVED.has(folder.toLowerCase())) return 'reserved';
  return null;
}

/**
 * Two folder names that one file system may take for the same: macOS and Windows ignore case by default,
 * so `Novyny` and `novyny` would share a folder there.
 */
export function sameFolder(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/** The site's address with one trailing `/`, the base every other address is made from; null when not valid. */
export function siteBase(siteUrl: string): string | null {
  if (!siteUrl.trim()) return null;
  try {
    const url = new URL(siteUrl.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return `${url.origin}${path}`;
  } catch {
    return null;
  }
}

export const pagePath = (folder: string): string => `${folder}/${FRONT_PAGE}`;
export const mediaPath = (fileName: string): string => `${MEDIA_DIR}/${fileName}`;

export function pageUrl(base: string, slug: string, id: string): string {
  return articlePageUrl(base, slug, id);
}

export const mediaUrl = (base: string, fileName: string): string => new URL(mediaPath(fileName), base).href;
export const feedUrl = (base: string): string => new URL(FEED_FILE, base).href;

/** A rubric's folder: its name as a slug (`Економіка` → `ekonomika`), or null when nothing spells one. */
export function rubricFolder(rubric: string): string | null {
  return slugify(rubric) || null;
}

/** The folder of a list: '' for the front list, `rubric/<folder>/` for a rubric's. */
export const rubricList = (folder: string): string => `${RUBRIC_DIR}/${folder}/`;
export const rubricUrl = (base: string, folder: string): string => new URL(rubricList(folder), base).href;

/** Page `number` (from 1) of a list: the list's own folder for the first, `page/<n>/` under it for the rest. */
export const listPageDir = (list: string, number: number): string =>
  number <= 1 ? list : `${list}${PAGE_DIR}/${number}/`;
export const listPagePath = (list: string, number: number): string => `${listPageDir(list, number)}${FRONT_PAGE}`;
export const listPageUrl = (base: string, list: string, number: number): string =>
  new URL(listPageDir(list, number), base).href;
