import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/api/contract';
import { concernsReader, type Reader } from '../../../shared/workflow/status-notice';
import { useApi } from '../api/api-context';

export type StatusNoticeItem = EventPayload<'article.status'> & { key: number };

/** At most this many notices stand at once; the oldest gives way. */
const MAX_NOTICES = 3;

/**
 * Status changes of the person's articles that arrived from outside (a colleague's step on another machine),
 * kept until dismissed: a notice that vanished by itself could be missed. A newer change of the same article
 * replaces its older notice.
 */
export function useStatusNotices(reader: Reader): { notices: StatusNoticeItem[]; dismiss(key: number): void } {
  const api = useApi();
  const [notices, setNotices] = useState<StatusNoticeItem[]>([]);
  const { name, role } = reader;

  useEffect(() => {
    let next = 0;
    return api.on('article.status', (change) => {
      if (!concernsReader(change, { name, role })) return;
      next += 1;
      const item = { ...change, key: next };
      setNotices((shown) => [...shown.filter((notice) => notice.id !== change.id), item].slice(-MAX_NOTICES));
    });
  }, [api, name, role]);

  return { notices, dismiss: (key) => setNotices((shown) => shown.filter((notice) => notice.key !== key)) };
}
