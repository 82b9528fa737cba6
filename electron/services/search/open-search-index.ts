import { SearchIndex } from './search-index';

/**
 * The library session's way to open its index: a missing, damaged, foreign or outdated file comes back
 * as an empty index with `needsRebuild` set (the session then indexes every file), never as an error.
 * Every page is checked only after a session that did not close the index ('after-crash'): reading all
 * of a 10,000-article index takes ~0.8 s, too long for every start-up; a file that goes bad while open
 * shows as an error for which `SearchIndex.isDamage()` is true.
 */
export function openSearchIndex(dbPath: string): SearchIndex {
  return SearchIndex.open(dbPath, { check: 'after-crash' });
}
