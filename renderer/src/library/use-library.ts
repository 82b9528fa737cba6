import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';

type Listing = MethodOutput<'library.list'>;

/** The library listing, reloaded whenever the main side says the library changed. */
export function useLibrary(enabled: boolean) {
  const api = useApi();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const next = await api.invoke('library.list', {});
      setListing(next);
      setError(null);
      return next;
    } catch (caught) {
      setError(toApiError(caught).message);
      return null;
    }
  }, [api]);

  useEffect(() => {
    if (!enabled) return;
    // The state is set when the listing arrives, after an await, not synchronously in the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    return api.on('library.changed', () => void reload());
  }, [api, enabled, reload]);

  return { listing, error, reload };
}
