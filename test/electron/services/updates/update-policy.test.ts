import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InstallHold, UpdateStatus } from '../../../../shared/updates/update-status';
import {
  CHECK_EVERY_MS,
  FIRST_CHECK_DELAY_MS,
  RETRY_AFTER_ERROR_MS,
  UpdatePolicy,
  type UpdateSwitch,
} from '../../../../electron/services/updates/update-policy';

/** A policy over a recording updater: what it asked, what it told, with the switch and the hold as set. */
function setup(options: { supported?: boolean; updateSwitch?: UpdateSwitch } = {}) {
  const world = {
    updateSwitch: options.updateSwitch ?? ('on' as UpdateSwitch),
    hold: null as InstallHold | null,
    checks: 0,
    installs: 0,
    told: [] as UpdateStatus[],
  };
  const policy = new UpdatePolicy({
    version: '1.0.0',
    updater:
      options.supported === false
        ? null
        : { check: () => void world.checks++, installNow: () => void world.installs++ },
    unsupportedReason: 'development',
    updateSwitch: () => world.updateSwitch,
    hold: () => world.hold,
    onChange: (status) => world.told.push(status),
  });
  return { policy, world, kinds: () => world.told.map((status) => status.state.kind) };
}

describe('UpdatePolicy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-07T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks a little after the window shows, never at once, then once a day', () => {
    const { policy, world } = setup();
    expect(policy.status().state).toEqual({ kind: 'idle' });
    policy.start();
    expect(world.checks).toBe(0);
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS - 1);
    expect(world.checks).toBe(0);
    vi.advanceTimersByTime(1);
    expect(world.checks).toBe(1);
    expect(policy.status().state).toEqual({ kind: 'checking' });

    policy.checking();
    policy.notAvailable();
    expect(policy.status().state).toEqual({ kind: 'up-to-date', checkedAt: '2026-12-07T09:00:15.000Z' });
    vi.advanceTimersByTime(CHECK_EVERY_MS - 1);
    expect(world.checks).toBe(1);
    vi.advanceTimersByTime(1);
    expect(world.checks).toBe(2);
    policy.start(); // a second window showing starts nothing more
    policy.notAvailable();
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    expect(world.checks).toBe(3);
  });

  it('goes through available, downloading in whole percents and ready, then asks the feed no more', () => {
    const { policy, world, kinds } = setup();
    policy.start();
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS);
    policy.checking();
    policy.available('1.1.0');
    policy.progress(10.2);
    policy.progress(10.7); // the same whole percent: the page is not told again
    policy.progress(55);
    policy.downloaded('1.1.0');
    expect(kinds()).toEqual(['checking', 'checking', 'available', 'downloading', 'downloading', 'ready']);
    expect(world.told.filter((s) => s.state.kind === 'downloading').map((s) => s.state)).toEqual([
      { kind: 'downloading', version: '1.1.0', percent: 10 },
      { kind: 'downloading', version: '1.1.0', percent: 55 },
    ]);
    expect(policy.status()).toEqual({
      state: { kind: 'ready', version: '1.1.0' },
      currentVersion: '1.0.0',
      administrator: false,
      hold: null,
    });
    vi.advanceTimersByTime(CHECK_EVERY_MS * 3);
    expect(world.checks).toBe(1);
    expect(policy.checkNow().state.kind).toBe('ready');
    expect(world.checks).toBe(1);
  });

  it('installs on quit only when no article has unsaved edits and the outbox is not sending', () => {
    const { policy, world } = setup();
    expect(policy.mayInstallOnQuit()).toBe(false); // nothing downloaded
    policy.checkNow();
    policy.available('1.1.0');
    policy.downloaded('1.1.0');
    expect(policy.mayInstallOnQuit()).toBe(true);
    world.hold = 'unsaved';
    expect(policy.mayInstallOnQuit()).toBe(false);
    expect(policy.status().hold).toBe('unsaved');
    world.hold = 'sending';
    expect(policy.mayInstallOnQuit()).toBe(false);
    expect(policy.status().hold).toBe('sending');
    // Held, not lost: the next quit with nothing in the way installs it.
    world.hold = null;
    expect(policy.mayInstallOnQuit()).toBe(true);
    expect(policy.status().state).toEqual({ kind: 'ready', version: '1.1.0' });
  });

  it('restarts to install only when the person asks and nothing would be lost', () => {
    const { policy, world } = setup();
    expect(policy.restartAndInstall().state.kind).toBe('idle');
    expect(world.installs).toBe(0);
    policy.checkNow();
    policy.downloaded('1.1.0');
    world.hold = 'unsaved';
    expect(policy.restartAndInstall().hold).toBe('unsaved');
    world.hold = 'sending';
    expect(policy.restartAndInstall().hold).toBe('sending');
    expect(world.installs).toBe(0);
    world.hold = null;
    expect(policy.restartAndInstall().hold).toBeNull();
    expect(world.installs).toBe(1);
  });

  it('waits longer after each failed check, up to a day, and a success starts over', () => {
    const { policy, world } = setup();
    policy.checkNow();
    expect(world.checks).toBe(1);
    policy.failed('offline');
    expect(policy.status().state).toEqual({ kind: 'error', code: 'offline', at: '2026-12-07T09:00:00.000Z' });
    const waits = [RETRY_AFTER_ERROR_MS, RETRY_AFTER_ERROR_MS * 2, RETRY_AFTER_ERROR_MS * 4];
    for (const [index, wait] of waits.entries()) {
      vi.advanceTimersByTime(wait - 1);
      expect(world.checks).toBe(index + 1);
      vi.advanceTimersByTime(1);
      expect(world.checks).toBe(index + 2);
      policy.failed('feed');
    }
    // Never more than a day apart, however many failures.
    for (let i = 0; i < 10; i++) policy.failed('offline');
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    expect(world.checks).toBe(5);
    policy.notAvailable();
    policy.checkNow();
    policy.failed('offline');
    vi.advanceTimersByTime(RETRY_AFTER_ERROR_MS);
    expect(world.checks).toBe(7);
  });

  it('keeps a downloaded update when installing it fails, says so once, and tries it at the next quit', () => {
    const { policy, world } = setup();
    policy.checkNow();
    policy.downloaded('1.1.0');
    const told = world.told.length;
    policy.failed('install');
    expect(policy.status().state).toEqual({ kind: 'ready', version: '1.1.0', installFailed: true });
    policy.failed('install');
    expect(world.told.length).toBe(told + 1);
    expect(policy.mayInstallOnQuit()).toBe(true);
    // A newer download is a fresh start.
    policy.downloaded('1.2.0');
    expect(policy.status().state).toEqual({ kind: 'ready', version: '1.2.0' });
  });

  it('turned off: no check at all, a timer already set stops, events are dropped; turned on, it checks again', () => {
    const { policy, world } = setup();
    policy.start();
    world.updateSwitch = 'off-by-setting';
    policy.settingsChanged();
    expect(policy.status().state).toEqual({ kind: 'disabled', by: 'setting' });
    vi.advanceTimersByTime(CHECK_EVERY_MS * 2);
    expect(world.checks).toBe(0);
    expect(policy.checkNow().state).toEqual({ kind: 'disabled', by: 'setting' });
    expect(world.checks).toBe(0);
    policy.available('1.1.0'); // a late event of a check that began before
    expect(policy.status().state.kind).toBe('disabled');
    expect(policy.mayInstallOnQuit()).toBe(false);

    world.updateSwitch = 'on';
    policy.settingsChanged();
    expect(policy.status().state).toEqual({ kind: 'idle' });
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS);
    expect(world.checks).toBe(1);
  });

  it('a downloaded update is not installed once updates are turned off', () => {
    const { policy, world } = setup();
    policy.checkNow();
    policy.downloaded('1.1.0');
    world.updateSwitch = 'off-by-setting';
    policy.settingsChanged();
    expect(policy.mayInstallOnQuit()).toBe(false);
    expect(policy.restartAndInstall().state.kind).toBe('disabled');
    expect(world.installs).toBe(0);
  });

  it("the administrator's policy turns it off whatever the setting, and the status says who did", () => {
    const { policy, world } = setup({ updateSwitch: 'off-by-administrator' });
    expect(policy.status()).toMatchObject({
      state: { kind: 'disabled', by: 'administrator' },
      administrator: true,
    });
    policy.start();
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    policy.checkNow();
    expect(world.checks).toBe(0);
  });

  it('where there is nothing to update it says so and never checks', () => {
    const { policy, world } = setup({ supported: false });
    expect(policy.status().state).toEqual({ kind: 'unsupported', reason: 'development' });
    policy.start();
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    expect(policy.checkNow().state.kind).toBe('unsupported');
    expect(policy.restartAndInstall().state.kind).toBe('unsupported');
    expect(policy.mayInstallOnQuit()).toBe(false);
    world.updateSwitch = 'off-by-setting';
    policy.settingsChanged();
    expect(policy.status().state.kind).toBe('unsupported');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a check under way is not started twice, and a timer that fires meanwhile waits for the next day', () => {
    const { policy, world } = setup();
    policy.checkNow();
    policy.checkNow();
    expect(world.checks).toBe(1);
    policy.available('1.1.0');
    vi.advanceTimersByTime(CHECK_EVERY_MS); // still downloading a day later
    expect(world.checks).toBe(1);
    policy.failed('download');
    expect(policy.status().state).toMatchObject({ kind: 'error', code: 'download' });
    vi.advanceTimersByTime(RETRY_AFTER_ERROR_MS);
    expect(world.checks).toBe(2);
  });

  it('dispose stops the timers', () => {
    const { policy } = setup();
    policy.start();
    policy.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
