import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';

export type Facets = MethodOutput<'library.facets'>;

/**
 * Rubrics, tags and authors with their counts, for the filter menus. Asked only while the filter
 * area is open: a library of thousands of articles need not count them for a closed panel.
 */
export function useFacets(active: boolean): Facets | null {
  const api = useApi();
  const [facets, setFacets] = useState<Facets | null>(null);

  const load = useCallback(async () => {
    try {
      setFacets(await api.invoke('library.facets', {}));
    } catch {
      // The menus then offer «all» only; the list itself reports library errors.
    }
  }, [api]);

  useEffect(() => {
    if (!active) return;
    // The state is set when the answer arrives, after an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    return api.on('library.changed', () => void load());
  }, [active, api, load]);

  return facets;
}
