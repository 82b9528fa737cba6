import type { Article } from '../../../../shared/domain/article';

/** Edits this browser holds for an article until the host confirms them. */
export interface LocalDraft {
  id: string;
  /** The version on disk the edits started from: sent as the save's base, so a conflict stays a conflict. */
  baseHash: string;
  article: Article;
  /**
   * What the saves sent since the base, unanswered (on their way, or their answer lost), sent. If the disk
   * holds one when the copy is read, that save landed: the edits stand on the disk's version, and taking the
   * old base would make a false conflict.
   */
  unconfirmed?: Article[];
  /** When the copy was made (ms since the epoch): of two copies (IndexedDB, the last-resort one) the later wins. */
  keptAt?: number;
}

export interface DraftStore {
  put(draft: LocalDraft): Promise<void>;
  get(id: string): Promise<LocalDraft | null>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'shpalta-drafts';
const STORE = 'drafts';

let opened: Promise<IDBDatabase> | null = null;

/**
 * The page's IndexedDB, where unsaved edits outlive a host that stopped (browser mode) until they are saved.
 * Null where the page has none (tests in jsdom); then edits live in memory only, as before.
 */
export function draftStore(): DraftStore | null {
  if (typeof indexedDB === 'undefined') return null;
  opened ??= openDatabase().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  const db = opened;
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    db.then(
      (database) =>
        new Promise<T>((resolve, reject) => {
          const transaction = database.transaction(STORE, mode);
          const request = act(transaction.objectStore(STORE));
          transaction.oncomplete = () => resolve(request.result);
          transaction.onerror = () => reject(transaction.error ?? request.error);
          transaction.onabort = () => reject(transaction.error ?? request.error);
        }),
    );
  return {
    put: async (draft) => {
      await run('readwrite', (store) => store.put(draft));
    },
    get: async (id) => ((await run('readonly', (store) => store.get(id))) as LocalDraft | undefined) ?? null,
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
