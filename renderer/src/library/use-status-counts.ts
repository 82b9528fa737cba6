import { useCallback, useEffect, useState } from 'react';
import type { StatusCounts } from '../../../shared/workflow/library-views';
import { useApi } from '../api/api-context';

/**
 * How many articles have each status, all and the person's own (by their name among the authors), for the
 * workflow views. Asked again whenever the library changes; null until the first answer or after a failure
 * (the views then show no counts; the list reports library errors itself).
 */
export function useStatusCounts(myName: string): StatusCounts | null {
  const api = useApi();
  const [counts, setCounts] = useState<StatusCounts | null>(null);

  const load = useCallback(async () => {
    try {
      setCounts(await api.invoke('library.statusCounts', { author: myName.trim() }));
    } catch {
      setCounts(null);
    }
  }, [api, myName]);

  useEffect(() => {
    // The state is set when the answer arrives, after an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    return api.on('library.changed', () => void load());
  }, [api, load]);

  return counts;
}
