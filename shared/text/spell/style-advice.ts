import { AVOID_WORDS, INFLECTIONS, PARTICIPLE_ALTERNATIVES, SOFT_ADJECTIVE_ENDINGS } from './avoid-words';

/**
 * Advice on a valid word that style guides discourage (UKRAINIAN.md §4): a word of dict_uk's avoid list,
 * or an active participle in -учий/-ючий/-ачий/-ячий. Shown as a style suggestion, never as a misspelling.
 */
export interface StyleAdvice {
  kind: 'avoid' | 'participle';
  /** The dictionary form: `прийом`, `зростаючий`. */
  lemma: string;
  /** Words to use instead, in their dictionary form, best first (may be empty for a participle). */
  preferred: string[];
  /** Of those, the ones that can take the word's place as they are, in the word's own form and case. */
  replacements: string[];
  /** A participle's rewrite as a clause: `що зростає` (singular) or `що зростають` (plural forms). */
  rewrite?: string;
}

/** Whether the dictionary accepts a word (the participle's verb must be a known verb). */
export type KnowsWord = (word: string) => boolean;

interface AvoidForm {
  lemma: string;
  adjective: boolean;
  ending: number;
  preferred: string[];
}

let avoidForms: Map<string, AvoidForm> | null = null;

function avoidFormsByWord(): Map<string, AvoidForm> {
  if (avoidForms) return avoidForms;
  avoidForms = new Map();
  for (const [lemma, inflection, preferred] of AVOID_WORDS) {
    const { cut, endings } = INFLECTIONS[inflection];
    const stem = lemma.slice(0, lemma.length - cut.length);
    endings.forEach((ending, at) => {
      const form = stem + ending;
      if (!avoidForms!.has(form)) {
        avoidForms!.set(form, { lemma, adjective: inflection === 'adj', ending: at, preferred: preferred.split('|') });
      }
    });
  }
  return avoidForms;
}

const PARTICIPLE = /^(.{2,}?[уюая])ч(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$/u;
const PLURAL_ENDINGS = new Set(['і', 'их', 'ими']);
const VOWELS = /['аеєиіїоуюя]$/u;

/** The advice on a word the dictionary rejected, or null when it is no discouraged word (a plain misspelling). */
export function styleAdvice(word: string, knows: KnowsWord): StyleAdvice | null {
  const lower = word.toLowerCase();
  const avoid = avoidFormsByWord().get(lower);
  if (avoid) {
    return {
      kind: 'avoid',
      lemma: avoid.lemma,
      preferred: avoid.preferred,
      replacements: replacementsFor(
        word,
        lower === avoid.lemma,
        avoid.adjective ? avoid.ending : null,
        avoid.preferred,
      ),
    };
  }
  const participle = PARTICIPLE.exec(lower);
  if (!participle) return null;
  const [, base = '', ending = ''] = participle;
  const plural = `${base}ть`;
  // A participle of a verb the dictionary knows; otherwise it is just a misspelled word with that ending.
  if (!knows(plural)) return null;
  const singular = singularOf(base).find(knows);
  if (!singular) return null;
  const lemma = `${base}чий`;
  const preferred = PARTICIPLE_ALTERNATIVES.get(lemma)?.split('|') ?? [];
  const index = (INFLECTIONS.adj.endings as readonly string[]).indexOf(ending);
  return {
    kind: 'participle',
    lemma,
    preferred,
    replacements: replacementsFor(word, lower === lemma, index, preferred),
    rewrite: `що ${PLURAL_ENDINGS.has(ending) ? plural : singular}`,
  };
}

/**
 * The third person singular of the verb whose participle stem is `base` (зростаю → зростає, веду → веде,
 * лежа → лежить, стоя → стоїть): candidates, for the dictionary to choose from.
 */
function singularOf(base: string): string[] {
  const stem = base.slice(0, -1);
  const last = base.slice(-1);
  if (last === 'ю' || last === 'у') return VOWELS.test(stem) ? [`${stem}є`] : [`${stem}е`, `${stem}є`];
  return [`${stem}ить`, `${stem}їть`];
}

/**
 * Preferred words that can stand in the word's place: all of them when the word is in its dictionary form;
 * for an adjective in another form, the preferred adjectives put into that form. Capitalised like the word.
 */
function replacementsFor(word: string, isLemma: boolean, ending: number | null, preferred: string[]): string[] {
  let forms: string[];
  if (isLemma) forms = preferred;
  else if (ending === null || ending < 0) forms = [];
  else forms = preferred.flatMap((adjective) => inflectAdjective(adjective, ending));
  const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
  return forms.map((form) => (capital ? form.charAt(0).toUpperCase() + form.slice(1) : form));
}

function inflectAdjective(adjective: string, ending: number): string[] {
  if (adjective.endsWith('ій')) return [adjective.slice(0, -2) + (SOFT_ADJECTIVE_ENDINGS[ending] ?? 'ій')];
  if (adjective.endsWith('ий')) return [adjective.slice(0, -2) + (INFLECTIONS.adj.endings[ending] ?? 'ий')];
  return [];
}
