import { describe, expect, it } from 'vitest';
import {
  activeFilterChips,
  buildLibraryQuery,
  clearFilters,
  countActiveFilters,
  effectiveSort,
  EMPTY_FILTERS,
  isNarrowed,
  removeFilterChip,
  toggleStatus,
  type LibraryFilters,
} from '../../../renderer/src/library/library-query';
import { LibraryQuerySchema } from '../../../shared/api/contract';

const filters = (patch: Partial<LibraryFilters>): LibraryFilters => ({ ...EMPTY_FILTERS, ...patch });

describe('buildLibraryQuery', () => {
  it('no filters: everything, newest change first', () => {
    expect(buildLibraryQuery(EMPTY_FILTERS)).toEqual({ sort: 'updated' });
  });

  it('words are trimmed and their spaces collapsed; blank words are no search', () => {
    expect(buildLibraryQuery(filters({ text: '  гарантії   безпеки ' }))).toEqual({
      text: 'гарантії безпеки',
      sort: 'relevance',
    });
    expect(buildLibraryQuery(filters({ text: '   ' }))).toEqual({ sort: 'updated' });
  });

  it('cuts a text longer than the contract allows', () => {
    const query = buildLibraryQuery(filters({ text: 'а'.repeat(800) }));
    expect(query.text).toHaveLength(500);
    expect(LibraryQuerySchema.safeParse(query).success).toBe(true);
  });

  it('every filter, statuses in their canonical order, valid against the contract', () => {
    const query = buildLibraryQuery(
      filters({
        text: 'бюджет',
        statuses: ['published', 'draft'],
        rubric: 'Економіка',
        tag: 'війна',
        author: 'Олена Коваленко',
        from: '2025-12-01',
        to: '2025-12-31',
        sort: 'published',
      }),
      { offset: 200, limit: 200 },
    );
    expect(query).toEqual({
      text: 'бюджет',
      status: ['draft', 'published'],
      rubric: 'Економіка',
      tag: 'війна',
      author: 'Олена Коваленко',
      from: '2025-12-01',
      to: '2025-12-31',
      sort: 'published',
      offset: 200,
      limit: 200,
    });
    expect(LibraryQuerySchema.safeParse(query).success).toBe(true);
  });

  it('a backwards date range is turned around; a half-typed date is ignored', () => {
    expect(buildLibraryQuery(filters({ from: '2025-12-31', to: '2025-12-01' }))).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(buildLibraryQuery(filters({ from: '2025-1', to: '' }))).toEqual({ sort: 'updated' });
  });
});

describe('effectiveSort', () => {
  it('relevance while searching, last change otherwise, unless chosen', () => {
    expect(effectiveSort(filters({ text: 'бюджет' }))).toBe('relevance');
    expect(effectiveSort(EMPTY_FILTERS)).toBe('updated');
    expect(effectiveSort(filters({ text: 'бюджет', sort: 'updated' }))).toBe('updated');
    expect(effectiveSort(filters({ sort: 'published' }))).toBe('published');
  });

  it('relevance without words falls back to the last change', () => {
    expect(effectiveSort(filters({ sort: 'relevance' }))).toBe('updated');
    expect(effectiveSort(filters({ sort: 'relevance', text: ' ' }))).toBe('updated');
  });
});

describe('active filters', () => {
  const busy = filters({
    text: 'бюджет',
    statuses: ['published', 'draft'],
    rubric: 'Економіка',
    author: 'Олена',
    to: '2025-12-31',
    sort: 'published',
  });

  it('one chip per filter, words and order not counted', () => {
    expect(activeFilterChips(busy)).toEqual([
      { kind: 'status', value: 'draft' },
      { kind: 'status', value: 'published' },
      { kind: 'rubric', value: 'Економіка' },
      { kind: 'author', value: 'Олена' },
      { kind: 'to', value: '2025-12-31' },
    ]);
    expect(countActiveFilters(busy)).toBe(5);
    expect(countActiveFilters(filters({ text: 'бюджет', sort: 'published' }))).toBe(0);
  });

  it('removing a chip removes exactly its filter', () => {
    expect(removeFilterChip(busy, { kind: 'status', value: 'draft' }).statuses).toEqual(['published']);
    expect(removeFilterChip(busy, { kind: 'rubric', value: 'Економіка' })).toEqual({ ...busy, rubric: '' });
    expect(removeFilterChip(busy, { kind: 'to', value: '2025-12-31' })).toEqual({ ...busy, to: '' });
  });

  it('«Скинути фільтри» keeps the words and the order', () => {
    expect(clearFilters(busy)).toEqual(filters({ text: 'бюджет', sort: 'published' }));
  });

  it('toggleStatus adds and removes', () => {
    const one = toggleStatus(EMPTY_FILTERS, 'in-review');
    expect(one.statuses).toEqual(['in-review']);
    expect(toggleStatus(one, 'in-review').statuses).toEqual([]);
    expect(EMPTY_FILTERS.statuses).toEqual([]);
  });

  it('isNarrowed: words or any filter', () => {
    expect(isNarrowed(EMPTY_FILTERS)).toBe(false);
    expect(isNarrowed(filters({ sort: 'published' }))).toBe(false);
    expect(isNarrowed(filters({ text: 'а' }))).toBe(true);
    expect(isNarrowed(filters({ tag: 'війна' }))).toBe(true);
  });
});
