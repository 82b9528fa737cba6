import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../electron/main/window-registry';

/** Just enough of a BrowserWindow for the registry: no Electron here. */
function fakeWindow() {
  const listeners = new Map<string, () => void>();
  const webContents = { id: Math.random() } as unknown as WebContents;
  let destroyed = false;
  const window = {
    webContents,
    isDestroyed: () => destroyed,
    once: (event: string, listener: () => void) => listeners.set(event, listener),
  };
  const close = () => {
    destroyed = true;
    listeners.get('closed')?.();
  };
  return { window: window as unknown as BrowserWindow, webContents, close };
}

describe('WindowRegistry', () => {
  it('knows the webContents of its windows only', () => {
    const registry = new WindowRegistry();
    const a = fakeWindow();
    const stranger = fakeWindow();
    registry.add(a.window);
    expect(registry.owns(a.webContents)).toBe(true);
    expect(registry.owns(stranger.webContents)).toBe(false);
  });

  it('forgets a closed window', () => {
    const registry = new WindowRegistry();
    const a = fakeWindow();
    registry.add(a.window);
    a.close();
    expect(registry.owns(a.webContents)).toBe(false);
    expect(registry.open()).toEqual([]);
    expect(registry.current(null)).toBeUndefined();
  });

  it('prefers the focused window when it is ours', () => {
    const registry = new WindowRegistry();
    const a = fakeWindow();
    const b = fakeWindow();
    registry.add(a.window);
    registry.add(b.window);
    expect(registry.current(b.window)).toBe(b.window);
    expect(registry.current(null)).toBe(a.window);
    expect(registry.current(fakeWindow().window)).toBe(a.window);
  });
});
