import { ApiError, toApiError } from '../../../shared/api/errors';

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; error: ApiError };

export interface AutosaveOptions {
  /** Writes the current version; resolves with the save time (ISO). */
  save: () => Promise<{ savedAt: string }>;
  onState: (state: SaveState) => void;
  /** Save this long after typing stops. */
  idleMs?: number;
  /** ...and at least this often while typing goes on. */
  maxDelayMs?: number;
  /** A failed save is retried after this long (the edits stay in memory meanwhile). */
  retryMs?: number;
}

/**
 * Decides when to save: ~1 s after typing stops and at least every 10 s of continuous typing.
 * Never two saves at once; an edit during a save schedules the next one. A conflict stops
 * autosaving until the journalist chooses, so nothing is written over someone else's version.
 */
export class Autosave {
  private dirty = false;
  private saving = false;
  /** The save in flight, settled either way; flush() waits for it. */
  private inFlight: Promise<unknown> = Promise.resolve();
  private blocked = false;
  /** Bumped by reset() and dispose(), so a save that finishes afterwards reports nothing. */
  private generation = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private maxTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly idleMs: number;
  private readonly maxDelayMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.idleMs = options.idleMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.retryMs = options.retryMs ?? 5000;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.saving;
  }

  /** Called on every edit. Cheap: it only moves a timer. */
  touch(): void {
    const wasDirty = this.dirty;
    this.dirty = true;
    if (this.blocked) return;
    if (!wasDirty && !this.saving) this.options.onState({ kind: 'dirty' });
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.run();
    }, this.idleMs);
    if (this.maxTimer === null) {
      this.maxTimer = setTimeout(() => {
        this.maxTimer = null;
        void this.run();
      }, this.maxDelayMs);
    }
  }

  /**
   * Saves now if anything is unsaved (Ctrl+S, switching articles, closing, the retry button). A save already
   * on its way holds an older version: wait for it, then write what came after, so the caller that goes on
   * to close the article loses nothing.
   */
  async flush(): Promise<void> {
    this.blocked = false;
    while (this.saving) await this.inFlight;
    if (this.dirty) await this.run();
  }

  /** After the journalist resolved a conflict: the next edit saves again. */
  unblock(): void {
    this.blocked = false;
  }

  /** The version on disk was taken as it is: nothing local is left to save. */
  reset(): void {
    this.generation += 1;
    this.clearTimers();
    this.dirty = false;
    this.blocked = false;
    this.options.onState({ kind: 'clean' });
  }

  dispose(): void {
    this.generation += 1;
    this.clearTimers();
    this.blocked = true;
  }

  private clearTimers(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    if (this.maxTimer !== null) clearTimeout(this.maxTimer);
    this.idleTimer = null;
    this.maxTimer = null;
  }

  private async run(): Promise<void> {
    if (this.saving || this.blocked || !this.dirty) return;
    this.clearTimers();
    const generation = this.generation;
    this.dirty = false;
    this.saving = true;
    this.options.onState({ kind: 'saving' });
    try {
      const saving = this.options.save();
      this.inFlight = saving.catch(() => undefined);
      const { savedAt } = await saving;
      this.saving = false;
      if (generation !== this.generation) return;
      if (!this.dirty) {
        this.options.onState({ kind: 'saved', at: savedAt });
        return;
      }
      // Edits arrived during the save; their timers may have fired meanwhile, so plan the next save.
      this.options.onState({ kind: 'dirty' });
      if (this.idleTimer === null) this.touch();
    } catch (caught) {
      this.saving = false;
      if (generation !== this.generation) return;
      this.dirty = true;
      const error = caught instanceof ApiError ? caught : toApiError(caught);
      if (error.code === 'conflict') {
        this.blocked = true;
        this.options.onState({ kind: 'conflict', error });
        return;
      }
      this.options.onState({ kind: 'error', error });
      this.clearTimers();
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        void this.run();
      }, this.retryMs);
    }
  }
}
