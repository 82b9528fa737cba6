import { inflect, type SuffixRules } from './affix-rules';

/**
 * A way to add a word that declines: the dictionary form to add (`Виткофф`, also when the text has
 * `Виткоффа`), the dictionary word it declines like, and the forms it then takes (the word among them).
 */
export interface ModelWord {
  word: string;
  model: string;
  forms: string[];
}

const MAX_MODELS = 5;

interface Group {
  stem: string;
  flags: string;
  ending: number;
  count: number;
  model: string;
}

/**
 * Dictionary words (.dic text) a new word could decline like, best first. The word may be any of its
 * forms, so each stem it could have (the word itself, or the word less an ending some rule adds) is
 * compared with the dictionary's stems written the same way (capitalised or not): per stem and set of
 * flags, the dictionary stem with the longest shared ending is the model, and the groups with the longest
 * endings, then the most such stems, come first. A group counts only if its flags give the stem the word
 * itself and some other form. `Виткоффа` finds `Виткофф` like the surnames in -офф; `Ярошенка`, `Ярошенко`.
 * `related` are other unknown words of the text that may be forms of the same one: a model that gives more of
 * them comes first, so `Гегсету` beside `Гегсетом` offers `Гегсет` (like Ліпсет) before `Гегсета` (like Агнета).
 */
export function findModelWords(
  word: string,
  dic: string,
  rules: SuffixRules,
  related: readonly string[] = [],
  limit = MAX_MODELS,
): ModelWord[] {
  const capital = isCapital(word.charAt(0));
  const stems = possibleStems(word, rules);
  const byLastLetter = new Map<string, string[]>();
  for (const stem of stems) {
    const last = stem.charAt(stem.length - 1).toLowerCase();
    byLastLetter.set(last, [...(byLastLetter.get(last) ?? []), stem.toLowerCase()]);
  }
  const groups = new Map<string, Group>();
  let previous = '';
  let start = dic.indexOf('\n') + 1; // the first line is the count of entries
  while (start < dic.length) {
    let end = dic.indexOf('\n', start);
    if (end < 0) end = dic.length;
    const line = start;
    start = end + 1;
    const slash = dic.indexOf('/', line);
    if (slash < 0 || slash > end || slash === line) continue;
    const candidates = byLastLetter.get(dic.charAt(slash - 1).toLowerCase());
    if (!candidates || isCapital(dic.charAt(line)) !== capital) continue;
    const dictionaryStem = dic.slice(line, slash);
    // Hunspell models a word on the first entry of a stem (its lookup); homonyms follow it in the file.
    if (dictionaryStem === previous) continue;
    previous = dictionaryStem;
    if (/[\s-]/.test(dictionaryStem)) continue;
    const flags = dic.slice(slash + 1, end).trim();
    for (const stem of candidates) {
      if (stem === dictionaryStem.toLowerCase()) continue;
      const ending = sharedEnding(stem, dictionaryStem.toLowerCase());
      const key = `${stem}/${flags}`;
      const group = groups.get(key);
      if (!group || ending > group.ending) groups.set(key, { stem, flags, ending, count: 1, model: dictionaryStem });
      else if (ending === group.ending) group.count++;
    }
  }
  const chosen: ModelWord[] = [];
  // A stem longer than the word (a verb's -ти, an adjective's -ий for a noun's form) comes after the rest:
  // a name in the text is its own stem or that stem with a case ending. The best group of each stem comes
  // first, so that `Макрона` offers both `Макрона` (like Верона) and `Макрон` near the top.
  const longer = (group: Group) => (group.stem.length > word.length ? 1 : 0);
  const written = (group: Group) => stems.find((s) => s.toLowerCase() === group.stem) ?? group.stem;
  const covered = new Map<Group, number>();
  if (related.length > 0) {
    for (const group of groups.values()) {
      const forms = new Set(inflect(written(group), group.flags, rules));
      covered.set(group, related.filter((other) => forms.has(other)).length);
    }
  }
  const coverage = (group: Group) => covered.get(group) ?? 0;
  const sorted = [...groups.values()].sort(
    (a, b) => longer(a) - longer(b) || coverage(b) - coverage(a) || b.ending - a.ending || b.count - a.count,
  );
  const leaders = new Set<Group>();
  const seenStems = new Set<string>();
  for (const group of sorted) {
    if (seenStems.has(group.stem) || !inflect(written(group), group.flags, rules).includes(word)) continue;
    seenStems.add(group.stem);
    leaders.add(group);
  }
  const ranked = [...leaders, ...sorted.filter((group) => !leaders.has(group))];
  for (const group of ranked) {
    const stem = written(group);
    const forms = inflect(stem, group.flags, rules);
    if (forms.length < 2 || !forms.includes(word)) continue;
    chosen.push({ word: stem, model: group.model, forms });
    if (chosen.length === limit) break;
  }
  return chosen;
}

/** The word, and each stem some suffix rule turns into the word (as written: capitals kept). */
function possibleStems(word: string, rules: SuffixRules): string[] {
  const stems = new Set([word]);
  for (const list of rules.values()) {
    for (const rule of list) {
      if (rule.add === '' || !word.endsWith(rule.add)) continue;
      const stem = word.slice(0, word.length - rule.add.length) + rule.strip;
      if (stem.length >= 2 && rule.condition.test(stem)) stems.add(stem);
    }
  }
  return [...stems];
}

function isCapital(first: string): boolean {
  return first !== first.toLowerCase();
}

/** How many letters at the end two words share. */
function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
