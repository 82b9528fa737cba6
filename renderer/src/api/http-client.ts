import { HTTP_EVENTS_PATH, methodRoute } from '../../../shared/api/channels';
import {
  EVENT_NAMES,
  type EventName,
  type EventPayload,
  type MethodInput,
  type ShpaltaApi,
} from '../../../shared/api/contract';
import { ApiError, toApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

/** A stream that the server closed for good (an answer other than the stream) is opened again after this. */
const REOPEN_MS = 5000;

export interface HostWatch {
  /**
   * The host was lost (false) or is back (true), as the event stream sees it: a stopped host is noticed without
   * waiting for a save to fail. Only changes are reported; until the first, the host counts as there.
   */
  onHostReachable(listener: (reachable: boolean) => void): () => void;
}

/**
 * Browser mode: the same contract over HTTP to the loopback host, events over server-sent events. The
 * session cookie (HttpOnly, set when the printed address was opened) goes with every request by itself:
 * this page never holds the secret.
 *
 * `view`: this page's view id. The host forgets what a view has open when its event stream ends (the tab
 * closed), so when a lost stream comes back, the last `view.opened` is said again.
 */
export function createHttpApi(baseUrl: string, view?: string): ShpaltaApi & HostWatch {
  let source: EventSource | null = null;
  let opened: MethodInput<'view.opened'> | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const reachListeners = new Set<(reachable: boolean) => void>();
  let reachable = true;

  const reach = (next: boolean) => {
    if (next === reachable) return;
    reachable = next;
    for (const listener of reachListeners) listener(next);
  };

  const deliver = (name: EventName, payload: unknown) => {
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  const ensureSource = () => {
    if (source) return;
    const stream = new EventSource(`${baseUrl}${HTTP_EVENTS_PATH}${view ? `?view=${encodeURIComponent(view)}` : ''}`);
    source = stream;
    stream.addEventListener('open', () => {
      if (!reachable && opened) void api.invoke('view.opened', opened).catch(() => undefined);
      reach(true);
      // What changed before the stream was there (between the page's first answers and this open, or while it
      // was lost) was sent to no one: whoever shows the library reads it again.
      deliver('library.changed', {});
    });
    // The browser retries a dropped stream by itself (the host asks for every 2 s); one it closed is opened anew.
    stream.addEventListener('error', () => {
      reach(false);
      if (stream.readyState !== EventSource.CLOSED) return;
      source = null;
      setTimeout(ensureSource, REOPEN_MS);
    });
    for (const name of EVENT_NAMES) {
      stream.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        deliver(name, payload);
      });
    }
  };

  const api: ShpaltaApi & HostWatch = {
    async invoke(method, input) {
      if (method === 'view.opened') opened = input as MethodInput<'view.opened'>;
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${methodRoute(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        throw new ApiError('host-unreachable', message('error.host.unreachable'));
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
    onHostReachable(listener) {
      ensureSource();
      reachListeners.add(listener);
      return () => reachListeners.delete(listener);
    },
  };
  return api;
}
