import type { RenderProcessGoneDetails } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  CRASH_LOOP_MS,
  CrashReloadPolicy,
  crashReloadHandler,
  crashReloadUrl,
  type CrashableWindow,
} from '../../../electron/main/crash-reload';

const START = 'app://shpalta/';
const gone = (reason: RenderProcessGoneDetails['reason']): RenderProcessGoneDetails => ({ reason, exitCode: 11 });

/** The part of a BrowserWindow the handler uses, recording what it was told to load. */
function windowRecorder() {
  const loaded: string[] = [];
  let destroyed = false;
  const window: CrashableWindow = {
    isDestroyed: () => destroyed,
    loadURL: async (url) => void loaded.push(url),
  };
  return { window, loaded, destroy: () => (destroyed = true) };
}

describe('CrashReloadPolicy', () => {
  it('reloads after a crash, an out-of-memory or a kill, and ignores a clean exit', () => {
    for (const reason of ['crashed', 'oom', 'killed', 'abnormal-exit'] as const) {
      expect(new CrashReloadPolicy().decide({ reason }, 1_000)).toBe('reload');
    }
    expect(new CrashReloadPolicy().decide({ reason: 'clean-exit' }, 1_000)).toBe('ignore');
  });

  it('gives up on a second crash soon after a reload, and reloads again once time has passed', () => {
    const policy = new CrashReloadPolicy();
    expect(policy.decide({ reason: 'crashed' }, 1_000)).toBe('reload');
    expect(policy.decide({ reason: 'crashed' }, 1_000 + CRASH_LOOP_MS - 1)).toBe('give-up');
    expect(policy.decide({ reason: 'crashed' }, 1_000 + CRASH_LOOP_MS + 1)).toBe('reload');
  });
});

describe('crashReloadHandler', () => {
  it('loads the start page marked as a crash reload, once per crash, and tells the host when it stops', () => {
    const { window, loaded } = windowRecorder();
    let time = 5_000;
    const gaveUp: string[] = [];
    const handle = crashReloadHandler(window, {
      startUrl: START,
      now: () => time,
      giveUp: (details) => gaveUp.push(details.reason),
      log: () => {},
    });

    handle({}, gone('crashed'));
    expect(loaded).toEqual(['app://shpalta/?recovered=crash']);
    time += 1_000;
    handle({}, gone('crashed'));
    expect(loaded).toHaveLength(1);
    expect(gaveUp).toEqual(['crashed']);
  });

  it('does nothing for a window already closed', () => {
    const { window, loaded, destroy } = windowRecorder();
    destroy();
    crashReloadHandler(window, { startUrl: START, giveUp: () => {}, log: () => {} })({}, gone('crashed'));
    expect(loaded).toEqual([]);
  });

  it('keeps the rest of the start address', () => {
    expect(crashReloadUrl('http://127.0.0.1:4777/?lang=uk')).toBe('http://127.0.0.1:4777/?lang=uk&recovered=crash');
  });
});
