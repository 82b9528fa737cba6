import { describe, expect, it } from 'vitest';
import { createBridgeApi } from '../../../renderer/src/api/bridge-client';
import type { PreloadBridge } from '../../../shared/api/bridge';
import { ApiError } from '../../../shared/api/errors';
import type { Envelope } from '../../../shared/api/result';

/** A preload bridge written by hand: replies from a table, records calls and subscriptions. */
function fakeBridge(replies: Record<string, Envelope<unknown>>) {
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: PreloadBridge = {
    async invokeRaw(method, input) {
      calls.push({ method, input });
      const reply = replies[method];
      if (!reply) throw new Error(`no reply for ${method}`);
      return reply;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    onCommand: () => () => undefined,
  };
  const emit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { bridge, calls, emit };
}

describe('createBridgeApi', () => {
  it('an ok envelope resolves with its value; the method and input are passed through', async () => {
    const value = { libraryPath: '/home/olena/Шпальта', articles: [], damaged: [] };
    const { bridge, calls } = fakeBridge({ 'library.list': { ok: true, value } });
    await expect(createBridgeApi(bridge).invoke('library.list', {})).resolves.toEqual(value);
    expect(calls).toEqual([{ method: 'library.list', input: {} }]);
  });

  it('an error envelope rejects with an ApiError carrying the code and message', async () => {
    const { bridge } = fakeBridge({
      'article.get': {
        ok: false,
        error: { code: 'not-found', key: 'error.article.missing', message: 'Article not found.' },
      },
    });
    const error = await createBridgeApi(bridge)
      .invoke('article.get', { id: 'missing' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', reason: { key: 'error.article.missing' } });
  });

  it('a malformed error envelope still rejects with an ApiError (internal)', async () => {
    const { bridge } = fakeBridge({
      'app.info': { ok: false, error: { code: 'no-such-code', message: 'x' } as never },
    });
    const error = await createBridgeApi(bridge)
      .invoke('app.info', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('internal');
  });

  it('on() subscribes through the bridge and its return value unsubscribes', () => {
    const { bridge, emit } = fakeBridge({});
    const api = createBridgeApi(bridge);
    const received: unknown[] = [];
    const stop = api.on('article.changed', (payload) => received.push(payload));
    emit('article.changed', { id: 'kyiv', hash: 'h1' });
    emit('library.changed', {});
    expect(received).toEqual([{ id: 'kyiv', hash: 'h1' }]);
    stop();
    emit('article.changed', { id: 'kyiv', hash: 'h2' });
    expect(received).toHaveLength(1);
  });
});
