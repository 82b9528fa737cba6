import type { LocalDraft } from './draft-store';

const PREFIX = 'shpalta-last-edits:';

/**
 * The page's last-resort copy of unsaved edits, written synchronously as the page goes (beforeunload,
 * pagehide): neither a save nor an IndexedDB write is sure to finish before a reload tears the page down,
 * but localStorage is written before the call returns. Read on open beside the IndexedDB draft, dropped
 * with it once the host confirms a save. Where the page has no localStorage (or it is full), nothing is kept.
 */
export const lastCopy = {
  keep(draft: LocalDraft): void {
    try {
      localStorage.setItem(PREFIX + draft.id, JSON.stringify(draft));
    } catch {
      // Full or blocked: the IndexedDB draft and the save on its way are all there is.
    }
  },
  read(id: string): LocalDraft | null {
    try {
      const text = localStorage.getItem(PREFIX + id);
      return text ? (JSON.parse(text) as LocalDraft) : null;
    } catch {
      return null;
    }
  },
  drop(id: string): void {
    try {
      localStorage.removeItem(PREFIX + id);
    } catch {
      // Nothing to drop where there is no storage.
    }
  },
};
