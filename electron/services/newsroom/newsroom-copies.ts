import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { NewsroomLoginSchema } from '../../../shared/newsroom/newsroom-link';
import { writeFileAtomic } from '../fs/atomic-write';
import type { LibrarySession } from '../library/library-session';
import { classifyArticleFolderEntry, newsroomCopyName } from '../library/sync-conflicts';
import { ARTICLE_DIRS } from './library-tree';

/**
 * The versions of an article the newsroom's merge could not combine, kept beside it as
 * `article (newsroom copy <login> <date> <time>).json`. They travel with the article (library-tree.ts), so each
 * of the two people sees them until one settles it; two computers that merged at once may each have kept the
 * same version under its own name, and one name is kept of each.
 */

/** Keeps `lost` (the version that did not stand, by `who`) beside the article, unless the folder already has it. */
export async function keepLostVersion(
  session: LibrarySession,
  unit: string,
  lost: Uint8Array | null,
  who: string,
  mine: boolean,
): Promise<void> {
  const [dir, id] = unit.split('/');
  if (dir !== ARTICLE_DIRS[0] || !id || !lost) return;
  const folder = session.store.articleDir(id);
  const known = await copiesIn(folder);
  if (![...known.values()].some((bytes) => Buffer.from(lost).equals(bytes))) {
    const login = NewsroomLoginSchema.safeParse(who).success ? who : 'newsroom';
    await writeFileAtomic(path.join(folder, newsroomCopyName(login, new Date())), lost);
  }
  await session.versions?.keep(id, lost, mine ? 'conflict-mine' : 'conflict-theirs');
  // Counted now, not when the folder's watch gets to it: the turn that found it already says «conflict» with it.
  await session.catalog.refresh(id);
}

/**
 * Removes the newsroom copies that say the same as another one (the first name stays) or as the article itself
 * (nothing is left to choose). True when one was removed: the folder changed, and the change is to be sent.
 */
export async function dropDuplicateCopies(session: LibrarySession, id: string): Promise<boolean> {
  const folder = session.store.articleDir(id);
  const copies = await copiesIn(folder);
  if (copies.size === 0) return false;
  const article = await readFile(session.store.articleFilePath(id)).catch(() => null);
  const seen: Buffer[] = article ? [article] : [];
  let removed = false;
  for (const [name, bytes] of [...copies].sort(([a], [b]) => a.localeCompare(b))) {
    if (seen.some((other) => other.equals(bytes))) {
      await rm(path.join(folder, name), { force: true });
      removed = true;
    } else {
      seen.push(bytes);
    }
  }
  return removed;
}

async function copiesIn(folder: string): Promise<Map<string, Buffer>> {
  const copies = new Map<string, Buffer>();
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const entry = classifyArticleFolderEntry(name);
    if (entry.kind !== 'conflict' || entry.source !== 'newsroom') continue;
    const bytes = await readFile(path.join(folder, name)).catch(() => null);
    if (bytes) copies.set(name, bytes);
  }
  return copies;
}
