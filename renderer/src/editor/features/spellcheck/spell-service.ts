import { spellKey } from '../../../../../shared/text/spell/spell-key';
import { reasonOf } from './reason-of';
import type { SpellChecker } from './spell-checker';

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
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly suggestions = new Map<string, Promise<string[]>>();
  private readonly ignored = new Set<string>();
  private personal = new Set<string>();
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

  /** A word to underline: the dictionary rejects it and the journalist has not skipped it. */
  isMisspelled(key: string): boolean {
    return this.verdicts.get(key) === false && !this.ignored.has(key);
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
      const asked = this.checker.check(batch).then(
        (answers) => {
          if (generation !== this.generation) return;
          batch.forEach((key, i) => this.verdicts.set(key, answers[i] ?? true));
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

  /** «Додати до словника» for this session at once (saving it in the settings is the caller's part). */
  async accept(key: string): Promise<void> {
    this.personal.add(key);
    this.verdicts.set(key, true);
    this.emit({ kind: 'forget', keys: new Set([key]) });
    await this.changeChecker([key], []);
  }

  /** The personal dictionary as the settings hold it (on start, and when the settings change it). */
  async setPersonalWords(words: readonly string[]): Promise<void> {
    const next = new Set(words.map(spellKey));
    const added = [...next].filter((key) => !this.personal.has(key));
    const removed = [...this.personal].filter((key) => !next.has(key));
    this.personal = next;
    if (added.length === 0 && removed.length === 0) return;
    await this.changeChecker(added, removed);
  }

  private async changeChecker(added: string[], removed: string[]): Promise<void> {
    this.generation++;
    // Hunspell accepts the capitalised and upper-case forms of an added word: forget every case of it.
    const changed = new Set([...added, ...removed].map((key) => key.toLowerCase()));
    for (const key of [...this.verdicts.keys()]) if (changed.has(key.toLowerCase())) this.verdicts.delete(key);
    for (const key of added) this.verdicts.set(key, true);
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
