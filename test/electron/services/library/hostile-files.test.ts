import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { EventBus } from '../../../../electron/services/api/event-bus';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import {
  articleText,
  deepArticleText,
  GOOD_ARTICLES,
  nestedQuotes,
  writeArticleFile,
} from '../../../fixtures/hostile-articles';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs();

/** The hostile files of issue 15: 5,000 and 1,000 levels of quotes, and 150 levels that are valid but undrawable. */
const DEEP = [
  { id: 'deep-5000', text: () => deepArticleText('deep-5000', 5000) },
  { id: 'deep-1000', text: () => deepArticleText('deep-1000', 1000) },
  { id: 'deep-150', text: () => articleText('deep-150', 'Глибина 150', [nestedQuotes(150)]) },
];

let rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeEach(() => {
  rejections = [];
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  process.off('unhandledRejection', onRejection);
});

async function libraryWithGoodArticles(): Promise<string> {
  const root = path.join(await tempDir(), 'Шпальта');
  for (const good of GOOD_ARTICLES) await writeArticleFile(root, good.id, good.file);
  return root;
}

async function openSession(root: string, errors: unknown[]): Promise<LibrarySession> {
  const session = await LibrarySession.open(root, {
    bus: new EventBus(),
    indexesDir: path.join(path.dirname(root), 'indexes'),
    openIndex: openSearchIndex,
    onError: (error) => errors.push(error),
  });
  return session;
}

function listed(session: LibrarySession) {
  const { articles, damaged } = session.catalog.list({});
  return { ids: articles.map((a) => a.id).sort(), damaged };
}

describe.each(DEEP)('a deeply nested article file ($id)', ({ id, text }) => {
  it('present at start-up: the good articles are listed, the deep one as damaged', async () => {
    const root = await libraryWithGoodArticles();
    const deepFile = await writeArticleFile(root, id, text());
    const errors: unknown[] = [];
    const session = await openSession(root, errors);
    await session.start(60_000);

    const { ids, damaged } = listed(session);
    expect(ids).toEqual(GOOD_ARTICLES.map((a) => a.id).sort());
    expect(damaged).toEqual([{ path: deepFile, reason: message('damaged.tooDeep', { depth: 32 }) }]);
    await expect(session.store.get(id)).rejects.toMatchObject({ code: 'damaged-file' });
    expect(errors).toEqual([]);
    expect(rejections).toEqual([]);
    session.close();
  });

  it('arriving while the library is open (as through a sync): listed as damaged, nothing thrown', async () => {
    const root = await libraryWithGoodArticles();
    const errors: unknown[] = [];
    const session = await openSession(root, errors);
    await session.start(60_000);
    expect(listed(session).ids).toHaveLength(3);

    const deepFile = await writeArticleFile(root, id, text());
    // The watcher's refresh is the path that ended the host: wait for its positive result.
    await vi.waitFor(() => expect(listed(session).damaged.map((d) => d.path)).toEqual([deepFile]), {
      timeout: 15_000,
      interval: 50,
    });
    expect(listed(session).ids).toEqual(GOOD_ARTICLES.map((a) => a.id).sort());
    expect(errors).toEqual([]);
    expect(rejections).toEqual([]);
    session.close();
  }, 30_000);
});
