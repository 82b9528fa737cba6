import path from 'node:path';
import { afterEach } from 'vitest';
import { newArticle, type Article, type ArticleInput } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import type { IndexCheck, IndexEntry } from '../../../../electron/services/search/types';
import { useTempDirs } from '../../../fixtures/temp-dir';

export type ArticleFields = Partial<Omit<ArticleInput, 'schemaVersion' | 'id' | 'createdAt' | 'body'>> & {
  body?: string[];
};

/** An article with a body of plain paragraphs; the rest defaults as in the app. */
export function article(id: string, fields: ArticleFields = {}): Article {
  const { body = [], ...rest } = fields;
  return newArticle(id, '2025-01-01T10:00:00.000Z', { body: docFromParagraphs(body), ...rest });
}

/** The file facts the library would pass beside an article. */
export function entry(item: Article, size = 1000): IndexEntry {
  return { article: item, hash: `sha-${item.id}-${item.updatedAt}`, mtimeMs: Date.parse(item.updatedAt), size };
}

/** Opens a fresh index in a temp folder per test and closes it afterwards. */
export function useIndexes(): {
  open: () => Promise<{ index: SearchIndex; file: string }>;
  reopen: (file: string, options?: { check?: IndexCheck }) => SearchIndex;
} {
  const tempDir = useTempDirs('shpalta-search-');
  const opened: SearchIndex[] = [];
  // Registered after the temp dirs' cleanup, so it runs before it: indexes close before their folder goes.
  afterEach(() => {
    for (const index of opened.splice(0)) index.close();
  });
  const reopen = (file: string, options?: { check?: IndexCheck }) => {
    const index = SearchIndex.open(file, options);
    opened.push(index);
    return index;
  };
  return {
    open: async () => {
      const file = path.join(await tempDir(), 'indexes', 'library.sqlite');
      return { index: reopen(file), file };
    },
    reopen,
  };
}

/** The ids a list returned, in order. */
export function ids(page: { items: { id: string }[] }): string[] {
  return page.items.map((item) => item.id);
}
