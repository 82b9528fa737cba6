import { useEffect, useEffectEvent } from 'react';
import type { ArticleFile, ShpaltaApi } from '../../../shared/api/contract';
import type { EditedArticle } from './edited-article';

export interface ChangesFromDiskOptions {
  api: ShpaltaApi;
  edited: EditedArticle;
  /** Whether the window holds edits the disk does not have. */
  hasUnsavedChanges(): boolean;
  /** The file is gone (deleted, moved, a drive unplugged): the text stays, and saves go to a backup. */
  onVanished(): void;
  /** The file changed while the window holds unsaved edits: both are kept until the journalist chooses. */
  onConflict(): void;
  /** The file changed and nothing here was unsaved: the disk's version was read to take the window's place. */
  onReload(file: ArticleFile): void;
  onError(error: unknown): void;
}

/** Someone else changed the open article's file: reload if nothing is unsaved, otherwise keep both. */
export function useChangesFromDisk({
  api,
  edited,
  hasUnsavedChanges,
  onVanished,
  onConflict,
  onReload,
  onError,
}: ChangesFromDiskOptions): void {
  const onChanged = useEffectEvent(({ id, hash }: { id: string; hash: string | null }) => {
    if (id !== edited.id || hash === edited.baseHash) return;
    if (hash === null) return onVanished();
    if (hasUnsavedChanges()) return onConflict();
    api.invoke('article.get', { id }).then(onReload, onError);
  });
  useEffect(() => api.on('article.changed', (change) => onChanged(change)), [api]);
}
