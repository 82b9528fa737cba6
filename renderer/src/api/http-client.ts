import { HTTP_EVENTS_PATH, methodRoute } from '../../../shared/api/channels';
import { EVENT_NAMES, type EventName, type EventPayload, type ShpaltaApi } from '../../../shared/api/contract';
import { ApiError, toApiError } from '../../../shared/api/errors';

/**
 * Browser mode: the same contract over HTTP to the loopback host, events over server-sent events. The
 * session cookie (HttpOnly, set when the printed address was opened) goes with every request by itself:
 * this page never holds the secret.
 */
export function createHttpApi(baseUrl: string): ShpaltaApi {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const ensureSource = () => {
    if (source) return;
    source = new EventSource(`${baseUrl}${HTTP_EVENTS_PATH}`);
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
          headers: { 'Content-Type': 'application/json' },
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
