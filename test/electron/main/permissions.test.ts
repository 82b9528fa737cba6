import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../electron/main/permissions';

/**
 * Every permission name Electron's own typings list for the request and check handlers, read from the
 * installed package's electron.d.ts (text only: the package is never loaded), so a permission a newer
 * Electron adds is covered the day it is installed.
 */
async function electronPermissionNames(handler: string): Promise<string[]> {
  const typings = await readFile(
    path.resolve(import.meta.dirname, '../../../node_modules/electron/electron.d.ts'),
    'utf8',
  );
  const signature = new RegExp(`^\\s*${handler}\\(handler: .*?permission: ((?:'[^']+'(?: \\| )?)+)`, 'm').exec(typings);
  if (!signature?.[1]) throw new Error(`${handler} not found in electron.d.ts`);
  return [...signature[1].matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
}

/** A stand-in Session that keeps the handlers set on it. */
class RecordingSession implements PermissionSession {
  request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | null = null;
  check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | null = null;
  device: Parameters<PermissionSession['setDevicePermissionHandler']>[0] | null = null;
  download: ((event: { preventDefault(): void }) => void) | null = null;

  setPermissionRequestHandler(handler: RecordingSession['request']): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: RecordingSession['check']): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: RecordingSession['device']): void {
    this.device = handler;
  }
  on(_event: 'will-download', listener: (event: { preventDefault(): void }) => void): this {
    this.download = listener;
    return this;
  }
}

describe('denyAllPermissions', () => {
  const session = new RecordingSession();
  denyAllPermissions(session);

  it('knows Electron’s permission names (the typings were read)', async () => {
    const names = await electronPermissionNames('setPermissionRequestHandler');
    expect(names.length).toBeGreaterThan(30);
    expect(names).toEqual(expect.arrayContaining(['media', 'geolocation', 'notifications', 'openExternal', 'unknown']));
  });

  it('denies every permission a page may request, once each, at once', async () => {
    const names = await electronPermissionNames('setPermissionRequestHandler');
    for (const permission of names) {
      const answers: boolean[] = [];
      session.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers no to every permission check, and to names Electron does not list yet', async () => {
    const names = await electronPermissionNames('setPermissionCheckHandler');
    for (const permission of [...names, 'a-future-permission']) {
      expect(session.check?.({}, permission), permission).toBe(false);
    }
  });

  it('grants no device (HID, serial, USB) and cancels every download', () => {
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(session.device?.({ deviceType, origin: 'app://shpalta' }), deviceType).toBe(false);
    }
    let prevented = false;
    session.download?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
