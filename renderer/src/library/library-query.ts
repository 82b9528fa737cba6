import type { LibraryQuery } from '../../../shared/api/contract';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/domain/article';

export type SortChoice = 'updated' | 'published' | 'relevance';

/** What the search box and the filter area hold, exactly as the journalist set it. */
export interface LibraryFilters {
  text: string;
  statuses: readonly ArticleStatus[];
  rubric: string;
  tag: string;
  author: string;
  /** '' or YYYY-MM-DD, as a type=date input gives it. */
  from: string;
  to: string;
  /** null: the natural order, by relevance while searching and by the last change otherwise. */
  sort: SortChoice | null;
}

export const EMPTY_FILTERS: LibraryFilters = {
  text: '',
  statuses: [],
  rubric: '',
  tag: '',
  author: '',
  from: '',
  to: '',
  sort: null,
};

/** The list renders at most this many items at a time; «Показати ще» asks for the next page. */
export const PAGE_SIZE = 100;

/** The contract caps a text query at 500 characters. */
const MAX_TEXT = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type FilterChip =
  { kind: 'status'; value: ArticleStatus } | { kind: 'rubric' | 'tag' | 'author' | 'from' | 'to'; value: string };

export function searchText(filters: LibraryFilters): string {
  return filters.text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** Relevance means nothing without words to be relevant to, so it falls back to the last change. */
export function effectiveSort(filters: LibraryFilters): SortChoice {
  const hasText = searchText(filters) !== '';
  if (filters.sort === 'relevance' && !hasText) return 'updated';
  return filters.sort ?? (hasText ? 'relevance' : 'updated');
}

/** The API query for the filters: empty fields are left out, so no filter lists everything. */
export function buildLibraryQuery(filters: LibraryFilters, page?: { offset: number; limit: number }): LibraryQuery {
  const query: LibraryQuery = { sort: effectiveSort(filters) };
  const text = searchText(filters);
  if (text) query.text = text;
  // Canonical order, so the same choice always makes the same query whatever order it was clicked in.
  const statuses = ARTICLE_STATUSES.filter((status) => filters.statuses.includes(status));
  if (statuses.length > 0) query.status = statuses;
  if (filters.rubric) query.rubric = filters.rubric;
  if (filters.tag) query.tag = filters.tag;
  if (filters.author) query.author = filters.author;
  let from = ISO_DATE.test(filters.from) ? filters.from : '';
  let to = ISO_DATE.test(filters.to) ? filters.to : '';
  // A range typed backwards surely means the same days, not an empty list.
  if (from && to && from > to) [from, to] = [to, from];
  if (from) query.from = from;
  if (to) query.to = to;
  if (page) {
    query.offset = page.offset;
    query.limit = page.limit;
  }
  return query;
}

/** Every active filter, in the order the filter area shows them; each becomes a removable chip. */
export function activeFilterChips(filters: LibraryFilters): FilterChip[] {
  const chips: FilterChip[] = ARTICLE_STATUSES.filter((status) => filters.statuses.includes(status)).map((value) => ({
    kind: 'status',
    value,
  }));
  for (const kind of ['rubric', 'tag', 'author'] as const) {
    if (filters[kind]) chips.push({ kind, value: filters[kind] });
  }
  if (ISO_DATE.test(filters.from)) chips.push({ kind: 'from', value: filters.from });
  if (ISO_DATE.test(filters.to)) chips.push({ kind: 'to', value: filters.to });
  return chips;
}

export function countActiveFilters(filters: LibraryFilters): number {
  return activeFilterChips(filters).length;
}

/** True when the list shows part of the library (words or filters), so counts and «nothing found» apply. */
export function isNarrowed(filters: LibraryFilters): boolean {
  return searchText(filters) !== '' || countActiveFilters(filters) > 0;
}

export function chipKey(chip: FilterChip): string {
  return `${chip.kind}:${chip.value}`;
}

export function removeFilterChip(filters: LibraryFilters, chip: FilterChip): LibraryFilters {
  if (chip.kind === 'status') return { ...filters, statuses: filters.statuses.filter((s) => s !== chip.value) };
  return { ...filters, [chip.kind]: '' };
}

/** «Скинути фільтри»: the words and the chosen order stay, every narrowing filter goes. */
export function clearFilters(filters: LibraryFilters): LibraryFilters {
  return { ...EMPTY_FILTERS, text: filters.text, sort: filters.sort };
}

export function toggleStatus(filters: LibraryFilters, status: ArticleStatus): LibraryFilters {
  const statuses = filters.statuses.includes(status)
    ? filters.statuses.filter((s) => s !== status)
    : [...filters.statuses, status];
  return { ...filters, statuses };
}
