import { useEffect, useEffectEvent } from 'react';
import type { ArticleFile, ShpaltaApi } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/i18n/message';
import { VIEW_ID } from '../api/view-id';
import type { EditedArticle } from './edited-article';

/** Who changed the file: another window or tab of this app, or something outside it. */
export type ChangeSource = 'view' | 'outside';

export interface ChangesFromDiskOptions {
  api: ShpaltaApi;
  edited: EditedArticle;
  /** Whether the window holds edits the disk does not have. */
  hasUnsavedChanges(): boolean;
  /** The file is gone (deleted, moved, a drive unplugged): the text stays, and saves go to a backup. */
  onVanished(): void;
  /** The file changed while the window holds unsaved edits: merged into them when it merges whole (true). */
  onMerge(file: ArticleFile): boolean;
  /** The file changed while the window holds unsaved edits that it does not merge with: both are kept until the journalist chooses. */
  onConflict(source: ChangeSource): void;
  /** The file changed and nothing here was unsaved: the disk's version was read to take the window's place. */
  onReload(file: ArticleFile, source: ChangeSource): void;
  /** The file changed into one that cannot be read (another program wrote it badly): `hash` is its bytes'. */
  onDamaged(reason: Message, hash: string): void;
  onError(error: unknown): void;
}

/**
 * Someone else changed the open article's file, another view of this app or something outside it: reload
 * if nothing is unsaved, otherwise merge, or keep both when the two do not merge whole. This view's own saves, reported back by the host, are not
 * changes.
 */
export function useChangesFromDisk({
  api,
  edited,
  hasUnsavedChanges,
  onVanished,
  onMerge,
  onConflict,
  onReload,
  onDamaged,
  onError,
}: ChangesFromDiskOptions): void {
  const onChanged = useEffectEvent(({ id, hash, view }: { id: string; hash: string | null; view?: string }) => {
    if (id !== edited.id || view === VIEW_ID || hash === edited.baseHash) return;
    if (hash === null) return onVanished();
    const source: ChangeSource = view === undefined ? 'outside' : 'view';
    // Read even with unsaved edits here (never put in their place): a file that cannot be read is no
    // other version to choose, and must be said to be damaged instead.
    api.invoke('article.get', { id }).then(
      (file) => {
        if (file.hash === edited.baseHash) return;
        // Typing began while the file was read: the window's edits are not thrown away for it.
        if (!hasUnsavedChanges()) onReload(file, source);
        else if (!onMerge(file)) onConflict(source);
      },
      (error: unknown) => {
        const failure = toApiError(error);
        if (failure.code === 'damaged-file') onDamaged(failure.reason, hash);
        else if (hasUnsavedChanges())
          onConflict(source); // the edits are kept either way
        else onError(error);
      },
    );
  });
  useEffect(() => api.on('article.changed', (change) => onChanged(change)), [api]);
}
