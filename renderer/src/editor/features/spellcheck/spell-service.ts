import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import {
  personalWordModel,
  personalWordText,
  type PersonalWord,
} from '../../../../../shared/text/spell/personal-words';
import { spellKey } from '../../../../../shared/text/spell/spell-key';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import { reasonOf } from './reason-of';
import type { AcceptedWord, SpellChecker } from './spell-checker';

export type CheckerStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

/** What open editors must do after the accepted words changed. */
export type SpellChange =
  /** Drop the marks of these keys now (the journalist accepted them). */
  | { kind: 'forget'; keys: ReadonlySet<string> }
  /** Look at every word again (the personal dictionary changed): cached verdicts keep it cheap. */
  | { kind: 'recheck' };

/** Words per message to the worker: a few milliseconds of hunspell each, so answers keep flowing. */
const BATCH = 2000;
const MAX_SUGGESTIONS = 6;

/**
 * The session's spelling knowledge, shared by every editor of the window: one verdict per word ever asked
 * (so a word is never sent to the checker twice), the words skipped for this session («Пропустити»), the
 * personal dictionary as the checker knows it, and the checker's status.
 */
export class SpellService {
  private readonly verdicts = new Map<string, boolean>();
  /** Rejected words that are valid but discouraged: a style suggestion, not a misspelling. */
  private readonly advice = new Map<string, StyleAdvice>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly suggestions = new Map<string, Promise<string[]>>();
  private readonly modelWords = new Map<string, Promise<ModelWord[]>>();
  private readonly ignored = new Set<string>();
  /** The personal dictionary as the checker knows it: each word's key and its model (null: this form only). */
  private personal = new Map<string, string | null>();
  /** Bumped when the personal dictionary changes: answers to older questions are not cached. */
  private generation = 0;
  private currentStatus: CheckerStatus = { kind: 'loading' };
  private readonly statusListeners = new Set<(status: CheckerStatus) => void>();
  private readonly changeListeners = new Set<(change: SpellChange) => void>();

  constructor(private readonly checker: SpellChecker) {
    checker.ready.then(
      () => this.setStatus({ kind: 'ready' }),
      (error: unknown) => this.setStatus({ kind: 'error', message: reasonOf(error) }),
    );
  }

  /** Settles when the checker can answer; rejects with its failure. */
  ready(): Promise<void> {
    return this.checker.ready;
  }

  get status(): CheckerStatus {
    return this.currentStatus;
  }

  onStatus(listener: (status: CheckerStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onChange(listener: (change: SpellChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Whether a word is known either way; unknown words are to be resolved first. */
  isKnown(key: string): boolean {
    return this.verdicts.has(key);
  }

  /** A word to underline: the dictionary rejects it, it is no discouraged word, and it was not skipped. */
  isMisspelled(key: string): boolean {
    return this.verdicts.get(key) === false && !this.ignored.has(key) && !this.advice.has(key);
  }

  /** The style suggestion on a word (dict_uk's avoid list, a -ючий participle), unless it was skipped. */
  styleAdvice(key: string): StyleAdvice | null {
    if (this.verdicts.get(key) !== false || this.ignored.has(key)) return null;
    return this.advice.get(key) ?? null;
  }

  /** Asks the checker about the words not known yet (each at most once at a time). Rejects if it fails. */
  async resolve(keys: Iterable<string>): Promise<void> {
    const waits = new Set<Promise<void>>();
    const missing: string[] = [];
    for (const key of keys) {
      if (this.verdicts.has(key)) continue;
      const flying = this.inFlight.get(key);
      if (flying) waits.add(flying);
      else missing.push(key);
    }
    for (let start = 0; start < missing.length; start += BATCH) {
      const batch = missing.slice(start, start + BATCH);
      const generation = this.generation;
      const asked = this.judge(batch).then(
        ({ answers, advice }) => {
          if (generation !== this.generation) return;
          batch.forEach((key, i) => this.verdicts.set(key, answers[i] ?? true));
          for (const [key, found] of advice) this.advice.set(key, found);
        },
        (error: unknown) => {
          // The worker died after loading: spellcheck stops, and says why.
          this.setStatus({ kind: 'error', message: reasonOf(error) });
          throw error;
        },
      );
      const settled = asked.finally(() => {
        for (const key of batch) if (this.inFlight.get(key) === settled) this.inFlight.delete(key);
      });
      for (const key of batch) this.inFlight.set(key, settled);
      waits.add(settled);
    }
    await Promise.all(waits);
  }

  /** The checker's verdicts on a batch, and its advice on the rejected words (they are few). */
  private async judge(batch: string[]): Promise<{ answers: boolean[]; advice: Map<string, StyleAdvice> }> {
    const answers = await this.checker.check(batch);
    const rejected = batch.filter((_, i) => answers[i] === false);
    const advice = new Map<string, StyleAdvice>();
    if (rejected.length === 0) return { answers, advice };
    const found = await this.checker.advise(rejected);
    rejected.forEach((key, i) => {
      const one = found[i];
      if (one) advice.set(key, one);
    });
    return { answers, advice };
  }

  /**
   * Dictionary words `key` could decline like, with the forms each gives it, those that also accept more of
   * the misspellings met so far that start like it (its other forms in the text) first. Asked once per word
   * and set of such misspellings.
   */
  models(key: string): Promise<ModelWord[]> {
    const related = this.likelyOtherForms(key);
    const asked = [key, ...related].join('\n');
    let found = this.modelWords.get(asked);
    if (!found) {
      found = this.checker.models(key, related);
      found.catch(() => this.modelWords.delete(asked));
      this.modelWords.set(asked, found);
    }
    return found;
  }

  /** Misspellings that share all but the last two letters of `key` (at least three): likely its other forms. */
  private likelyOtherForms(key: string): string[] {
    const start = key.slice(0, Math.max(3, key.length - 2)).toLowerCase();
    return [...this.verdicts]
      .filter(([other, verdict]) => !verdict && other !== key && other.toLowerCase().startsWith(start))
      .map(([other]) => other)
      .sort();
  }

  /** Up to six suggestions, best first, in the dictionary's spelling (apostrophe '); asked once per word. */
  suggest(key: string): Promise<string[]> {
    let found = this.suggestions.get(key);
    if (!found) {
      found = this.checker.suggest(key).then((list) => list.slice(0, MAX_SUGGESTIONS));
      found.catch(() => this.suggestions.delete(key));
      this.suggestions.set(key, found);
    }
    return found;
  }

  /** «Пропустити»: not underlined again in this session, in any article. */
  ignore(key: string): void {
    this.ignored.add(key);
    this.emit({ kind: 'forget', keys: new Set([key]) });
  }

  /**
   * «Додати до словника» for this session at once (saving it in the settings is the caller's part). With a
   * model, every form the model gives the word is accepted too.
   */
  async accept(key: string, model: string | null = null): Promise<void> {
    const remodelled = this.personal.has(key) && this.personal.get(key) !== model;
    this.personal.set(key, model);
    this.verdicts.set(key, true);
    this.emit({ kind: 'forget', keys: new Set([key]) });
    await this.changeChecker([{ word: key, model }], [], remodelled);
  }

  /** The personal dictionary as the settings hold it (on start, and when the settings change it). */
  async setPersonalWords(words: readonly PersonalWord[]): Promise<void> {
    const next = new Map(words.map((entry) => [spellKey(personalWordText(entry)), personalWordModel(entry)]));
    const added = [...next]
      .filter(([key, model]) => !this.personal.has(key) || this.personal.get(key) !== model)
      .map(([word, model]) => ({ word, model }));
    const removed = [...this.personal.keys()].filter((key) => !next.has(key));
    const remodelled = added.some(({ word }) => this.personal.has(word));
    this.personal = next;
    if (added.length === 0 && removed.length === 0) return;
    await this.changeChecker(added, removed, remodelled);
  }

  /** `remodelled`: a word already accepted now declines another way (or not at all): its old forms may go. */
  private async changeChecker(added: AcceptedWord[], removed: string[], remodelled: boolean): Promise<void> {
    this.generation++;
    // Hunspell accepts the capitalised and upper-case forms of an added word: forget every case of it. A word
    // added with a model brings forms no key names: every rejection is asked again (they are few). A removed
    // or remodelled word may take such forms with it: then every verdict is asked again (a rare change).
    const changed = new Set(added.map((entry) => entry.word.toLowerCase()));
    const modelled = added.some((entry) => entry.model !== null);
    if (removed.length > 0 || remodelled) this.verdicts.clear();
    for (const [key, verdict] of [...this.verdicts]) {
      if (changed.has(key.toLowerCase()) || (modelled && !verdict)) this.verdicts.delete(key);
    }
    for (const { word } of added) this.verdicts.set(word, true);
    if (added.length) await this.checker.addWords(added);
    if (removed.length) await this.checker.removeWords(removed);
    this.emit({ kind: 'recheck' });
  }

  private setStatus(status: CheckerStatus): void {
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private emit(change: SpellChange): void {
    for (const listener of this.changeListeners) listener(change);
  }
}
