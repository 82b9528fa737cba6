import { CRASH_RELOAD_PARAM, CRASH_RELOAD_VALUE } from '../../../shared/api/crash-reload';

/**
 * What the page remembers (sessionStorage: this tab or window only, kept across a reload and a renderer
 * crash) about the article it shows, so that an article that kills the page is not opened again by itself
 * on the next load. Both hosts: the desktop host reloads a crashed window with a mark in its URL; in a
 * browser the journalist reloads the tab, and a load that ended without `pagehide` is taken for a crash.
 */

/** The few Storage methods used, so that tests can hand in any store. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface LoadNote {
  /** Asked to open, not yet drawn. */
  opening: string | null;
  /** Drawn and open. */
  open: string | null;
  /** The load ended normally (`pagehide`): a reload after it is not a crash. */
  exited: boolean;
}

const KEY = 'shpalta.load';

function read(storage: KeyValueStore): LoadNote | null {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<LoadNote> | null;
    if (!raw || typeof raw !== 'object') return null;
    const id = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
    return { opening: id(raw.opening), open: id(raw.open), exited: raw.exited === true };
  } catch {
    return null;
  }
}

/** What the last load of this page left behind, when it did not end normally. */
export interface CrashRecovery {
  /** The article that was opening or open when the page died, or null when none was. */
  articleId: string | null;
}

export class CrashMemory {
  private note: LoadNote = { opening: null, open: null, exited: false };

  private constructor(
    private readonly storage: KeyValueStore,
    /** Set when the last load died: read once at start. */
    readonly recovered: CrashRecovery | null,
  ) {}

  /**
   * Reads what the last load left and starts this one. A crash is a load that did not end with
   * `pagehide`, or the host's mark in the URL (the page may have lost its note with its renderer).
   */
  static start(storage: KeyValueStore, url: URL): CrashMemory {
    const last = read(storage);
    const marked = url.searchParams.get(CRASH_RELOAD_PARAM) === CRASH_RELOAD_VALUE;
    const died = last !== null && !last.exited;
    const recovered = marked || died ? { articleId: last?.opening ?? last?.open ?? null } : null;
    const memory = new CrashMemory(storage, recovered);
    memory.write();
    return memory;
  }

  /** The article is asked for: until it is drawn, a crash is put down to it. */
  opening(id: string | null): void {
    if (this.note.opening === id && id !== null) return;
    this.note = { ...this.note, opening: id, open: id === null ? null : this.note.open };
    this.write();
  }

  /** The article is on screen. */
  shown(id: string): void {
    if (this.note.opening !== id) return;
    this.note = { ...this.note, opening: null, open: id };
    this.write();
  }

  /** The page is going away normally (a reload, a navigation): the next load is no crash. */
  exited(): void {
    this.note = { ...this.note, exited: true };
    this.write();
  }

  private write(): void {
    try {
      this.storage.setItem(KEY, JSON.stringify(this.note));
    } catch {
      // A full or blocked store only costs the crash guard, never the page.
    }
  }
}

/** The address without the host's crash mark, so that a later reload by hand is not taken for one. */
export function withoutCrashMark(url: URL): string | null {
  if (!url.searchParams.has(CRASH_RELOAD_PARAM)) return null;
  const next = new URL(url.href);
  next.searchParams.delete(CRASH_RELOAD_PARAM);
  return next.pathname + next.search + next.hash;
}
