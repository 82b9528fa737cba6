import { useEffect, useRef, useState } from 'react';
import type { ArticleListItem, ShpaltaApi } from '../../../../shared/api/contract';
import { toApiError } from '../../../../shared/api/errors';
import type { Message } from '../../../../shared/i18n/message';

export type SearchResults =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; articles: ArticleListItem[] }
  | { kind: 'error'; message: Message };

/** Typing waits this long before asking the library: one search per pause, not per letter. */
export const SEARCH_DELAY_MS = 150;
const FOUND = 10;

/** The library's articles for the words typed, best match first (library.list, the sidebar's own search). */
export function useRelatedSearch(api: ShpaltaApi, text: string): SearchResults {
  const [answer, setAnswer] = useState<{ query: string; results: SearchResults } | null>(null);
  const request = useRef(0);
  const query = text.trim();

  useEffect(() => {
    const mine = ++request.current;
    if (!query) return;
    const timer = window.setTimeout(() => {
      api.invoke('library.list', { text: query, sort: 'relevance', limit: FOUND }).then(
        (found) => {
          if (mine === request.current) setAnswer({ query, results: { kind: 'ready', articles: found.articles } });
        },
        (error: unknown) => {
          if (mine === request.current) {
            setAnswer({ query, results: { kind: 'error', message: toApiError(error).reason } });
          }
        },
      );
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [api, query]);

  if (!query) return { kind: 'idle' };
  if (answer?.query === query) return answer.results;
  // While the next answer comes, the last one stays in view rather than the list blinking away per letter.
  return answer?.results.kind === 'ready' ? answer.results : { kind: 'loading' };
}
