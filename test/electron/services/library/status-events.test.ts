import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/services/api/event-bus';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-status-events-');

async function openSession() {
  const dir = await tempDir();
  const bus = new EventBus();
  const events: Array<{ event: string; payload: unknown }> = [];
  bus.subscribe((event, payload) => events.push({ event, payload }));
  const session = await LibrarySession.open(path.join(dir, 'Шпальта'), {
    bus,
    indexesDir: path.join(dir, 'indexes'),
    openIndex: openSearchIndex,
  });
  await session.start(10_000);
  return { session, events };
}

/** Resolves once `check` holds, polling what the session emitted; the test's own timeout bounds it. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a status that arrives from outside is told; the app’s own saves are not', () => {
  it('emits article.status with the step when another machine’s file brings a new status', async () => {
    const { session, events } = await openSession();
    try {
      const created = await session.store.create('Міст відкрили', [{ name: 'Олена Петренко' }]);
      await session.catalog.refresh(created.article.id);
      const file = session.store.articleFilePath(created.article.id);

      // The app's own save of another status: indexed, not announced.
      await session.store.save({ ...created.article, status: 'submitted' }, created.hash);
      await session.catalog.refresh(created.article.id);
      expect(session.catalog.statusCounts('Олена Петренко').mine).toEqual({ submitted: 1 });

      // A colleague's step, written by a sync tool: the same article, in review, then returned.
      const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      await writeFile(file, JSON.stringify({ ...raw, status: 'returned', updatedAt: new Date().toISOString() }));
      await until(() => events.some((entry) => entry.event === 'article.status'));
      const told = events.filter((entry) => entry.event === 'article.status').map((entry) => entry.payload);
      expect(told).toEqual([
        {
          id: created.article.id,
          headline: 'Міст відкрили',
          from: 'submitted',
          to: 'returned',
          authors: ['Олена Петренко'],
        },
      ]);
      const counts = session.catalog.statusCounts('Олена Петренко');
      expect(counts.mine).toEqual({ returned: 1 });
      expect(counts.all.returned).toBe(1);
    } finally {
      session.close();
    }
  });
});
