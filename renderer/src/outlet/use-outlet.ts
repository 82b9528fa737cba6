import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutletState } from '../../../shared/api/contract';
import { toApiError, type ApiError } from '../../../shared/api/errors';
import { defaultOutletProfile } from '../../../shared/outlet/outlet-profile';
import { useApi } from '../api/api-context';

export interface OutletView {
  /** The library's profile; the defaults until it is read, or when it cannot be. */
  current: OutletState;
  /** Whether `current` came from the library (false: not read yet, or the library could not answer). */
  loaded: boolean;
  /** Why the profile could not be asked for (the library is not open); null when it was. */
  error: ApiError | null;
  reload(): Promise<void>;
  /** A profile this window just saved: shown at once, without asking again. */
  accept(state: OutletState): void;
}

const DEFAULT_STATE: OutletState = { profile: defaultOutletProfile(), hash: null, problem: null, logoDataUrl: null };

/**
 * The outlet profile kept in the library, read at start and again whenever outlet.json changes (a colleague's
 * save arriving by sync, another window's, another library opened): rubrics and the page follow without a
 * restart. Answers may come back in any order, so one older than the one shown is dropped.
 */
export function useOutlet(enabled: boolean): OutletView {
  const api = useApi();
  const [state, setState] = useState<{ current: OutletState; loaded: boolean; error: ApiError | null }>({
    current: DEFAULT_STATE,
    loaded: false,
    error: null,
  });
  const ticket = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    try {
      const current = await api.invoke('outlet.get', {});
      if (mine === ticket.current) setState({ current, loaded: true, error: null });
    } catch (error) {
      if (mine === ticket.current) setState((shown) => ({ ...shown, error: toApiError(error) }));
    }
  }, [api]);

  const accept = useCallback((current: OutletState) => {
    ticket.current += 1;
    setState({ current, loaded: true, error: null });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    return api.on('outlet.changed', () => void reload());
  }, [api, enabled, reload]);

  // A library that could not answer may open later (a retry, a drive plugged in): its list says so first.
  const failed = state.error !== null;
  useEffect(() => {
    if (!enabled || !failed) return;
    return api.on('library.changed', () => void reload());
  }, [api, enabled, failed, reload]);

  return { ...state, reload, accept };
}
