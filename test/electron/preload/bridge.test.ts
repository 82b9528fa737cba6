import type { IpcRendererEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL } from '../../../shared/api/channels';
import { toApiError } from '../../../shared/api/errors';
import { createTranslator } from '../../../shared/i18n/translate';
import { createPreloadBridge, type IpcRendererLike } from '../../../electron/preload/bridge';

type Listener = (event: IpcRendererEvent, value: unknown) => void;

/** An in-memory ipcRenderer: records invokes, lets the test emit messages. */
function fakeIpc(reply: (channel: string, input: unknown) => unknown = () => ({ ok: true, value: null })) {
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn(async (channel: string, input: unknown) => reply(channel, input));
  const ipc = {
    invoke,
    on(channel: string, listener: Listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipc;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const emit = (channel: string, value: unknown) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'secret' } as unknown as IpcRendererEvent, value);
  };
  return { ipc: ipc as unknown as IpcRendererLike, invoke, emit, listeners };
}

describe('createPreloadBridge', () => {
  it('invokes contract methods on their channel and returns the envelope as it came', async () => {
    const { ipc, invoke } = fakeIpc(() => ({ ok: false, error: { code: 'not-found', message: 'Немає' } }));
    const bridge = createPreloadBridge(ipc);
    await expect(bridge.invokeRaw('article.get', { id: 'abc' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Немає' },
    });
    expect(invoke).toHaveBeenCalledWith('shpalta:invoke:article.get', { id: 'abc' });
  });

  it('answers unknown methods itself, without IPC', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    for (const method of ['fs.readFile', '__proto__', 'constructor', '']) {
      await expect(bridge.invokeRaw(method, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-method' },
      });
    }
    await expect(bridge.invokeRaw(42 as unknown as string, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns transport failures and malformed replies into internal errors, never rejections', async () => {
    const failing = createPreloadBridge(
      fakeIpc(() => {
        throw new Error("No handler registered for 'shpalta:invoke:app.info'");
      }).ipc,
    );
    await expect(failing.invokeRaw('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    const garbled = createPreloadBridge(fakeIpc(() => 'not an envelope').ipc);
    await expect(garbled.invokeRaw('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('sends failures the page can word, with the catalogue’s own English for logs', async () => {
    // The preload builds these by hand so that it does not bundle the catalogue; they must still read as
    // the catalogue's reasons on the page.
    const english = createTranslator('en');
    const replies = [
      await createPreloadBridge(fakeIpc().ipc).invokeRaw('no.such', {}),
      await createPreloadBridge(fakeIpc(() => 'not an envelope').ipc).invokeRaw('app.info', {}),
      await createPreloadBridge(
        fakeIpc(() => {
          throw new Error('gone');
        }).ipc,
      ).invokeRaw('app.info', {}),
    ];
    for (const reply of replies) {
      if (reply.ok) throw new Error('expected a failure');
      const error = toApiError(reply.error);
      expect(error.reason.key).toBe(reply.error.key);
      expect(error.reason.key).not.toBe('error.generic');
      expect(reply.error.message).toBe(english.message(error.reason));
    }
  });

  it('delivers contract events with their payload only, and unsubscribes', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const listener = vi.fn();
    const stop = bridge.on('library.changed', listener);
    emit('shpalta:event:library.changed', {});
    expect(listener).toHaveBeenCalledWith({});
    expect(listener.mock.calls[0]).toHaveLength(1);
    stop();
    emit('shpalta:event:library.changed', {});
    expect(listener).toHaveBeenCalledOnce();
  });

  it('refuses events that are not in the contract and listeners that are not functions', () => {
    const bridge = createPreloadBridge(fakeIpc().ipc);
    expect(() => bridge.on('anything', () => undefined)).toThrow(/Unknown API event/);
    expect(() => bridge.on('library.changed', 'x' as unknown as () => void)).toThrow(TypeError);
    expect(() => bridge.onCommand(null as unknown as () => void)).toThrow(TypeError);
  });

  it('passes on known menu commands only', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const listener = vi.fn();
    const stop = bridge.onCommand(listener);
    emit(COMMAND_CHANNEL, 'new-article');
    emit(COMMAND_CHANNEL, 'format-disk');
    emit(COMMAND_CHANNEL, { command: 'new-article' });
    expect(listener.mock.calls).toEqual([['new-article']]);
    stop();
    emit(COMMAND_CHANNEL, 'save');
    expect(listener).toHaveBeenCalledOnce();
  });
});
