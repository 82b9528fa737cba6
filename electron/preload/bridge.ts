import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { isAppCommand, type PreloadBridge } from '../../shared/api/bridge';
import { COMMAND_CHANNEL, eventChannel, methodChannel } from '../../shared/api/channels';
import { isEventName, isMethodName } from '../../shared/api/names';
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/i18n/message';
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
        return failure(
          new ApiError('unknown-method', message('error.api.unknownMethod', { method: String(method).slice(0, 100) })),
        );
      }
      try {
        const reply: unknown = await ipc.invoke(methodChannel(method), input);
        return isEnvelope(reply) ? reply : failure(new ApiError('internal', message('error.api.badReply')));
      } catch {
        return failure(new ApiError('internal', message('error.api.mainUnreachable')));
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

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error: error.toJSON() };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function requireListener(listener: unknown): asserts listener is (...args: never[]) => void {
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
}
