import { useEffect, useState } from 'react';
import type { ArticleFile, ShpaltaApi } from '../../../shared/api/contract';
import { toApiError, type ApiError } from '../../../shared/api/errors';
import { withKeptDraft } from './drafts/with-kept-draft';

export type LoadedArticle =
  | { kind: 'loading' }
  | { kind: 'error'; error: ApiError }
  /** `restored`: the file carries edits kept in this browser that the host never confirmed. */
  | { kind: 'ready'; file: ArticleFile; restored: boolean };

/**
 * Opens one article. Edits this browser kept while the host could not take them open with it. A file caught
 * half-written (a sync tool, another program) cannot be opened; when it changes again, or on `retry`, it is
 * read again.
 */
export function useArticleFile(api: ShpaltaApi, id: string): { loaded: LoadedArticle; retry(): void } {
  const [loaded, setLoaded] = useState<LoadedArticle>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    api
      .invoke('article.get', { id })
      .then(withKeptDraft)
      .then(
        ({ file, restored }) => alive && setLoaded({ kind: 'ready', file, restored }),
        (error: unknown) => alive && setLoaded({ kind: 'error', error: toApiError(error) }),
      );
    return () => {
      alive = false;
    };
  }, [api, id, attempt]);

  const failed = loaded.kind === 'error';
  useEffect(
    () => (failed ? api.on('article.changed', (change) => change.id === id && setAttempt((n) => n + 1)) : undefined),
    [api, id, failed],
  );

  return {
    loaded,
    retry() {
      setLoaded({ kind: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
