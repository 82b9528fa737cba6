import type { ArticleStatus } from '../domain/article';

/**
 * The library's workflow views (issue 19): each is a preset of the list's status filter, and «Мої чернетки» also
 * of its author filter (the person's own name). Correction sits with the published: its page stays live.
 */
export const LIBRARY_VIEWS = [
  { id: 'my-drafts', statuses: ['draft'], mine: true },
  { id: 'in-review', statuses: ['submitted', 'in-review'], mine: false },
  { id: 'returned', statuses: ['returned'], mine: false },
  { id: 'approved', statuses: ['approved'], mine: false },
  { id: 'scheduled', statuses: ['scheduled'], mine: false },
  { id: 'published', statuses: ['published', 'correction'], mine: false },
] as const satisfies ReadonlyArray<{ id: string; statuses: readonly ArticleStatus[]; mine: boolean }>;

export type LibraryView = (typeof LIBRARY_VIEWS)[number];
export type LibraryViewId = LibraryView['id'];

/** How many articles of the library have each status: all of them, and those the person is an author of. */
export interface StatusCounts {
  all: Partial<Record<ArticleStatus, number>>;
  mine: Partial<Record<ArticleStatus, number>>;
}

/** The filters a view sets: its statuses, and the person's name as author when it is «mine» and a name is set. */
export function viewFilters(view: LibraryView, myName: string): { statuses: ArticleStatus[]; author: string } {
  return { statuses: [...view.statuses], author: view.mine ? myName.trim() : '' };
}

/** How many articles a view lists. A «mine» view without a name counts every article of its statuses. */
export function viewCount(view: LibraryView, counts: StatusCounts, myName: string): number {
  const source = view.mine && myName.trim() ? counts.mine : counts.all;
  return view.statuses.reduce((sum, status) => sum + (source[status] ?? 0), 0);
}

/** The view these filters are exactly (statuses in any order, the author a «mine» view sets); null if none. */
export function activeView(
  filters: { statuses: readonly ArticleStatus[]; author: string },
  myName: string,
): LibraryView | null {
  const statuses = [...new Set(filters.statuses)].sort().join(',');
  return (
    LIBRARY_VIEWS.find((view) => {
      const wanted = viewFilters(view, myName);
      return [...wanted.statuses].sort().join(',') === statuses && wanted.author === filters.author;
    }) ?? null
  );
}
