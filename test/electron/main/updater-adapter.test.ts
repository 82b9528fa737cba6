import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InstallHold } from '../../../shared/updates/update-status';
import { UpdatePolicy } from '../../../electron/services/updates/update-policy';
import { MAC_HANDOVER_MS, createUpdaterAdapter, type UpdaterLogger } from '../../../electron/main/updater-adapter';

/** A plain object that emits what electron-updater's autoUpdater emits, and records what it is asked. */
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  autoRunAppAfterInstall = true;
  allowPrerelease = true;
  allowDowngrade = true;
  logger: UpdaterLogger | null = null;
  checks = 0;
  installs: { isSilent: boolean | undefined; isForceRunAfter: boolean | undefined; runAfter: boolean }[] = [];
  checkResult: Promise<unknown> = Promise.resolve(null);
  /** electron-updater adds its install-on-quit listener after update-downloaded only if the flag is true then. */
  quitListenerAdded = false;
  checkForUpdates(): Promise<unknown> {
    this.checks++;
    return this.checkResult;
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push({ isSilent, isForceRunAfter, runAfter: this.autoRunAppAfterInstall });
  }
}

/** Electron's app as far as quitting goes: a quit emits before-quit, then will-quit unless one was prevented. */
class FakeApp extends EventEmitter {
  quits = 0;
  quit(): void {
    this.quits++;
  }
  /** One quit as Electron runs it; returns whether it went through. */
  runQuit(): boolean {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return false;
    this.emit('will-quit', { preventDefault: () => undefined });
    return true;
  }
}

const quietLog: UpdaterLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function setup(platform: NodeJS.Platform) {
  const updater = new FakeUpdater();
  const app = new FakeApp();
  const world = { hold: null as InstallHold | null };
  const adapter = createUpdaterAdapter(updater, app, { platform, log: quietLog });
  const policy = new UpdatePolicy({
    version: '1.0.0',
    updater: adapter.commands,
    unsupportedReason: 'development',
    updateSwitch: () => 'on',
    hold: () => world.hold,
    onChange: () => undefined,
  });
  adapter.follow(policy);
  /** A check that finds 1.1.0 and downloads it, as electron-updater reports it (and adds its quit listener). */
  const downloadNewVersion = async () => {
    policy.checkNow();
    updater.emit('checking-for-update');
    updater.emit('update-available', { version: '1.1.0' });
    updater.emit('download-progress', { percent: 42.5 });
    updater.emit('update-downloaded', { version: '1.1.0', downloadedFile: '/tmp/x' });
    updater.quitListenerAdded = updater.autoInstallOnAppQuit;
    await Promise.resolve();
  };
  return { updater, app, world, policy, downloadNewVersion };
}

describe('the electron-updater adapter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('downloads in the background, final releases only, never an older version, with our logger', () => {
    const { updater } = setup('win32');
    expect(updater.autoDownload).toBe(true);
    expect(updater.allowPrerelease).toBe(false);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.logger).toBe(quietLog);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    // macOS: Squirrel.Mac is handed the update only at a quit the policy allows.
    expect(setup('darwin').updater.autoInstallOnAppQuit).toBe(false);
  });

  it("passes electron-updater's events on as the policy's states", () => {
    const { updater, policy } = setup('linux');
    policy.checkNow();
    expect(updater.checks).toBe(1);
    updater.emit('checking-for-update');
    expect(policy.status().state).toEqual({ kind: 'checking' });
    updater.emit('update-available', { version: '1.1.0', files: [] });
    expect(policy.status().state).toEqual({ kind: 'available', version: '1.1.0' });
    updater.emit('download-progress', { percent: 42.5, bytesPerSecond: 1, total: 2, transferred: 1 });
    expect(policy.status().state).toEqual({ kind: 'downloading', version: '1.1.0', percent: 42 });
    updater.emit('update-downloaded', { version: '1.1.0' });
    expect(policy.status().state).toEqual({ kind: 'ready', version: '1.1.0' });
  });

  it('says up to date, and turns an error into a stable code (the rejected check is not a second error)', async () => {
    const { updater, policy } = setup('linux');
    policy.checkNow();
    updater.emit('update-not-available', { version: '1.0.0' });
    expect(policy.status().state.kind).toBe('up-to-date');

    const failure = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
    updater.checkResult = Promise.reject(failure);
    policy.checkNow();
    updater.emit('checking-for-update');
    updater.emit('error', failure);
    await Promise.resolve();
    expect(policy.status().state).toMatchObject({ kind: 'error', code: 'offline' });
    expect(JSON.stringify(policy.status())).not.toContain('github.com');
  });

  it('a download that fails is a download error', () => {
    const { updater, policy } = setup('win32');
    policy.checkNow();
    updater.emit('update-available', { version: '1.1.0' });
    updater.emit('error', new Error('stream ended early'));
    expect(policy.status().state).toMatchObject({ kind: 'error', code: 'download' });
  });

  it('Windows and Linux: installs on a quit with nothing unsaved and nothing sending', async () => {
    const { updater, app, downloadNewVersion } = setup('win32');
    await downloadNewVersion();
    // electron-updater's quit listener is in place, and until a quit allows it, it would install nothing.
    expect(updater.quitListenerAdded).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(app.runQuit()).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.installs).toEqual([]); // electron-updater installs in its own quit listener
  });

  it('Windows and Linux: a quit with unsaved edits or a publication on its way keeps the update for later', async () => {
    const { updater, app, world, downloadNewVersion } = setup('linux');
    await downloadNewVersion();
    world.hold = 'sending';
    expect(app.runQuit()).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);

    // Unsaved when the quit began, saved as the windows closed: this quit still does not install.
    world.hold = 'unsaved';
    app.emit('before-quit', { preventDefault: () => undefined });
    world.hold = null;
    app.emit('will-quit', { preventDefault: () => undefined });
    expect(updater.autoInstallOnAppQuit).toBe(false);

    // The next quit with nothing in the way installs it.
    expect(app.runQuit()).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('a quit before anything was downloaded installs nothing', () => {
    const { updater, app } = setup('win32');
    app.runQuit();
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('restarts to install only through the policy, silently, and starts the new version', async () => {
    const { updater, app, world, policy, downloadNewVersion } = setup('win32');
    await downloadNewVersion();
    world.hold = 'unsaved';
    expect(policy.restartAndInstall().hold).toBe('unsaved');
    expect(updater.installs).toEqual([]);
    world.hold = null;
    policy.restartAndInstall();
    expect(updater.installs).toEqual([{ isSilent: true, isForceRunAfter: true, runAfter: true }]);
    // The quit electron-updater then makes goes through.
    expect(app.runQuit()).toBe(true);
  });

  it('macOS: an allowed quit waits for Squirrel.Mac to take the update, then quits without restarting', async () => {
    const { updater, app, downloadNewVersion } = setup('darwin');
    await downloadNewVersion();
    expect(app.runQuit()).toBe(false);
    expect(updater.installs).toEqual([{ isSilent: true, isForceRunAfter: false, runAfter: false }]);
    // electron-updater quits once Squirrel has it: that quit is not held again.
    expect(app.runQuit()).toBe(true);
    expect(updater.installs).toHaveLength(1);
  });

  it('macOS: a held quit quits at once and hands nothing over', async () => {
    const { updater, app, world, downloadNewVersion } = setup('darwin');
    await downloadNewVersion();
    world.hold = 'unsaved';
    expect(app.runQuit()).toBe(true);
    expect(updater.installs).toEqual([]);
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('a restart whose install does not start leaves later quits to the policy', async () => {
    const { updater, app, world, policy, downloadNewVersion } = setup('linux');
    await downloadNewVersion();
    policy.restartAndInstall();
    updater.emit('error', new Error("No update filepath provided, can't quit and install"));
    expect(policy.status().state.kind).toBe('ready');
    world.hold = 'unsaved';
    expect(app.runQuit()).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    world.hold = null;
    expect(app.runQuit()).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('macOS: when Squirrel fails or does not answer, the app quits anyway', async () => {
    vi.useFakeTimers();
    const slow = setup('darwin');
    await slow.downloadNewVersion();
    expect(slow.app.runQuit()).toBe(false);
    vi.advanceTimersByTime(MAC_HANDOVER_MS - 1);
    expect(slow.app.quits).toBe(0);
    vi.advanceTimersByTime(1);
    expect(slow.app.quits).toBe(1);

    const failing = setup('darwin');
    await failing.downloadNewVersion();
    expect(failing.app.runQuit()).toBe(false);
    failing.updater.emit('error', new Error('Squirrel could not read the update'));
    expect(failing.app.quits).toBe(1);
    expect(failing.policy.status().state.kind).toBe('ready');
  });
});
