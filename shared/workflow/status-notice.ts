import type { ArticleStatus } from '../domain/article';
import type { Role } from '../settings/schema';

/** The person told of a status change: their name (as they sign articles) and their role. */
export interface Reader {
  name: string;
  role: Role;
}

/**
 * Whether a status change arriving from outside concerns this person: an article they are an author of, or, for
 * an editor, one sent for review (their work starts there).
 */
export function concernsReader(change: { to: ArticleStatus; authors: readonly string[] }, reader: Reader): boolean {
  const name = reader.name.trim().toLocaleLowerCase('uk');
  if (name && change.authors.some((author) => author.trim().toLocaleLowerCase('uk') === name)) return true;
  return reader.role === 'editor' && (change.to === 'submitted' || change.to === 'correction');
}
