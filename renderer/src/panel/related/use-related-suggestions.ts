import { useEffect, useState } from 'react';
import type { RelatedSuggestion, ShpaltaApi } from '../../../../shared/api/contract';
import { toApiError } from '../../../../shared/api/errors';
import type { Message } from '../../../../shared/i18n/message';

export type Suggestions =
  { kind: 'loading' } | { kind: 'ready'; suggestions: RelatedSuggestion[] } | { kind: 'error'; message: Message };

/** How many the panel offers: a short list to choose from, not a second library. */
export const SUGGESTIONS_SHOWN = 6;

/**
 * The library's suggestions for the article's «Читайте також», asked again when the list changes (what it
 * names is never offered) and when the library does (a save of this article changes its words and tags).
 */
export function useRelatedSuggestions(api: ShpaltaApi, articleId: string, listed: readonly string[]): Suggestions {
  const [state, setState] = useState<Suggestions>({ kind: 'loading' });
  const [libraryVersion, setLibraryVersion] = useState(0);
  const exclude = listed.join('\n');

  useEffect(() => api.on('library.changed', () => setLibraryVersion((version) => version + 1)), [api]);

  useEffect(() => {
    let current = true;
    api
      .invoke('library.related', {
        id: articleId,
        exclude: exclude ? exclude.split('\n') : [],
        limit: SUGGESTIONS_SHOWN,
      })
      .then(
        ({ suggestions }) => {
          if (current) setState({ kind: 'ready', suggestions });
        },
        (error: unknown) => {
          if (current) setState({ kind: 'error', message: toApiError(error).reason });
        },
      );
    return () => {
      current = false;
    };
  }, [api, articleId, exclude, libraryVersion]);

  return state;
}
