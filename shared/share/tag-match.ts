/**
 * Tags as a journalist types them, matched against the library's tags so that `київ`, `#Київ` and
 * `Ґорґани` typed as `Горгани` land on the tag already in use instead of starting a new one.
 */

/** A tag of the library and how many articles carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

const APOSTROPHES = /['\u2019\u02BC]/g;

/** The tag as it is written: without surrounding spaces and leading `#`, inner spaces collapsed, NFC. */
export function cleanTag(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ');
}

/**
 * What two tags are compared by: case folded, the three apostrophes as one, and ґ as г (the letters
 * a keyboard layout or a habit swaps most often), so variants of one tag share a key.
 */
export function tagKey(text: string): string {
  return cleanTag(text).toLocaleLowerCase('uk').replace(APOSTROPHES, '\u2019').replace(/ґ/g, 'г');
}

/** How many articles carry each tag, from the tags of every article (written as each article has it). */
export function countTags(tagsPerArticle: Iterable<readonly string[]>): TagCount[] {
  const counts = new Map<string, number>();
  for (const tags of tagsPerArticle) {
    for (const tag of new Set(tags.map(cleanTag))) {
      if (tag !== '') counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts].map(([tag, count]) => ({ tag, count }));
}

const collator = new Intl.Collator('uk');
const byUse = (a: TagCount, b: TagCount): number => b.count - a.count || collator.compare(a.tag, b.tag);

export type TagMatch =
  /** The typed tag exists exactly as typed (after `#` and spaces are dropped). */
  | { kind: 'exact'; tag: TagCount }
  /** An existing tag differs only in case, apostrophe or ґ/г: offer it instead of a new one. */
  | { kind: 'variant'; tag: TagCount }
  | { kind: 'new' };

/**
 * The existing tag to use for what was typed: the same tag, or the most used of its variants. A new tag
 * is allowed; `new` says that nothing in the library is spelled like it.
 */
export function matchTag(typed: string, existing: readonly TagCount[]): TagMatch {
  const clean = cleanTag(typed);
  const key = tagKey(clean);
  if (key === '') return { kind: 'new' };
  const same = existing.find((t) => cleanTag(t.tag) === clean);
  if (same) return { kind: 'exact', tag: same };
  const [variant] = existing.filter((t) => tagKey(t.tag) === key).sort(byUse);
  return variant ? { kind: 'variant', tag: variant } : { kind: 'new' };
}

/**
 * Autocomplete: existing tags that begin with what was typed, then those with a later word beginning with
 * it (`війна` finds `російсько-українська війна`), each group most used first. Variants of one tag are
 * offered once, as the most used spelling; tags the article already has are left out.
 */
export function suggestTags(
  typed: string,
  existing: readonly TagCount[],
  { limit = 8, chosen = [] }: { limit?: number; chosen?: readonly string[] } = {},
): TagCount[] {
  const key = tagKey(typed);
  const chosenKeys = new Set(chosen.map(tagKey));
  const seen = new Set<string>();
  const starts: TagCount[] = [];
  const wordStarts: TagCount[] = [];
  for (const tag of [...existing].sort(byUse)) {
    const tagKeyed = tagKey(tag.tag);
    if (tagKeyed === '' || seen.has(tagKeyed) || chosenKeys.has(tagKeyed)) continue;
    seen.add(tagKeyed);
    if (tagKeyed.startsWith(key)) starts.push(tag);
    else if (tagKeyed.split(/[\s\-–—/]+/).some((word, i) => i > 0 && word.startsWith(key))) wordStarts.push(tag);
  }
  return [...starts, ...wordStarts].slice(0, limit);
}
