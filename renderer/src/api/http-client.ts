import { HTTP_EVENTS_PATH, methodRoute } from '../../../shared/api/channels';
import { EVENT_NAMES, type EventName, type EventPayload, type ShpaltaApi } from '../../../shared/api/contract';
import { ApiError, toApiError } from '../../../shared/api/errors';

const TOKEN_KEY = 'shpalta.token';

/**
 * Takes the per-run token from the address the host printed, keeps it for reloads of this tab
 * and removes it from the visible address so it does not end up in history or screenshots.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/** Browser mode: the same contract over HTTP to the loopback host, events over server-sent events. */
export function createHttpApi(baseUrl: string, token: string | null): ShpaltaApi {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const ensureSource = () => {
    if (source || !token) return;
    source = new EventSource(`${baseUrl}${HTTP_EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };

  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${methodRoute(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input),
        });
      } catch {
        throw new ApiError('host-unreachable', 'Немає зв’язку з програмою: можливо, сервер режиму браузера зупинено.');
      }
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw toApiError(body);
      return body as never;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
