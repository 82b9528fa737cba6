import type { Envelope } from './result';

/**
 * What the Electron preload exposes on `window[BRIDGE_GLOBAL]`. It stays this small because
 * contextBridge copies values across worlds and drops the prototype of errors; the renderer's
 * client turns envelopes back into ApiError.
 */
export interface PreloadBridge {
  invokeRaw(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Commands from the application menu, e.g. `new-article`. */
  onCommand(listener: (command: string) => void): () => void;
}

/** Commands the application menu sends to the page. */
export const APP_COMMANDS = ['new-article', 'save', 'open-settings', 'open-about'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}
