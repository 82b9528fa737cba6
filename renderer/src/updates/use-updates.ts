import { useEffect, useState } from 'react';
import { toApiError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/i18n/message';
import type { UpdateStatus } from '../../../shared/updates/update-status';
import { useApi } from '../api/api-context';

export type UpdatesView =
  { kind: 'loading' } | { kind: 'ready'; status: UpdateStatus } | { kind: 'error'; reason: Message };

/** Where the app's updates stand: read once, then followed through `updates.state`. */
export function useUpdates(): [UpdatesView, (status: UpdateStatus) => void] {
  const api = useApi();
  const [view, setView] = useState<UpdatesView>({ kind: 'loading' });

  useEffect(() => {
    let alive = true;
    // An event may overtake the first answer: the newer word wins, the answer only fills an empty view.
    const stop = api.on('updates.state', (status) => alive && setView({ kind: 'ready', status }));
    api.invoke('updates.get', {}).then(
      (status) => alive && setView((shown) => (shown.kind === 'ready' ? shown : { kind: 'ready', status })),
      (error: unknown) => alive && setView({ kind: 'error', reason: toApiError(error).reason }),
    );
    return () => {
      alive = false;
      stop();
    };
  }, [api]);

  return [view, (status) => setView({ kind: 'ready', status })];
}
