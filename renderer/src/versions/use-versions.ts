import { useCallback, useEffect, useState } from 'react';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';
import type { VersionEntry } from '../../../shared/domain/versions';
import type { Message } from '../../../shared/i18n/message';
import { useApi } from '../api/api-context';

export type VersionsState =
  { kind: 'loading' } | { kind: 'ready'; versions: VersionEntry[] } | { kind: 'failed'; reason: Message };

function readVersions(api: ShpaltaApi, id: string): Promise<VersionsState> {
  return api.invoke('versions.list', { id }).then(
    ({ versions }): VersionsState => ({ kind: 'ready', versions }),
    (error: unknown): VersionsState => ({ kind: 'failed', reason: toApiError(error).reason }),
  );
}

/** The open article's kept versions, read again whenever its file changes (a save may have kept one). */
export function useVersions(articleId: string): { state: VersionsState; reload(): Promise<void> } {
  const api = useApi();
  const [state, setState] = useState<VersionsState>({ kind: 'loading' });

  const reload = useCallback(async () => setState(await readVersions(api, articleId)), [api, articleId]);

  useEffect(() => {
    let live = true;
    const read = () => void readVersions(api, articleId).then((next) => live && setState(next));
    read();
    const stop = api.on('article.changed', ({ id }) => {
      if (id === articleId) read();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, articleId]);

  return { state, reload };
}
