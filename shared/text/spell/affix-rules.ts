/**
 * The suffix rules of a Hunspell .aff file, enough to say which forms a word takes with a given set of
 * flags: what Hunspell itself accepts after `add_with_affix(word, model)`. The uk dictionary uses only
 * single-character flags and suffixes (no prefixes, no continuation classes, no flag aliases), so strip,
 * add and the condition at the end of the word are the whole rule.
 */
export interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

export type SuffixRules = ReadonlyMap<string, readonly SuffixRule[]>;

export function parseSuffixRules(aff: string): SuffixRules {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const [, flag, strip, add, condition] = line.trim().split(/\s+/);
    // The header of a group (`SFX 1 Y 26`) has a count where a rule has its condition.
    if (!flag || strip === undefined || add === undefined || condition === undefined) continue;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add.split('/')[0]!,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The word and every form its flags give it, each once, the word first. */
export function inflect(word: string, flags: string, rules: SuffixRules): string[] {
  const forms = new Set([word]);
  for (const flag of flags) {
    for (const rule of rules.get(flag) ?? []) {
      if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
      forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
    }
  }
  return [...forms];
}
