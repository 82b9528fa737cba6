import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerTable } from '../../../shared/api/contract';
import { createIpcHandler, type InvokeEventLike } from '../../../electron/main/ipc-handler';

const ours = { id: 1 } as unknown as WebContents;
const stranger = { id: 2 } as unknown as WebContents;
const ownsContents = (contents: WebContents) => contents === ours;

function event(url: string | null, options: { sender?: WebContents; topFrame?: boolean } = {}): InvokeEventLike {
  const frame = url === null ? null : { url, parent: options.topFrame === false ? {} : null };
  return { sender: options.sender ?? ours, senderFrame: frame } as unknown as InvokeEventLike;
}

function setup() {
  const create = vi.fn(async ({ headline }: { headline?: string }) => ({ headline }));
  const handlers = { 'article.create': create } as unknown as HandlerTable;
  const handle = createIpcHandler(handlers, 'article.create', ownsContents);
  return { create, handle };
}

describe('createIpcHandler', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('dispatches a valid call from the app page', async () => {
    const { create, handle } = setup();
    await expect(handle(event('app://shpalta/'), { headline: 'Новина' })).resolves.toEqual({
      ok: true,
      value: { headline: 'Новина' },
    });
    expect(create).toHaveBeenCalledWith({ headline: 'Новина' });
  });

  it('validates the argument with the contract', async () => {
    const { create, handle } = setup();
    const reply = await handle(event('app://shpalta/'), { headline: 42, extra: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(create).not.toHaveBeenCalled();
  });

  it.each([
    ['no frame', event(null)],
    ['a subframe', event('app://shpalta/', { topFrame: false })],
    ['a foreign page', event('https://example.com/')],
    ['a file page', event('file:///tmp/index.html')],
    ['another webContents', event('app://shpalta/', { sender: stranger })],
  ])('refuses %s before reading the argument', async (_name, invokeEvent) => {
    const { create, handle } = setup();
    const reply = await handle(invokeEvent, { headline: 'x' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', key: 'error.api.foreignSender', message: expect.any(String) },
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws on access (disposed mid-call)', async () => {
    const { create, handle } = setup();
    const disposed = {
      sender: ours,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as InvokeEventLike;
    await expect(handle(disposed, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(create).not.toHaveBeenCalled();
  });
});
