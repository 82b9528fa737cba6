import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { toApiError, type ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';

export type Trash = MethodOutput<'library.trash'>;
export type TrashedItem = Trash['items'][number];

/** The trash, kept current for the «Кошик (3)» count and the trash view. */
export function useTrash(enabled: boolean) {
  const api = useApi();
  const [trash, setTrash] = useState<Trash | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      setTrash(await api.invoke('library.trash', {}));
      setError(null);
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, [api]);

  useEffect(() => {
    if (!enabled) return;
    // The state is set when the answer arrives, after an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    return api.on('library.changed', () => void reload());
  }, [api, enabled, reload]);

  return { trash, error, reload };
}
