import { useEffect, useEffectEvent, useState } from 'react';
import type { ArticleFile, ConflictCopy, ShpaltaApi } from '../../../shared/api/contract';

export interface ConflictCopiesOptions {
  api: ShpaltaApi;
  id: string;
  /** Conflict copies the library list reports for this article; a change makes it look again. */
  conflictCount: number | undefined;
  /** Runs before a copy is resolved: the window's latest edits go to disk first. */
  beforeResolve(): Promise<void>;
  /** The copy was resolved; `file` is the article as it now is on disk. */
  onResolved(file: ArticleFile, keep: 'current' | 'copy'): void;
  onError(error: unknown): void;
}

export interface ConflictCopiesState {
  copies: ConflictCopy[];
  /** A choice is being carried out: the banner's buttons wait. */
  resolving: boolean;
  resolve(copy: ConflictCopy, keep: 'current' | 'copy'): Promise<void>;
}

/**
 * Conflict copies that sync tools left beside the article: looked up on opening and whenever the library
 * reports a change in their number, and resolved by the journalist's choice.
 */
export function useConflictCopies({
  api,
  id,
  conflictCount,
  beforeResolve,
  onResolved,
  onError,
}: ConflictCopiesOptions): ConflictCopiesState {
  const [copies, setCopies] = useState<ConflictCopy[]>([]);
  const [resolving, setResolving] = useState(false);
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    let alive = true;
    api.invoke('article.conflicts', { id }).then(({ copies: found }) => alive && setCopies(found), reportError);
    return () => {
      alive = false;
    };
  }, [api, id, conflictCount]);

  const resolve = async (copy: ConflictCopy, keep: 'current' | 'copy') => {
    setResolving(true);
    try {
      // Our latest edits go to disk first: if the copy wins, they are kept as a revision, not lost.
      await beforeResolve();
      const resolved = await api.invoke('article.resolveConflict', { id, fileName: copy.fileName, keep });
      onResolved(resolved, keep);
      setCopies((list) => list.filter((c) => c.fileName !== copy.fileName));
    } catch (error) {
      onError(error);
    } finally {
      setResolving(false);
    }
  };
  return { copies, resolving, resolve };
}
