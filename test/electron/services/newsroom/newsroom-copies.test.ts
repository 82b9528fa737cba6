import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/services/api/event-bus';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { newsroomCopyName } from '../../../../electron/services/library/sync-conflicts';
import { dropDuplicateCopies, keepLostVersion } from '../../../../electron/services/newsroom/newsroom-copies';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-newsroom-copies-');

async function withArticle(run: (session: LibrarySession, id: string, folder: string) => Promise<void>) {
  const dir = await tempDir();
  const session = await LibrarySession.open(path.join(dir, 'library'), {
    bus: new EventBus(),
    indexesDir: path.join(dir, 'indexes'),
    openIndex: openSearchIndex,
  });
  try {
    await session.start(10_000);
    const created = await session.store.create('Стаття', [{ name: 'Олена' }]);
    await run(session, created.article.id, session.store.articleDir(created.article.id));
  } finally {
    session.close();
  }
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 10, minute));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the versions a newsroom merge keeps beside an article', () => {
  it('keeps the lost version once, counted at once, however many times it is lost', async () => {
    await withArticle(async (session, id, folder) => {
      await keepLostVersion(session, `articles/${id}`, bytes('{"hers":1}'), 'olena', false);
      await keepLostVersion(session, `articles/${id}`, bytes('{"hers":1}'), 'olena', false);
      const copies = (await readdir(folder)).filter((name) => name.includes('newsroom copy olena'));
      expect(copies).toHaveLength(1);
      expect(session.catalog.conflictedCount()).toBe(1);
    });
  });

  it('drops a copy that says what another does (the first name stays) or what the article says', async () => {
    await withArticle(async (session, id, folder) => {
      const article = await readFile(session.store.articleFilePath(id));
      const names = [
        newsroomCopyName('olena', at(1)),
        newsroomCopyName('olena', at(2)),
        newsroomCopyName('ivan', at(3)),
      ];
      await writeFile(path.join(folder, names[1] as string), '{"hers":1}');
      await writeFile(path.join(folder, names[0] as string), '{"hers":1}');
      await writeFile(path.join(folder, names[2] as string), article);
      const dropbox = "article (Olena's conflicted copy 2026-12-07).json";
      await writeFile(path.join(folder, dropbox), '{"hers":1}');

      expect(await dropDuplicateCopies(session, id)).toBe(true);
      const left = (await readdir(folder)).sort();
      expect(left).toContain(names[0]);
      expect(left).not.toContain(names[1]);
      expect(left).not.toContain(names[2]);
      expect(left).toContain(dropbox); // a sync tool's copy is the person's to settle, never ours
      expect(await dropDuplicateCopies(session, id)).toBe(false);
    });
  });
});
