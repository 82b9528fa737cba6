import { dateRange } from './date-range';
import type { LibraryQuery } from './types';

export type SqlParam = string | number;

/** Which date a range filter and a date sort are about. */
export function dateColumn(query: LibraryQuery): 'publish_ms' | 'updated_ms' {
  return query.sort === 'published' ? 'publish_ms' : 'updated_ms';
}

/**
 * SQL conditions on `articles a` for the query's filters, ANDed. Values only ever travel as parameters.
 * An empty status list is no filter (nothing ticked in the menu shows everything).
 */
export function filterClauses(query: LibraryQuery): { clauses: string[]; params: SqlParam[] } {
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  const statuses = [...new Set(query.status ?? [])];
  if (statuses.length > 0) {
    clauses.push(`a.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (query.rubric !== undefined) {
    clauses.push('a.rubric = ?');
    params.push(query.rubric);
  }
  if (query.tag !== undefined) {
    clauses.push('a.doc IN (SELECT doc FROM article_tags WHERE tag = ?)');
    params.push(query.tag);
  }
  if (query.author !== undefined) {
    clauses.push('a.doc IN (SELECT doc FROM article_authors WHERE author = ?)');
    params.push(query.author);
  }
  const range = dateRange(query.from, query.to);
  const column = dateColumn(query);
  if (range.from !== undefined) {
    clauses.push(`a.${column} >= ?`);
    params.push(range.from);
  }
  if (range.to !== undefined) {
    clauses.push(`a.${column} <= ?`);
    params.push(range.to);
  }
  return { clauses, params };
}
