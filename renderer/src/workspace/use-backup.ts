import { useEffect, useEffectEvent, useState } from 'react';
import type { ShpaltaApi } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';

export interface Backup {
  savedAt: string;
  article: Article;
}

export interface BackupOffer {
  /** Edits an earlier failed save kept in the app's backup, offered back; null when there are none. */
  backup: Backup | null;
  /** The journalist takes the backup: `onRestore` puts it in the window. */
  restore(): void;
  /** The journalist drops the backup: it is deleted. */
  discard(): void;
}

/**
 * Recovery of edits kept in the app's backup by an earlier failed save: offered back on opening, unless they
 * equal the file (then the backup is dropped without asking).
 */
export function useBackup(
  api: ShpaltaApi,
  article: Article,
  onRestore: (backup: Backup) => void,
  onError: (error: unknown) => void,
): BackupOffer {
  const [backup, setBackup] = useState<Backup | null>(null);
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    let alive = true;
    api.invoke('article.backup', { id: article.id }).then(({ backup: found }) => {
      if (!alive || !found) return;
      if (sameContent(found.article, article)) void api.invoke('article.discardBackup', { id: article.id });
      else setBackup(found);
    }, reportError);
    return () => {
      alive = false;
    };
  }, [api, article]);

  return {
    backup,
    restore() {
      if (!backup) return;
      setBackup(null);
      onRestore(backup);
    },
    discard() {
      setBackup(null);
      void api.invoke('article.discardBackup', { id: article.id }).catch(onError);
    },
  };
}

/** The same text and metadata, whenever it was saved. */
function sameContent(a: Article, b: Article): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}
