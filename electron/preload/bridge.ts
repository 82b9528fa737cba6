import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { isAppCommand, type PreloadBridge } from '../../shared/api/bridge';
import { COMMAND_CHANNEL, eventChannel, methodChannel } from '../../shared/api/channels';
import { isEventName, isMethodName } from '../../shared/api/names';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Envelope } from '../../shared/api/result';

/** The part of ipcRenderer the bridge uses. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The object exposed as `window.shpalta`: three narrow functions over ipcRenderer. The page never
 * gets ipcRenderer itself nor an IPC event object, only names from the contract reach main, and
 * failures come back as envelopes (contextBridge would strip an Error's `code`).
 */
export function createPreloadBridge(ipc: IpcRendererLike): PreloadBridge {
  const subscribe = (channel: string, deliver: (value: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, value: unknown): void => deliver(value);
    ipc.on(channel, handler);
    return () => {
      ipc.removeListener(channel, handler);
    };
  };

  return {
    async invokeRaw(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        const name = String(method).slice(0, 100);
        return failure({
          code: 'unknown-method',
          key: 'error.api.unknownMethod',
          params: { method: name },
          message: `Unknown API method: “${name}”.`,
        });
      }
      try {
        const reply: unknown = await ipc.invoke(methodChannel(method), input);
        return isEnvelope(reply)
          ? reply
          : failure({
              code: 'internal',
              key: 'error.api.badReply',
              message: 'The main process gave a malformed reply.',
            });
      } catch {
        return failure({
          code: 'internal',
          key: 'error.api.mainUnreachable',
          message: 'The app’s main process could not be reached.',
        });
      }
    },

    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown API event: “${String(event).slice(0, 100)}”.`);
      requireListener(listener);
      return subscribe(eventChannel(event), (payload) => listener(payload));
    },

    onCommand(listener) {
      requireListener(listener);
      return subscribe(COMMAND_CHANNEL, (command) => {
        if (isAppCommand(command)) listener(command);
      });
    },
  };
}

/**
 * A failure as it crosses the wire. Built by hand, not with ApiError, so the preload does not bundle the
 * catalogue: the page words the key itself, and the English `message` is only for logs.
 */
function failure(error: ApiErrorShape): Envelope<never> {
  return { ok: false, error };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function requireListener(listener: unknown): asserts listener is (...args: never[]) => void {
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
}
