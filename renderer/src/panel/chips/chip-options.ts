import { cleanTag, matchTag, suggestTags, tagKey, type TagCount } from '../../../../shared/share/tag-match';

/** One line of a chips field's list: the value it adds, how many articles use it, and why it is offered. */
export interface ChipOption {
  value: string;
  count: number;
  /** `variant`: the library's spelling of what was typed (case, apostrophe, ґ/г), offered instead of it. */
  kind: 'existing' | 'variant' | 'new';
}

/**
 * The tag field's list for what was typed, the one Enter adds first: the library's own spelling when the
 * typed tag is a variant of one in use, else the typed text itself (existing or new); then tags beginning
 * with it. Tags the article has are not offered again.
 */
export function tagOptions(typed: string, library: readonly TagCount[], chosen: readonly string[]): ChipOption[] {
  const clean = cleanTag(typed);
  if (clean === '') return suggestTags('', library, { chosen }).map(existing);
  const match = matchTag(clean, library);
  const found = suggestTags(clean, library, { chosen }).map(existing);
  if (match.kind !== 'new' && !chosen.includes(match.tag.tag)) {
    // The tag typed or its library spelling, even where another spelling of it is used more.
    const first: ChipOption = { ...existing(match.tag), kind: match.kind === 'variant' ? 'variant' : 'existing' };
    return [first, ...found.filter((o) => tagKey(o.value) !== tagKey(first.value))];
  }
  // What was typed comes first, so Enter adds it: «Київ» must not turn into «Київщина» unasked.
  if (match.kind === 'new' && !chosen.includes(clean)) return [{ value: clean, count: 0, kind: 'new' }, ...found];
  return found;
}

/**
 * Authors to pick for what was typed: a name nobody has yet first (as typed), then people already credited
 * in the library whose name or surname begins with it, most credited first.
 */
export function authorOptions(typed: string, library: readonly TagCount[], chosen: readonly string[]): ChipOption[] {
  const clean = cleanTag(typed);
  const key = clean.toLocaleLowerCase('uk');
  const taken = new Set(chosen.map((name) => name.toLocaleLowerCase('uk')));
  const found = [...library]
    .filter(({ tag }) => !taken.has(tag.toLocaleLowerCase('uk')))
    .filter(({ tag }) => {
      const name = tag.toLocaleLowerCase('uk');
      return name.startsWith(key) || name.split(/\s+/).some((word) => word.startsWith(key));
    })
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'uk'))
    .slice(0, 8)
    .map(existing);
  const same = library.some(({ tag }) => tag.toLocaleLowerCase('uk') === key);
  return clean !== '' && !same && !taken.has(key) ? [{ value: clean, count: 0, kind: 'new' }, ...found] : found;
}

function existing({ tag, count }: TagCount): ChipOption {
  return { value: tag, count, kind: 'existing' };
}
