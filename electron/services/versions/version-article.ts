import { ApiError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/domain/article';
import { message } from '../../../shared/i18n/message';
import { cleanArticle } from '../../../shared/security/clean-article';
import { parseArticleFile } from '../library/article-file';
import type { LibraryStore } from '../library/library-store';
import type { VersionStore } from './version-store';

/**
 * One kept version as an article: read through the schema and its migrations like any file, and cleaned as
 * it enters the app. A version kept damaged (a conflict's broken side) is an error, never a crash.
 */
export async function readVersionArticle(
  store: LibraryStore,
  versions: VersionStore,
  id: string,
  version: string,
): Promise<Article> {
  const bytes = await versions.readBytes(id, version);
  const parsed = parseArticleFile(bytes, id, store.migrations);
  if (!parsed.ok) throw new ApiError('damaged-file', message('error.versions.unreadable', { reason: parsed.reason }));
  return cleanArticle(parsed.article);
}

/**
 * Makes an old version the current article: a new save and a new version, never a rewrite of history.
 * The text that is current now is kept first (when no version has it yet), so nothing is lost; the
 * workflow's state (status, its log, review notes, remote ids) stays as it is now, because going back to
 * older words does not undo an approval's record or a publication. Media the version refers to that are
 * gone from the folder are put back from the history.
 */
export async function restoreVersion(
  store: LibraryStore,
  versions: VersionStore,
  id: string,
  version: string,
): Promise<{ hash: string }> {
  const old = await readVersionArticle(store, versions, id, version);
  const current = await store.get(id);
  await versions.commitArticle(id, { reason: 'interval', onlyIfChanged: true });
  for (const media of await versions.readMedia(id, version)) {
    // Not an image the app would take (never true of media it stored itself): left out, not written.
    await store.importMedia(id, media.name, media.bytes).catch(() => undefined);
  }
  const { status, reviewNotes, remoteIds } = current.article;
  const { hash } = await store.save({ ...old, status, reviewNotes, remoteIds }, current.hash);
  await versions.commitArticle(id, { reason: 'restore' });
  return { hash };
}
