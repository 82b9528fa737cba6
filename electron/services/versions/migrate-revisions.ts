import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { message, type Message } from '../../../shared/i18n/message';
import { ioReason } from '../fs/io-error';
import { parseArticleFile } from '../library/article-file';
import type { LibraryStore } from '../library/library-store';
import { isArticleId } from '../library/sync-conflicts';
import type { VersionStore } from './version-store';

/** `2025-12-19T20-44-55-123Z-0a1b2c3d-<reason>.json`, as LibraryStore.keepRevision named them. */
const OLD_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-[0-9a-f]{8}-[a-z-]+\.json$/;

/**
 * Moves the versions older builds kept under `<library>/.shpalta/revisions/<id>/` into the history, as
 * versions with reason `migrated` and the time their file name says. A file is removed only after its
 * commit is written; one that cannot be read as an article is reported and left where it is. A migration
 * cut short by a kill is run again at the next start: a version already in the history is not kept twice.
 */
export async function migrateRevisions(
  store: LibraryStore,
  versions: VersionStore,
  skipped: (file: string, reason: Message) => void,
): Promise<number> {
  const ids = (await readdir(store.revisionsDir).catch(() => [] as string[])).filter(isArticleId);
  let moved = 0;
  for (const id of ids) {
    const folder = path.join(store.revisionsDir, id);
    const names = (await readdir(folder).catch(() => [] as string[])).sort();
    const known = new Set((await versions.list(id)).filter((v) => v.reason === 'migrated').map((v) => v.at));
    for (const name of names) {
      const file = path.join(folder, name);
      const at = timeOf(name);
      if (!at) {
        skipped(file, message('damaged.notArticle'));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        skipped(file, message('damaged.unreadable', { reason: ioReason(error) }));
        continue;
      }
      const parsed = parseArticleFile(bytes, id, store.migrations);
      if (!parsed.ok) {
        skipped(file, parsed.reason);
        continue;
      }
      if (!known.has(at.toISOString())) {
        await versions.commitArticle(id, { reason: 'migrated', bytes, at, status: parsed.article.status });
      }
      await rm(file, { force: true });
      moved += 1;
    }
    // Only an emptied folder goes: what was left in it is still to be looked at.
    await rmdir(folder).catch(() => undefined);
  }
  await rmdir(store.revisionsDir).catch(() => undefined);
  return moved;
}

function timeOf(name: string): Date | null {
  const match = OLD_NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}
