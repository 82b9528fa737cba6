import { ApiError } from '../../../../../shared/api/errors';
import type { ParamValue } from '../../../../../shared/i18n/message';
import type { ShpaltaApi } from '../../../../../shared/api/contract';
import { withApostrophe } from '../../../../../shared/text/spell/spell-key';
import { reasonOf } from './reason-of';
import { outletApostrophe, PersonalDictionaryFullError, savePersonalWord } from './personal-dictionary';
import { onPersonalWords } from './personal-words-events';
import { SpellService } from './spell-service';
import { startSpellWorker, WorkerSpellChecker } from './worker-spell-checker';

/** Something the journalist must hear about, beside the editor (the status line). */
export type SpellNotice =
  | { kind: 'personal-words-unreadable'; reason: ParamValue }
  | { kind: 'word-not-saved'; word: string; reason: ParamValue }
  | { kind: 'dictionary-full' };

/**
 * Spellcheck for one window: the SpellService plus what comes from the settings (the outlet's apostrophe,
 * the personal dictionary, read at start and followed when it changes) and notices for the journalist.
 */
export class SpellSession {
  /** The outlet's apostrophe, for suggestions and saved words; ’ until the settings are read. */
  apostrophe = '\u2019';
  private currentNotice: SpellNotice | null = null;
  private readonly noticeListeners = new Set<(notice: SpellNotice | null) => void>();
  private stopFollowing: (() => void) | null = null;

  constructor(
    readonly service: SpellService,
    private readonly api: ShpaltaApi,
  ) {}

  /** Reads the settings and follows the personal dictionary and the outlet's apostrophe from then on. Never rejects. */
  async start(): Promise<void> {
    // Only a failed checker fails here, and its status already says so.
    if (!this.stopFollowing) {
      const stopWords = onPersonalWords((words) => void this.service.setPersonalWords(words).catch(() => undefined));
      // The apostrophe is the outlet's: a colleague's choice in the library's profile applies from then on.
      const stopOutlet = this.api.on('outlet.changed', () => {
        void outletApostrophe(this.api).then((apostrophe) => (this.apostrophe = apostrophe));
      });
      this.stopFollowing = () => {
        stopWords();
        stopOutlet();
      };
    }
    try {
      const [settings, apostrophe] = await Promise.all([
        this.api.invoke('settings.get', {}),
        outletApostrophe(this.api),
      ]);
      this.apostrophe = apostrophe;
      await this.service.setPersonalWords(settings.spelling.personalWords);
    } catch (error) {
      // A checker that failed is reported by its status; only the settings' failure is news here.
      if (this.service.status.kind !== 'error') {
        this.notify({ kind: 'personal-words-unreadable', reason: wordedReason(error) });
      }
    }
  }

  /** Stops following the settings (the window's session never does; tests do). */
  close(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
  }

  get notice(): SpellNotice | null {
    return this.currentNotice;
  }

  onNotice(listener: (notice: SpellNotice | null) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  notify(notice: SpellNotice | null): void {
    this.currentNotice = notice;
    for (const listener of this.noticeListeners) listener(notice);
  }

  /** The word as the text should have it: the outlet's apostrophe instead of the dictionary's. */
  written(word: string): string {
    return withApostrophe(word, this.apostrophe);
  }

  /**
   * «Додати до словника»: accepted at once in every editor, then saved in the settings. With a model (a
   * dictionary word that declines the same way), all the word's forms are accepted.
   */
  async addToDictionary(key: string, model: string | null = null): Promise<void> {
    const word = this.written(key);
    try {
      await this.service.accept(key, model);
      await savePersonalWord(this.api, word, model);
    } catch (error) {
      this.notify(
        error instanceof PersonalDictionaryFullError
          ? { kind: 'dictionary-full' }
          : { kind: 'word-not-saved', word, reason: wordedReason(error) },
      );
    }
  }
}

const sessions = new WeakMap<ShpaltaApi, SpellSession>();

/**
 * The window's one spellchecker: the worker starts (and loads its 8.6 MB dictionary, ~95 MB in memory)
 * when the first article opens, and serves every article after it.
 */
export function windowSpellSession(api: ShpaltaApi): SpellSession {
  let session = sessions.get(api);
  if (!session) {
    session = new SpellSession(new SpellService(new WorkerSpellChecker(startSpellWorker())), api);
    sessions.set(api, session);
    void session.start();
  }
  return session;
}

/** The window's session where the host has workers (Electron, Chromium); none in jsdom, in other features' tests. */
export function availableSpellSession(api: ShpaltaApi): SpellSession | null {
  return typeof Worker === 'undefined' ? null : windowSpellSession(api);
}

/** A service error stays a catalogue message, so the notice words it in the UI's language. */
function wordedReason(error: unknown): ParamValue {
  return error instanceof ApiError ? error.reason : reasonOf(error);
}
