import { transliterate } from '../text/transliterate';

/** UKRAINIAN.md §1: a slug is at most this long, cut at a hyphen. */
export const SLUG_MAX_LENGTH = 80;

/**
 * The slug for a headline (or for what a journalist types into the slug field): transliterated by KMU-55,
 * lowercase, every run of anything but [a-z0-9] one `-`, trimmed, cut at a `-` to at most 80 characters.
 * '' when the text has nothing to spell a slug with.
 */
export function slugify(text: string): string {
  const slug = transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtHyphen(slug, SLUG_MAX_LENGTH);
}

/** At most `max` characters, ending before a `-` when there is one to cut at (a whole word is kept). */
function cutAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  if (slug[max] === '-') return slug.slice(0, max);
  const lastHyphen = slug.lastIndexOf('-', max);
  return lastHyphen > 0 ? slug.slice(0, lastHyphen) : slug.slice(0, max);
}

/**
 * `base` when no other article of the library has it, else `base-2`, `base-3`…; the base is shortened
 * (at a hyphen) so that the number still fits in 80 characters.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (base === '' || !taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${cutAtHyphen(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether a slug is the one made from the headline, possibly numbered to be unique (`base`, `base-2`…). */
export function isSlugOfHeadline(slug: string, headline: string): boolean {
  const base = slugify(headline);
  if (slug === base) return true;
  const numbered = /^(.*)-([2-9]|[1-9]\d+)$/.exec(slug);
  if (!numbered) return false;
  const [, stem = '', n = ''] = numbered;
  return stem === cutAtHyphen(base, SLUG_MAX_LENGTH - n.length - 1);
}

export interface SlugFollowInput {
  /** The headline the current slug was made from (before this edit). */
  previousHeadline: string;
  slug: string;
  headline: string;
  /** Slugs of the library's other articles. */
  taken: ReadonlySet<string>;
}

/**
 * The slug follows the headline until someone edits it by hand: while it is empty or still the headline's
 * own slug, it becomes the new headline's (unique) slug; a slug typed by hand is kept as it is.
 */
export function followHeadline({ previousHeadline, slug, headline, taken }: SlugFollowInput): string {
  const follows = slug === '' || isSlugOfHeadline(slug, previousHeadline);
  return follows ? uniqueSlug(slugify(headline), taken) : slug;
}
