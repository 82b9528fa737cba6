import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../../renderer/src/api/connect';
import type { PreloadBridge } from '../../../shared/api/bridge';

const withBridge = window as unknown as { shpalta?: PreloadBridge };

describe('connect', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    delete withBridge.shpalta;
  });

  it('a window with the preload bridge is the Electron host and uses the bridge', async () => {
    const commandListeners: ((command: string) => void)[] = [];
    const invoked: string[] = [];
    withBridge.shpalta = {
      async invokeRaw(method) {
        invoked.push(method);
        return { ok: true, value: { name: 'Шпальта' } };
      },
      on: () => () => undefined,
      onCommand(listener) {
        commandListeners.push(listener);
        return () => undefined;
      },
    };
    const connection = connect(window);
    expect(connection.host).toBe('electron');
    await expect(connection.api.invoke('app.info', {})).resolves.toEqual({ name: 'Шпальта' });
    expect(invoked).toEqual(['app.info']);

    const commands: string[] = [];
    connection.onCommand((command) => commands.push(command));
    for (const listener of commandListeners) listener('new-article');
    expect(commands).toEqual(['new-article']);
  });

  it('a window without the bridge is the browser host, signed in by its cookie alone', () => {
    const connection = connect(window);
    expect(connection.host).toBe('browser');
    // The browser has no application menu: subscribing is harmless and returns an unsubscribe.
    expect(typeof connection.onCommand(() => undefined)).toBe('function');
  });
});
