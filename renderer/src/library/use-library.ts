import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryQuery, MethodOutput, ShpaltaApi } from '../../../shared/api/contract';
import { toApiError, type ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { buildLibraryQuery, EMPTY_FILTERS, isNarrowed, PAGE_SIZE, type LibraryFilters } from './library-query';

export type Listing = MethodOutput<'library.list'>;

/** Keystrokes closer together than this make one query: search as you type without a request per key. */
export const SEARCH_DEBOUNCE_MS = 100;

/** The contract's largest page; a reload of more loaded items asks in several steps. */
const MAX_LIMIT = 1000;

export interface LibraryView {
  /** The current query's results, all pages loaded so far; null until the first answer. */
  listing: Listing | null;
  error: ApiError | null;
  filters: LibraryFilters;
  /** Changes the search or filters; the query follows after a short pause in typing. */
  setFilters(next: LibraryFilters): void;
  /** Asks again now, keeping as many items as are loaded. */
  reload(): Promise<Listing | null>;
  /** Appends the next page («Показати ще»). */
  loadMore(): Promise<void>;
  loadingMore: boolean;
  /** True when the list on screen answers words or filters (the boxes may already hold newer ones). */
  narrowed: boolean;
  /** True when the list is the whole library: no words, no filters and every page loaded. */
  complete: boolean;
}

/**
 * The library list for the sidebar's search and filters, reloaded whenever the main side says the
 * library changed. Answers may come back in any order (a short query is slower than a long one), so
 * each request has a ticket and an answer older than the one on screen is dropped.
 */
export function useLibrary(enabled: boolean): LibraryView {
  const api = useApi();
  const [filters, setFiltersState] = useState<LibraryFilters>(EMPTY_FILTERS);
  const [shownList, setShownList] = useState<{ listing: Listing; narrowed: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const filtersRef = useRef(filters);
  const listingRef = useRef<Listing | null>(null);
  const issued = useRef(0);
  const shown = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The list remembers whether it answered a narrowed query: the filters on screen may be newer.
  const show = useCallback((next: Listing, forFilters: LibraryFilters) => {
    listingRef.current = next;
    setShownList({ listing: next, narrowed: isNarrowed(forFilters) });
    setError(null);
  }, []);

  const query = useCallback(
    async (nextFilters: LibraryFilters, count: number): Promise<Listing | null> => {
      const ticket = ++issued.current;
      try {
        const next = await fetchFirst(api, buildLibraryQuery(nextFilters), count);
        if (ticket < shown.current) return null;
        shown.current = ticket;
        show(next, nextFilters);
        return next;
      } catch (caught) {
        if (ticket < shown.current) return null;
        shown.current = ticket;
        setError(toApiError(caught));
        return null;
      }
    },
    [api, show],
  );

  const reload = useCallback(() => {
    clearTimeout(timer.current);
    return query(filtersRef.current, Math.max(PAGE_SIZE, listingRef.current?.articles.length ?? 0));
  }, [query]);

  const setFilters = useCallback(
    (next: LibraryFilters) => {
      filtersRef.current = next;
      setFiltersState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void query(next, PAGE_SIZE), SEARCH_DEBOUNCE_MS);
    },
    [query],
  );

  const loadMore = useCallback(async () => {
    const current = listingRef.current;
    // While a newer query is on its way the loaded pages are about to be replaced: nothing to extend.
    if (!current || issued.current !== shown.current || current.articles.length >= current.total) return;
    const ticket = issued.current;
    const forFilters = filtersRef.current;
    setLoadingMore(true);
    try {
      const next = await api.invoke(
        'library.list',
        buildLibraryQuery(forFilters, { offset: current.articles.length, limit: PAGE_SIZE }),
      );
      if (ticket !== issued.current) return;
      show({ ...next, articles: [...current.articles, ...next.articles] }, forFilters);
    } catch (caught) {
      if (ticket === issued.current) setError(toApiError(caught));
    } finally {
      setLoadingMore(false);
    }
  }, [api, show]);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    return api.on('library.changed', () => void reload());
  }, [api, enabled, reload]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const listing = shownList?.listing ?? null;
  const complete =
    shownList !== null && !shownList.narrowed && shownList.listing.articles.length >= shownList.listing.total;
  const narrowed = shownList?.narrowed ?? false;
  return { listing, error, filters, setFilters, reload, loadMore, loadingMore, narrowed, complete };
}

/** The first `count` results of a query, in as many requests as the contract's page limit needs. */
async function fetchFirst(api: ShpaltaApi, query: LibraryQuery, count: number): Promise<Listing> {
  const first = await api.invoke('library.list', { ...query, offset: 0, limit: Math.min(count, MAX_LIMIT) });
  let articles = first.articles;
  while (articles.length < count && articles.length < first.total) {
    const limit = Math.min(count - articles.length, MAX_LIMIT);
    const next = await api.invoke('library.list', { ...query, offset: articles.length, limit });
    if (next.articles.length === 0) break;
    articles = [...articles, ...next.articles];
  }
  return { ...first, articles };
}
