import { useEffect, useState } from 'react';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { VIEW_ID } from '../api/view-id';

/**
 * What this view has open goes to the host one announcement at a time: two requests in flight may overtake
 * each other, and leaving one article must never land after opening the next.
 */
const announcements = new WeakMap<ShpaltaApi, Promise<unknown>>();

function announce(api: ShpaltaApi, id: string | null): Promise<string[]> {
  const previous = announcements.get(api) ?? Promise.resolve();
  const next = previous.then(() => api.invoke('view.opened', { view: VIEW_ID, id })).then(({ views }) => views);
  announcements.set(
    api,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Whether the article is open in another view too (a second tab, another window or browser): the host says
 * so when this view opens it, and again whenever another view opens or leaves it.
 */
export function useOpenElsewhere(api: ShpaltaApi, id: string): boolean {
  const [elsewhere, setElsewhere] = useState(false);
  useEffect(() => {
    let alive = true;
    const show = (views: string[]) => {
      if (alive) setElsewhere(views.some((view) => view !== VIEW_ID));
    };
    const stop = api.on('article.views', (change) => {
      if (change.id === id) show(change.views);
    });
    // An older host without views, or one out of reach: nothing is said, and the article works as before.
    announce(api, id).then(show, () => undefined);
    return () => {
      alive = false;
      stop();
      void announce(api, null).catch(() => undefined);
    };
  }, [api, id]);
  return elsewhere;
}
