import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsroomStatus, SyncState } from '../../../shared/newsroom/newsroom-link';
import { useApi } from '../api/api-context';
import { holdsBack } from './sync-words';

/** How long a background exchange may run before the status bar says «Синхронізація…». */
export const SYNCING_SHOWN_AFTER_MS = 1500;

export interface NewsroomView {
  /** The library's link and sync state as the host last said; null until the first answer. */
  status: NewsroomStatus | null;
  /** The sync state to show: like `status.sync`, but a short background exchange is not shown (holdsBack). */
  shown: SyncState | null;
  /** The state the last exchange ended in (never `syncing`): what the person may have to act on. */
  settled: SyncState | null;
  /** An answer of newsroom.join, leave or syncNow: taken at once. */
  accept(status: NewsroomStatus): void;
  /** Asks the host again (another library was opened). */
  reload(): Promise<void>;
}

/**
 * The open library's newsroom link and where it stands, read at start and followed through `newsroom.sync`.
 * A state of a library whose link this page does not know yet (another library was opened) sends it to ask.
 */
export function useNewsroom(enabled: boolean): NewsroomView {
  const api = useApi();
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  const [shown, setShown] = useState<SyncState | null>(null);
  const [settled, setSettled] = useState<SyncState | null>(null);
  const statusRef = useRef<NewsroomStatus | null>(null);
  const shownRef = useRef<SyncState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((sync: SyncState) => {
    clearTimeout(timer.current);
    const now = () => {
      shownRef.current = sync;
      setShown(sync);
    };
    if (holdsBack(shownRef.current, sync)) timer.current = setTimeout(now, SYNCING_SHOWN_AFTER_MS);
    else now();
  }, []);

  const accept = useCallback(
    (next: NewsroomStatus) => {
      statusRef.current = next;
      setStatus(next);
      if (next.sync.kind !== 'syncing') setSettled(next.sync);
      show(next.sync);
    },
    [show],
  );

  const reload = useCallback(async () => {
    try {
      accept(await api.invoke('newsroom.get', {}));
    } catch {
      // A library that cannot be opened has no newsroom either: the page says why elsewhere.
    }
  }, [api, accept]);

  useEffect(() => {
    if (!enabled) return;
    // reload() sets state only once its request answers, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    return api.on('newsroom.sync', (sync) => {
      const known = statusRef.current;
      if (sync.kind === 'unlinked') return accept({ link: null, sync });
      if (!known?.link) {
        void reload();
        return;
      }
      accept({ link: known.link, sync });
    });
  }, [api, enabled, accept, reload]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { status, shown, settled, accept, reload };
}
