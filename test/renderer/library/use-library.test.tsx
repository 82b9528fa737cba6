import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../renderer/src/api/api-context';
import { EMPTY_FILTERS } from '../../../renderer/src/library/library-query';
import { SEARCH_DEBOUNCE_MS, useLibrary } from '../../../renderer/src/library/use-library';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { fakeArticle, FakeLibraryApi } from './fake-library-api';

function setup(api: FakeLibraryApi, enabled = true) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
  );
  return renderHook(() => useLibrary(enabled), { wrapper });
}

const settle = () => act(async () => undefined);
const pause = () => act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));

const ARTICLES = [
  fakeArticle({ headline: 'Гарантії безпеки для України', text: 'Партнери обговорили гарантії безпеки.' }),
  fakeArticle({ headline: 'Бюджет-2026', status: 'published', updatedAt: '2025-12-18T10:00:00Z' }),
  fakeArticle({ headline: 'Графіки відключень', updatedAt: '2025-12-17T10:00:00Z' }),
];

describe('useLibrary', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('loads the first page once enabled, newest change first', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { result } = setup(api);
    await settle();
    expect(api.callsOf('library.list')).toEqual([{ sort: 'updated', offset: 0, limit: 100 }]);
    expect(result.current.listing?.articles.map((a) => a.headline)).toEqual([
      'Гарантії безпеки для України',
      'Бюджет-2026',
      'Графіки відключень',
    ]);
    expect(result.current.complete).toBe(true);
    expect(result.current.narrowed).toBe(false);
  });

  it('asks nothing while disabled', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { result } = setup(api, false);
    await settle();
    expect(api.calls).toEqual([]);
    expect(result.current.listing).toBeNull();
  });

  it('typing makes one query after a short pause, not one per keystroke', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { result } = setup(api);
    await settle();
    for (const text of ['б', 'бе', 'без']) {
      act(() => result.current.setFilters({ ...EMPTY_FILTERS, text }));
      await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS / 2));
    }
    expect(api.callsOf('library.list')).toHaveLength(1);
    expect(result.current.filters.text).toBe('без');
    await pause();
    expect(api.callsOf('library.list')).toEqual([
      { sort: 'updated', offset: 0, limit: 100 },
      { text: 'без', sort: 'relevance', offset: 0, limit: 100 },
    ]);
    expect(result.current.listing?.articles.map((a) => a.headline)).toEqual(['Гарантії безпеки для України']);
    expect(result.current.narrowed).toBe(true);
    expect(result.current.complete).toBe(false);
  });

  it('an answer older than the one on screen is dropped', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { result } = setup(api);
    await settle();
    api.hold();
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, text: 'б' }));
    await pause();
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, text: 'бюджет' }));
    await pause();
    expect(api.heldMethods()).toEqual(['library.list', 'library.list']);
    // The newer query answers first; the slower, older one must not replace it.
    await act(async () => api.release([1, 0]));
    expect(result.current.listing?.articles.map((a) => a.headline)).toEqual(['Бюджет-2026']);
  });

  it('answers in order are each shown as they come', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { result } = setup(api);
    await settle();
    api.hold();
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, text: 'б' }));
    await pause();
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, text: 'бюджет' }));
    await pause();
    // The first answer shows while the second is still on its way: search as you type.
    await act(async () => api.release([0]));
    expect(result.current.listing?.total).toBe(2);
  });

  it('library.changed reloads with the current filters and as many items as are loaded', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      fakeArticle({ headline: `Стаття ${i}`, updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }),
    );
    const api = new FakeLibraryApi(many);
    const { result } = setup(api);
    await settle();
    expect(result.current.listing?.articles).toHaveLength(100);
    expect(result.current.complete).toBe(false);
    await act(() => result.current.loadMore());
    expect(api.callsOf('library.list').at(-1)).toEqual({ sort: 'updated', offset: 100, limit: 100 });
    expect(result.current.listing?.articles).toHaveLength(200);
    expect(result.current.listing?.articles[100]?.headline).toBe('Стаття 149');
    await act(() => result.current.loadMore());
    expect(result.current.listing?.articles).toHaveLength(250);
    expect(result.current.complete).toBe(true);
    // Nothing more to load: no request.
    const before = api.calls.length;
    await act(() => result.current.loadMore());
    expect(api.calls.length).toBe(before);

    await act(async () => api.emit('library.changed', {}));
    await settle();
    expect(api.callsOf('library.list').at(-1)).toEqual({ sort: 'updated', offset: 0, limit: 250 });
    expect(result.current.listing?.articles).toHaveLength(250);
  });

  it('a reload of more than one contract page asks in steps', async () => {
    const many = Array.from({ length: 1300 }, (_, i) => fakeArticle({ headline: `Стаття ${i}` }));
    const api = new FakeLibraryApi(many);
    const { result } = setup(api);
    await settle();
    for (let i = 0; i < 12; i += 1) await act(() => result.current.loadMore());
    expect(result.current.listing?.articles).toHaveLength(1300);
    await act(() => result.current.reload());
    expect(api.callsOf('library.list').slice(-2)).toEqual([
      { sort: 'updated', offset: 0, limit: 1000 },
      { sort: 'updated', offset: 1000, limit: 300 },
    ]);
    expect(result.current.listing?.articles).toHaveLength(1300);
  });

  it('a page that arrives after the query changed is dropped', async () => {
    const many = Array.from({ length: 300 }, (_, i) => fakeArticle({ headline: `Стаття ${i}` }));
    const api = new FakeLibraryApi(many);
    const { result } = setup(api);
    await settle();
    api.hold();
    let more: Promise<void> = Promise.resolve();
    act(() => {
      more = result.current.loadMore();
    });
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, text: 'Стаття 12' }));
    await pause();
    // The new query answers first; the page of the old list comes after it and must not be appended.
    await act(async () => {
      api.release([1, 0]);
      await more;
    });
    expect(result.current.narrowed).toBe(true);
    expect(result.current.listing?.articles).toHaveLength(result.current.listing?.total ?? -1);
    expect(result.current.loadingMore).toBe(false);
  });

  it('an error is kept until an answer comes', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    api.failNext('library.list', new ApiError('io-error', message('error.library.notOpen')));
    const { result } = setup(api);
    await settle();
    expect(result.current.error?.reason).toEqual(message('error.library.notOpen'));
    expect(result.current.listing).toBeNull();
    await act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    expect(result.current.listing?.total).toBe(3);
  });

  it('stops listening when unmounted', async () => {
    const api = new FakeLibraryApi(ARTICLES);
    const { unmount } = setup(api);
    await settle();
    expect(api.listenerCount('library.changed')).toBe(1);
    unmount();
    expect(api.listenerCount('library.changed')).toBe(0);
  });
});
