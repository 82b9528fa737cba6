/**
 * Hunspell suggests a word split in two whenever both halves are words (`поліцейські` → `по ліцейські`,
 * `по-ліцейські`; `зростаючого` → `зростаю чого`): nearly always harmful. A split is offered only when the
 * pair is itself a known phrase (`нажаль` → `на жаль`) or a hyphenated word of a known shape (`будьякий`
 * → `будь-який`, `поукраїнськи` → `по-українськи`).
 */
const KNOWN_PHRASES: ReadonlySet<string> = new Set([
  'на жаль',
  'до речі',
  'в цілому',
  'у цілому',
  'все одно',
  'так само',
  'тим часом',
  'в основному',
  'в принципі',
  'на щастя',
  'на відміну',
  'у разі',
  'в разі',
  'за кордоном',
  'за кордон',
  'до того',
  'як би',
  'що б',
  'то ж',
  'тим паче',
  'до побачення',
  'на добраніч',
  'в змозі',
  'у змозі',
]);

/** The first or last part of a hyphenated word: будь-хто, казна-що, хто-небудь, все-таки, як-от. */
const HYPHEN_HEADS: ReadonlySet<string> = new Set(['будь', 'казна', 'хтозна', 'бозна', 'абичий']);
const HYPHEN_TAILS: ReadonlySet<string> = new Set(['небудь', 'таки', 'то', 'от']);
/** по- adverbs: по-українськи, по-новому, по-перше. */
const PO_ADVERB = /^по-[а-яіїєґ']+(ськи|цьки|зьки|ому|ему|ше|ге|тє)$/u;

/** Whether `suggestion` is `word` with one space or hyphen put inside it. */
export function isSplitOf(word: string, suggestion: string): boolean {
  const gap = suggestion.search(/[ -]/u);
  if (gap <= 0 || gap !== suggestion.search(/[ -][^ -]*$/u)) return false;
  return (suggestion.slice(0, gap) + suggestion.slice(gap + 1)).toLowerCase() === word.toLowerCase();
}

function knownSplit(suggestion: string): boolean {
  const lower = suggestion.toLowerCase();
  if (KNOWN_PHRASES.has(lower)) return true;
  const [head = '', tail = ''] = lower.split('-');
  return lower.includes('-') && (HYPHEN_HEADS.has(head) || HYPHEN_TAILS.has(tail) || PO_ADVERB.test(lower));
}

/** The suggestions without splits of the word, unless a split is a known phrase. */
export function withoutSplits(word: string, suggestions: readonly string[]): string[] {
  return suggestions.filter((suggestion) => !isSplitOf(word, suggestion) || knownSplit(suggestion));
}
