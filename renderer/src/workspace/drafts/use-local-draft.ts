import { useEffect, useMemo, useRef } from 'react';
import { afterIdle } from '../../editor/when-idle';
import { draftStore, type LocalDraft } from './draft-store';
import { lastCopy } from './last-copy';

/** Typing coalesces into one write this long after the first unsaved edit, and then at the next idle moment. */
const KEEP_DELAY_MS = 700;

export interface LocalDraftKeeper {
  /** An edit: schedules a write (cheap; called on every keystroke). */
  changed(): void;
  /** The host confirmed everything: the kept copy is dropped. */
  confirmed(): void;
  /** Keeps the current edits now (the article is being left); true once they are written in this browser. */
  keepNow(): Promise<boolean>;
  /** The page is going (reload, a closed tab): the edits are written before this returns (last-copy.ts). */
  keepBeforeThePageGoes(): void;
  /** This browser's IndexedDB holds the latest edit: a reload would lose nothing, whatever the host said. */
  holdsLatest(): boolean;
}

/**
 * Keeps the open article's unsaved edits in this browser (IndexedDB) until the host confirms a save, so a
 * word typed while the host is down or restarting survives a switch, a reload or a closed tab. Writes stay
 * off the typing path: at most one per KEEP_DELAY_MS, serialised when the page is idle.
 */
export function useLocalDraft(current: () => LocalDraft): LocalDraftKeeper {
  const currentRef = useRef(current);
  currentRef.current = current;
  const pending = useRef<(() => void) | null>(null);
  const keeper = useMemo<LocalDraftKeeper>(() => {
    const store = draftStore();
    const draft = (): LocalDraft => ({ ...currentRef.current(), keptAt: Date.now() });
    /**
     * Edits counted as they come, and the count the latest written copy held (-1: none is kept); `drops` is
     * bumped as the kept copy is dropped, for a write begun before that is deleted after it.
     */
    const count = { edits: 0, kept: -1, drops: 0 };
    const cancel = () => {
      pending.current?.();
      pending.current = null;
    };
    const keepNow = async () => {
      cancel();
      if (!store) return false;
      const holding = count.edits;
      const before = count.drops;
      // A full or blocked store: the edits are in memory only, and the caller must not count on this copy.
      return store.put(draft()).then(
        () => {
          if (before === count.drops) count.kept = Math.max(count.kept, holding);
          return true;
        },
        () => false,
      );
    };
    return {
      changed() {
        count.edits += 1;
        if (!store || pending.current) return;
        let cancelIdle: (() => void) | null = null;
        const timer = window.setTimeout(() => {
          cancelIdle = afterIdle(() => {
            pending.current = null;
            void keepNow();
          });
        }, KEEP_DELAY_MS);
        pending.current = () => {
          window.clearTimeout(timer);
          cancelIdle?.();
        };
      },
      confirmed() {
        cancel();
        count.drops += 1;
        count.kept = -1;
        const { id } = currentRef.current();
        lastCopy.drop(id);
        void store?.delete(id).catch(() => undefined);
      },
      keepNow,
      keepBeforeThePageGoes() {
        lastCopy.keep(draft());
      },
      holdsLatest: () => count.kept === count.edits,
    };
  }, []);
  useEffect(() => () => pending.current?.(), []);
  return keeper;
}
