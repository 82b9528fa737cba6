import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../../electron/services/api/event-bus';
import type { ArticleIndex } from '../../../../electron/services/library/library-catalog';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs();

/** A library and the app's folder of indexes, side by side in a fresh temp folder. */
async function places(): Promise<{ root: string; indexesDir: string }> {
  const dir = await tempDir();
  return { root: path.join(dir, 'Шпальта'), indexesDir: path.join(dir, 'user-data', 'indexes') };
}

/** SQLite's own error for a damaged file, as better-sqlite3 throws it. */
function corruptError(): Error {
  return Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
}

/** A real index whose next `list` call finds its file damaged (injected at the index seam, once). */
function damagedOnce(dbPath: string, state: { opened: number; armed: boolean }): ArticleIndex {
  const index = openSearchIndex(dbPath);
  state.opened += 1;
  return new Proxy(index, {
    get(target, property, receiver) {
      if (property === 'list' && state.armed) {
        return () => {
          state.armed = false;
          throw corruptError();
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the search index damaged while the app runs', () => {
  it('is deleted, made anew and refilled from the files; the list comes back whole', async () => {
    const { root, indexesDir } = await places();
    const state = { opened: 0, armed: false };
    const session = await LibrarySession.open(root, {
      bus: new EventBus(),
      indexesDir,
      openIndex: (dbPath) => damagedOnce(dbPath, state),
      isIndexDamage: SearchIndex.isDamage,
    });
    await session.store.create('Друга стаття');
    await session.start();
    expect(session.catalog.list({}).total).toBe(2);

    state.armed = true;
    session.catalog.list({}); // finds the damage: a fresh index answers, empty for a moment
    expect(state.opened).toBe(2);
    await vi.waitFor(() => expect(session.catalog.list({}).total).toBe(2), { timeout: 4000 });
    expect(session.catalog.list({ text: 'друга' }).articles.map((a) => a.headline)).toEqual(['Друга стаття']);
    session.close();
  });

  it('an error that is not damage is not swallowed and nothing is deleted', async () => {
    const { root, indexesDir } = await places();
    const session = await LibrarySession.open(root, {
      bus: new EventBus(),
      indexesDir,
      openIndex: openSearchIndex,
      isIndexDamage: SearchIndex.isDamage,
    });
    await session.start();
    expect(() => session.catalog.list({ from: 'не дата' })).toThrow();
    expect(existsSync(session.indexFile)).toBe(true);
    session.close();
  });

  it('a damaged file found at start-up is replaced and the library indexed again', async () => {
    const { root, indexesDir } = await places();
    const first = await LibrarySession.open(root, { bus: new EventBus(), indexesDir, openIndex: openSearchIndex });
    await first.start();
    first.close();
    await writeFile(first.indexFile, 'це не база даних');
    const again = await LibrarySession.open(root, { bus: new EventBus(), indexesDir, openIndex: openSearchIndex });
    await again.start();
    await vi.waitFor(() => expect(again.catalog.list({}).total).toBe(1), { timeout: 4000 });
    again.close();
  });
});
