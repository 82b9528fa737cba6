import { useEffect, useMemo } from 'react';
import { useApi } from '../api/api-context';
import { SyncGate } from './sync-gate';

/** Coming back to the window at most this often asks the server for news. */
export const FOCUS_SYNC_EVERY_MS = 5000;

/**
 * A linked library asks its server for news when the window gets the focus or the page becomes visible:
 * the person coming back sees what colleagues sent meanwhile, without waiting for the next interval.
 */
export function useSyncOnFocus(linked: boolean): void {
  const api = useApi();
  const gate = useMemo(() => new SyncGate(FOCUS_SYNC_EVERY_MS), []);

  useEffect(() => {
    if (!linked) return;
    const ask = () => {
      if (document.visibilityState !== 'visible' || !gate.pass(Date.now())) return;
      // What it finds arrives as `newsroom.sync`; a failure is that state too, never an error here.
      api.invoke('newsroom.syncNow', {}).catch(() => undefined);
    };
    window.addEventListener('focus', ask);
    document.addEventListener('visibilitychange', ask);
    return () => {
      window.removeEventListener('focus', ask);
      document.removeEventListener('visibilitychange', ask);
    };
  }, [api, gate, linked]);
}
