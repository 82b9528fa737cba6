/**
 * Ukrainian words for search: normalisation, a fast tokenizer and a light suffix-stripping stemmer.
 *
 * The stemmer follows the published "ukrstemmer" / Snowball scheme (endings are stripped only from the
 * region after the first vowel, longest ending first) with stem rules added for what that scheme gets
 * wrong in news text. It is a search aid, not a morphological analyser: it must send the forms of one
 * word to one stem and keep unrelated words apart often enough to be useful, and it must be fast.
 *
 * Every rule after the ending is removed is a function of the stem alone, so it can only merge stems,
 * never split the forms of a word that already met. What it merges on purpose:
 * - `гарантія`, `гарантії`, `гарантій`, `гарантіями` → `гарант` (the -і- of -ія nouns and a final vowel go);
 * - `заявив`, `заявила`, `заявили`, `заява` → `заяв`; `Ярослав`, `Ярослава` → `яросл` (past-tense -в/-л
 *   with the vowel before it, which also drops the -ов/-ів of `Львів`, `Львова`, `Харкова`);
 * - `питання`, `питань` → `питан` (double consonants at the end collapse);
 * - `розвиток`, `розвитку`; `кінець`, `кінця`; `рівень`, `рівня`; `земля`, `земель` (dropped vowel);
 * - `діяльність`, `діяльності` → `діяльніст` (і/о in -ість);
 * - `новіший`, `найновіший` → `нов` (comparative -іш- and the superlative prefix най-).
 * Known limits, accepted for a light stemmer: consonant changes before -і (`безпека`, but `безпеці`),
 * і/о and е/о in roots other than -ість (`рік`/`року`, `день`/`дня`, `Київ`/`Києва` are listed as
 * exceptions; `стіл`/`стола`, `школа`/`шкіл` are not), infinitives (`заявити` keeps its `-т`: stripping
 * `-ти` would break `результати`, `депутати`), suppletive forms (`людина`/`люди`), and collisions of
 * related or short roots (`уряд`/`урядовий`, `нафта`/`нафтовий`, `Іван`/`Іванов`, `сім`/`сім’я`).
 * Words that must stay apart do (the tests hold them): `безпека`/`безпечний`, `рада`/`радість`,
 * `мир`/`міра`, `ціна`/`цінність`, `Україна`/`українець`, `газ`/`газета`, `суд`/`судно`.
 *
 * Pure TypeScript: no Node, no DOM.
 */

/** Bump when any rule here changes: stems stored in an index are then stale and it must be rebuilt. */
export const STEMMER_VERSION = 1;

const APOSTROPHES = /['\u2019\u02BC]/g;
/** After NFC the only marks left are ones no letter absorbs, above all the stress mark U+0301. */
const MARKS = /\p{M}/gu;

/**
 * NFC, lower case, no stress mark (nor any other mark NFC leaves loose), no apostrophe:
 * `П’ять`, `п'ять`, `пʼять` → `пять`; `безпе́ка` → `безпека`. `ґ`, `ї`, `й` stay themselves.
 */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(MARKS, '').replace(APOSTROPHES, '');
}

/**
 * A word: letters and marks (U+02BC is a letter in Unicode but an apostrophe in Ukrainian, so it is
 * excluded) and digits, joined by an apostrophe inside the word, a hyphen between word parts, or a
 * decimal point or comma between digits (`15,5`). As a regular expression:
 *   `(?:[^\P{L}\u02BC]|[\p{M}\p{Nd}])+` joined by `['’ʼ]`, `[-‐‑]` or `(?<=\p{Nd})[.,](?=\p{Nd})`.
 * Not Intl.Segmenter: it takes over a minute on a 50,000-word string under Node 20. And not that regular
 * expression either: Unicode property classes cost ~0.4 µs a word in V8, and snippets for a page of
 * results tokenize whole articles. A scan over a table of character kinds is several times faster.
 */
const enum Kind {
  Unknown = 0,
  Other,
  Letter,
  Digit,
  Apostrophe,
  Hyphen,
  Point,
}

const KIND_OF_BMP = new Uint8Array(0x10000);

function classify(char: string): Kind {
  if (char === "'" || char === '\u2019' || char === '\u02BC') return Kind.Apostrophe;
  if (char === '-' || char === '\u2010' || char === '\u2011') return Kind.Hyphen;
  if (char === '.' || char === ',') return Kind.Point;
  if (/\p{Nd}/u.test(char)) return Kind.Digit;
  if (/[\p{L}\p{M}]/u.test(char)) return Kind.Letter;
  return Kind.Other;
}

/** Set on the kind of a character outside the BMP: it takes two UTF-16 units. */
const ASTRAL = 8;

/** The kind of the character at `i`, with {@link ASTRAL} set for a surrogate pair. */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) return classify(String.fromCodePoint(point)) | ASTRAL;
  }
  let kind = KIND_OF_BMP[code] as Kind;
  if (kind === Kind.Unknown) {
    kind = classify(String.fromCharCode(code));
    KIND_OF_BMP[code] = kind;
  }
  return kind;
}

const widthOf = (kind: number) => (kind & ASTRAL ? 2 : 1);
const isWordChar = (kind: number) => (kind & ~ASTRAL) === Kind.Letter || (kind & ~ASTRAL) === Kind.Digit;
const isDigit = (kind: number) => (kind & ~ASTRAL) === Kind.Digit;

export interface WordSpan {
  /** The word as written, e.g. `південно-східний`, `п’ять`. */
  word: string;
  /** [start, end) offsets in the text (UTF-16 code units). */
  start: number;
  end: number;
}

/** Where a word is, without copying it out: a scan that looks at most words and keeps few stays cheap. */
export interface WordBounds {
  start: number;
  end: number;
  /** Joined by a hyphen (`південно-східний`): its parts are words of their own for search. */
  hyphenated: boolean;
}

/** Finds the first word that starts at or after `from`; fills `out` and returns true, or returns false. */
export function findWord(text: string, from: number, out: WordBounds): boolean {
  const length = text.length;
  let i = from;
  let kind = Kind.Other as number;
  while (i < length) {
    kind = kindAt(text, i);
    if (isWordChar(kind)) break;
    i += widthOf(kind);
  }
  if (i >= length) return false;
  const start = i;
  let previous = kind;
  let hyphenated = false;
  i += widthOf(kind);
  while (i < length) {
    kind = kindAt(text, i);
    if (isWordChar(kind)) {
      previous = kind;
      i += widthOf(kind);
      continue;
    }
    // A joiner joins only when a word character follows it; a point only between digits.
    const point = kind === Kind.Point;
    const hyphen = kind === Kind.Hyphen;
    if (!(kind === Kind.Apostrophe || hyphen || (point && isDigit(previous)))) break;
    if (i + 1 >= length) break;
    const next = kindAt(text, i + 1);
    if (!isWordChar(next) || (point && !isDigit(next))) break;
    if (hyphen) hyphenated = true;
    previous = next;
    i += 1 + widthOf(next);
  }
  out.start = start;
  out.end = i;
  out.hyphenated = hyphenated;
  return true;
}

/** The first word that starts at or after `from`, or null. */
export function nextWord(text: string, from: number): WordSpan | null {
  const bounds: WordBounds = { start: 0, end: 0, hyphenated: false };
  if (!findWord(text, from, bounds)) return null;
  return { word: text.slice(bounds.start, bounds.end), start: bounds.start, end: bounds.end };
}

/** The words of a text with their offsets, one at a time: a caller that needs only the first few stops early. */
export function* eachWordSpan(text: string): Generator<WordSpan, void, undefined> {
  for (let span = nextWord(text, 0); span; span = nextWord(text, span.end)) yield span;
}

/** The words of a text with their offsets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let span = nextWord(text, 0); span; span = nextWord(text, span.end)) spans.push(span);
  return spans;
}

/** The words of a text as written; hyphenated words and apostrophes inside words stay whole. */
export function tokenizeUk(text: string): string[] {
  const words: string[] = [];
  for (let span = nextWord(text, 0); span; span = nextWord(text, span.end)) words.push(span.word);
  return words;
}

const VOWELS = new Set('аеєиіїоуюя');
const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Inflectional endings of nouns, adjectives and verbs (case, number, person), stripped longest first.
 * Endings that would also eat the stem of common nouns are left out: `-ти` (`результати`), `-ла`/`-ли`
 * (`школа`, `правила`), `-ать`/`-ять` (`пам’ять`, `десять`), bare `-в` (`Ярослав`); the stem rules
 * below deal with the verb forms they would have caught.
 */
const ENDINGS = [
  // verbs: future with -тиму-, present, imperative, gerunds
  'тимемо тимете тимуть тимеш тиме тиму ємо емо єте ете ють уть ить іть їть ите їте имо їмо єш еш иш їш',
  'ючи учи ячи ачи вши',
  // adjectives and pronoun-like declension
  'ього ьому ьою ьої ого ому ими іми ий ій їй им ім їм их іх їх ої',
  // nouns
  'ями ами ьми ьма ові еві єві ою ею єю ів їв ей ам ям ом ем єм ах ях',
  // one letter, shared by all three
  'а я о е є у ю і ї и й ь',
].flatMap((group) => group.split(' '));
const ENDINGS_BY_LENGTH = groupByLength(ENDINGS);
const REFLEXIVE = ['ся', 'сь'];

/** Past tense -в/-л with the vowel before it (`заявив`, `заявила` → `заяв`), and -ов/-ів of place names. */
const V_BEFORE_V = new Set('аеєиіїоуя');
const V_BEFORE_L = new Set('аиіяу');
/**
 * The vowel that comes and goes in -ок, -ець, -ень, -ель after a consonant: `розвиток`/`розвитку`,
 * `кінець`/`кінця`, `рівень`/`рівня`, `земля`/`земель`. Only these suffixes: `безпека`, `закон` keep theirs.
 */
const FLEETING = /(?<=[^аеєиіїоуюяь])(?:о(?=к$)|е(?=[цнл]$))/;
const SUPERLATIVE = /^(?:щонай|якнай|най)/;
/** The first letters of the superlative prefix, either case: the one start of a word that stemming changes. */
export const SUPERLATIVE_INITIALS: ReadonlySet<string> = new Set('нНщЩяЯ');

/** Whether a word, in any case, starts with the superlative prefix that stemming drops. */
export function hasSuperlativePrefix(word: string): boolean {
  return SUPERLATIVE.test(word.slice(0, 6).toLowerCase());
}

/** Irregular forms that matter in news and no suffix rule can join. */
const EXCEPTIONS = new Map<string, string>([
  ...forms('київ', ['київ', 'києва', 'києву', 'києві', 'києвом', 'києве']),
  ...forms('рок', ['рік', 'році']),
  ...forms('ден', ['день', 'дня', 'дню', 'днем', 'дні', 'днів', 'дням', 'днями', 'днях']),
]);

const MIN_STEM = 2;
/** The stem rules are guesses; they never leave fewer letters than this. */
const MIN_RULE_STEM = 3;

/**
 * The search stem of a word. Latin words and numbers come back normalised (lower case) and unchanged
 * otherwise; words of one or two letters too.
 */
export function stemUk(word: string): string {
  const w = normalizeWord(word);
  const exception = EXCEPTIONS.get(w);
  if (exception !== undefined) return exception;
  if (w.length <= MIN_STEM || !CYRILLIC.test(w)) return w;
  const region = regionStart(w);
  if (region < 0) return w;

  let stem = w;
  for (const ending of REFLEXIVE) {
    if (stem.endsWith(ending) && stem.length - ending.length >= Math.max(region, MIN_RULE_STEM + 1)) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  stem = stripEnding(stem, region);
  return normalizeStem(stem);
}

/** The stem rules: each depends only on the stem, so forms that share a stem keep sharing it. */
function normalizeStem(input: string): string {
  let stem = input;
  if (stem.endsWith('ь') && stem.length > MIN_RULE_STEM) stem = stem.slice(0, -1);
  // питання → питанн, питань → питан
  const last = stem.at(-1) ?? '';
  if (stem.length > MIN_RULE_STEM && last === stem.at(-2) && !VOWELS.has(last)) stem = stem.slice(0, -1);
  const beforeLast = stem.at(-2) ?? '';
  if (
    stem.length - 2 >= MIN_RULE_STEM &&
    ((stem.endsWith('в') && V_BEFORE_V.has(beforeLast)) || (stem.endsWith('л') && V_BEFORE_L.has(beforeLast)))
  ) {
    stem = stem.slice(0, -2);
  }
  if (stem.length > MIN_RULE_STEM && VOWELS.has(stem.at(-1) ?? '')) stem = stem.slice(0, -1);
  if (stem.length > MIN_RULE_STEM && stem.endsWith('ост')) stem = `${stem.slice(0, -3)}іст`;
  if (stem.length > MIN_RULE_STEM) stem = stem.replace(FLEETING, '');
  if (stem.length - 2 >= MIN_RULE_STEM && stem.endsWith('іш')) stem = stem.slice(0, -2);
  const prefix = SUPERLATIVE.exec(stem)?.[0];
  if (prefix && stem.length - prefix.length >= MIN_RULE_STEM) stem = stem.slice(prefix.length);
  return stem;
}

/** Strips the longest ending that lies wholly after the first vowel and leaves at least two letters. */
function stripEnding(word: string, region: number): string {
  for (
    let length = Math.min(ENDINGS_BY_LENGTH.length - 1, word.length - Math.max(region, MIN_STEM));
    length > 0;
    length -= 1
  ) {
    if (ENDINGS_BY_LENGTH[length]?.has(word.slice(-length))) return word.slice(0, -length);
  }
  return word;
}

/** The offset just after the first vowel (Snowball's RV), or -1 when the word has none. */
function regionStart(word: string): number {
  for (let i = 0; i < word.length; i += 1) if (VOWELS.has(word.charAt(i))) return i + 1;
  return -1;
}

function groupByLength(endings: readonly string[]): Set<string>[] {
  const groups: Set<string>[] = [];
  for (const ending of endings) {
    for (let i = groups.length; i <= ending.length; i += 1) groups.push(new Set());
    groups[ending.length]?.add(ending);
  }
  return groups;
}

function forms(stem: string, words: readonly string[]): [string, string][] {
  return words.map((word) => [word, stem]);
}
