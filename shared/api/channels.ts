import type { EventName, MethodName } from './names';

/** IPC channel of a method; the only place the naming scheme is written. */
export function methodChannel(method: MethodName): string {
  return `shpalta:invoke:${method}`;
}

export function eventChannel(event: EventName): string {
  return `shpalta:event:${event}`;
}

/** Browser-mode HTTP routes. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api/events';

export function methodRoute(method: MethodName): string {
  return `${HTTP_API_PREFIX}${method}`;
}

/** What the preload exposes on `window`. */
export const BRIDGE_GLOBAL = 'shpalta';

/** Menu commands (shared/api/bridge.ts APP_COMMANDS) from main to the focused window: no data, no reply. */
export const COMMAND_CHANNEL = 'shpalta:command';
