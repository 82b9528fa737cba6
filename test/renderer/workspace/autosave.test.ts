import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../renderer/src/workspace/autosave';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

/** The test's clock: timers fire only as it advances, in time order, with promises settled between them. */
const clock = {
  advance: (ms: number) => vi.advanceTimersByTimeAsync(ms),
  get now() {
    return Date.now();
  },
};

interface Deferred {
  startedAt: number;
  resolve(savedAt: string): void;
  reject(error: unknown): void;
}

/**
 * A save function under the test's control. In auto mode every save succeeds at once with the
 * clock's time; in manual mode each call waits until the test settles it.
 */
function fakeSave(mode: 'auto' | 'manual' = 'auto') {
  const calls: Deferred[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = () =>
    new Promise<{ savedAt: string }>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => {
        inFlight -= 1;
      };
      const call: Deferred = {
        startedAt: clock.now,
        resolve: (savedAt) => {
          done();
          resolve({ savedAt });
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      calls.push(call);
      if (mode === 'auto') call.resolve(new Date(clock.now).toISOString());
    });
  return {
    save,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

function setup(mode: 'auto' | 'manual' = 'auto', options: { retryMs?: number } = {}) {
  const fake = fakeSave(mode);
  const states: SaveState[] = [];
  const autosave = new Autosave({ save: fake.save, onState: (s) => states.push(s), ...options });
  const kinds = () => states.map((s) => s.kind);
  return { fake, states, kinds, autosave };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

function call(calls: Deferred[], index: number): Deferred {
  const found = calls[index];
  if (!found) throw new Error(`save #${index} was not called (only ${calls.length})`);
  return found;
}

describe('Autosave timing', () => {
  it('saves 1 s after the last touch, not before', async () => {
    const { fake, kinds, states, autosave } = setup();
    autosave.touch();
    expect(kinds()).toEqual(['dirty']);
    await clock.advance(999);
    expect(fake.calls).toHaveLength(0);
    await clock.advance(1);
    expect(fake.calls).toHaveLength(1);
    expect(call(fake.calls, 0).startedAt).toBe(1000);
    expect(kinds()).toEqual(['dirty', 'saving', 'saved']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: new Date(1000).toISOString() });
  });

  it('a new touch moves the idle deadline', async () => {
    const { fake, autosave } = setup();
    autosave.touch();
    await clock.advance(700);
    autosave.touch();
    await clock.advance(700);
    expect(fake.calls).toHaveLength(0);
    await clock.advance(300);
    expect(fake.calls.map((c) => c.startedAt)).toEqual([1700]);
  });

  it('reports dirty once per batch of edits, not on every keystroke', async () => {
    const { kinds, autosave } = setup();
    for (let i = 0; i < 5; i++) autosave.touch();
    expect(kinds()).toEqual(['dirty']);
    await clock.advance(1000);
    autosave.touch();
    expect(kinds()).toEqual(['dirty', 'saving', 'saved', 'dirty']);
  });

  it('continuous typing every 300 ms still saves at 10 s', async () => {
    const { fake, autosave } = setup();
    for (let t = 0; t < 10_000; t += 300) {
      autosave.touch();
      await clock.advance(300);
      if (clock.now < 10_000) expect(fake.calls, `at ${clock.now} ms`).toHaveLength(0);
    }
    expect(fake.calls.map((c) => c.startedAt)).toEqual([10_000]);
    // Typing goes on: the next forced save comes 10 s after the first edit after that save.
    for (let i = 0; i < 40; i++) {
      autosave.touch();
      await clock.advance(300);
    }
    expect(fake.calls.map((c) => c.startedAt)).toEqual([10_000, 20_200]);
  });

  it('does nothing when nothing was touched', async () => {
    const { fake, states, autosave } = setup();
    await clock.advance(60_000);
    await autosave.flush();
    expect(fake.calls).toHaveLength(0);
    expect(states).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Autosave: one save at a time', () => {
  it('never starts a second save while one is running', async () => {
    const { fake, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    expect(fake.calls).toHaveLength(1);
    for (let i = 0; i < 100; i++) {
      autosave.touch();
      await clock.advance(300);
    }
    // Ctrl+S while the save is still on its way: it waits for that save, it does not start another.
    const flushing = autosave.flush();
    await clock.advance(0);
    expect(fake.calls).toHaveLength(1);
    call(fake.calls, 0).resolve(new Date(clock.now).toISOString());
    await clock.advance(0);
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve(new Date(clock.now).toISOString());
    await flushing;
    expect(fake.maxInFlight).toBe(1);
  });

  it('a touch during a save leads to another save: dirty, then saved', async () => {
    const { fake, kinds, states, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    expect(kinds()).toEqual(['dirty', 'saving']);
    autosave.touch(); // an edit while the first save is being written
    await clock.advance(200);
    call(fake.calls, 0).resolve('2025-12-19T18:44:00.000Z');
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'dirty']);
    expect(autosave.hasUnsavedChanges).toBe(true);
    await clock.advance(800); // 1 s after that edit
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve('2025-12-19T18:44:02.000Z');
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'dirty', 'saving', 'saved']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2025-12-19T18:44:02.000Z' });
    expect(fake.maxInFlight).toBe(1);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('a save slower than the idle delay: the edit made during it is saved about 1 s after it ends', async () => {
    const { fake, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    autosave.touch(); // t = 1000, during the save
    await clock.advance(2000); // the save takes 2 s, longer than the idle delay
    call(fake.calls, 0).resolve(new Date(clock.now).toISOString());
    await clock.advance(1000);
    // The edit is 3 s old; the idle rule (1 s) says it should have been written by now,
    // not only when the 10 s max-delay timer of that edit fires.
    expect(fake.calls).toHaveLength(2);
  });

  it('a save slower than the max delay: the edit made during it is still saved afterwards', async () => {
    const { fake, kinds, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    autosave.touch(); // during the save
    await clock.advance(15_000); // a very slow disk or network share
    call(fake.calls, 0).resolve(new Date(clock.now).toISOString());
    await clock.advance(60_000);
    expect(kinds().slice(0, 3)).toEqual(['dirty', 'saving', 'dirty']);
    // Nobody touches the text again: the pending edit must not stay in memory only.
    expect(fake.calls).toHaveLength(2);
  });

  it('flush() saves at once and cancels the pending timers', async () => {
    const { fake, kinds, autosave } = setup();
    autosave.touch();
    await clock.advance(300);
    await autosave.flush();
    expect(fake.calls.map((c) => c.startedAt)).toEqual([300]);
    expect(kinds()).toEqual(['dirty', 'saving', 'saved']);
    await clock.advance(20_000);
    expect(fake.calls).toHaveLength(1);
  });
});

describe('Autosave flush during a save', () => {
  it('waits for the save in flight, then writes the edits made meanwhile (switching articles, closing)', async () => {
    const { fake, kinds, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    expect(fake.calls).toHaveLength(1);
    autosave.touch(); // typed while the first save is on its way
    let flushed = false;
    const flushing = autosave.flush().then(() => {
      flushed = true;
    });
    await clock.advance(0);
    expect(flushed).toBe(false);
    expect(fake.calls).toHaveLength(1); // never two saves at once
    call(fake.calls, 0).resolve(new Date(clock.now).toISOString());
    await clock.advance(0);
    expect(fake.calls).toHaveLength(2); // at once, not after the idle pause
    call(fake.calls, 1).resolve(new Date(clock.now).toISOString());
    await flushing;
    expect(flushed).toBe(true);
    expect(kinds().at(-1)).toBe('saved');
    expect(fake.maxInFlight).toBe(1);
  });
});

describe('Autosave failures', () => {
  it('a conflict blocks autosaving until flush()', async () => {
    const { fake, states, kinds, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    const conflict = new ApiError('conflict', message('error.article.changedOutside'));
    call(fake.calls, 0).reject(conflict);
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'conflict']);
    expect(states.at(-1)).toEqual({ kind: 'conflict', error: conflict });
    expect(autosave.hasUnsavedChanges).toBe(true);

    for (let i = 0; i < 50; i++) {
      autosave.touch();
      await clock.advance(500);
    }
    await clock.advance(60_000);
    expect(fake.calls).toHaveLength(1);
    expect(kinds()).toEqual(['dirty', 'saving', 'conflict']);

    const flushed = autosave.flush(); // «Записати мою версію»
    await clock.advance(0);
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve('2025-12-19T18:50:00.000Z');
    await flushed;
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2025-12-19T18:50:00.000Z' });
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('after unblock() the next edit saves again', async () => {
    const { fake, kinds, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    call(fake.calls, 0).reject(new ApiError('conflict', message('error.article.changedOutside')));
    await clock.advance(0);
    await clock.advance(30_000);
    expect(fake.calls).toHaveLength(1);
    autosave.unblock(); // the journalist chose; the edits are still in memory
    autosave.touch();
    await clock.advance(999);
    expect(fake.calls).toHaveLength(1);
    await clock.advance(1);
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve('2025-12-19T18:50:00.000Z');
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'conflict', 'saving', 'saved']);
  });

  it('a generic error shows error, keeps the edits and retries after retryMs', async () => {
    const { fake, states, kinds, autosave } = setup('manual', { retryMs: 5000 });
    autosave.touch();
    await clock.advance(1000);
    const failure = new ApiError('io-error', message('error.library.notOpen'));
    call(fake.calls, 0).reject(failure);
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'error']);
    expect(states.at(-1)).toEqual({ kind: 'error', error: failure });
    expect(autosave.hasUnsavedChanges).toBe(true);

    await clock.advance(4999);
    expect(fake.calls).toHaveLength(1);
    await clock.advance(1);
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve('2025-12-19T18:45:00.000Z');
    await clock.advance(0);
    expect(kinds()).toEqual(['dirty', 'saving', 'error', 'saving', 'saved']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2025-12-19T18:45:00.000Z' });
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('a thrown non-ApiError becomes an ApiError with code internal', async () => {
    const { fake, states, autosave } = setup('manual');
    autosave.touch();
    await clock.advance(1000);
    call(fake.calls, 0).reject(new TypeError('boom'));
    await clock.advance(0);
    const last = states.at(-1);
    expect(last?.kind).toBe('error');
    if (last?.kind !== 'error') return;
    expect(last.error).toBeInstanceOf(ApiError);
    expect(last.error.code).toBe('internal');
  });

  it('the retry button (flush) saves at once after an error', async () => {
    const { fake, kinds, autosave } = setup('manual', { retryMs: 5000 });
    autosave.touch();
    await clock.advance(1000);
    call(fake.calls, 0).reject(new ApiError('io-error', message('error.library.notOpen')));
    await clock.advance(0);
    const flushed = autosave.flush();
    await clock.advance(0);
    expect(fake.calls).toHaveLength(2);
    call(fake.calls, 1).resolve('2025-12-19T18:45:00.000Z');
    await flushed;
    expect(kinds().at(-1)).toBe('saved');
    await clock.advance(10_000); // the retry timer finds nothing left to save
    expect(fake.calls).toHaveLength(2);
  });
});

describe('Autosave state', () => {
  it('hasUnsavedChanges: false when clean, true when dirty or saving, false once saved', async () => {
    const { fake, autosave } = setup('manual');
    expect(autosave.hasUnsavedChanges).toBe(false);
    autosave.touch();
    expect(autosave.hasUnsavedChanges).toBe(true);
    await clock.advance(1000);
    expect(fake.calls).toHaveLength(1);
    expect(autosave.hasUnsavedChanges).toBe(true); // the save has not reached the disk yet
    call(fake.calls, 0).resolve('2025-12-19T18:44:00.000Z');
    await clock.advance(0);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('reset() reports clean, forgets the edits and cancels the scheduled save', async () => {
    const { fake, kinds, autosave } = setup();
    autosave.touch();
    await clock.advance(500);
    autosave.reset();
    expect(kinds()).toEqual(['dirty', 'clean']);
    expect(autosave.hasUnsavedChanges).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    await clock.advance(20_000);
    expect(fake.calls).toHaveLength(0);
    autosave.touch(); // the next edit reports dirty again
    expect(kinds()).toEqual(['dirty', 'clean', 'dirty']);
  });

  it('dispose() cancels the timers and ignores later edits', async () => {
    const { fake, autosave } = setup();
    autosave.touch();
    await clock.advance(500);
    autosave.dispose();
    expect(vi.getTimerCount()).toBe(0);
    autosave.touch();
    await clock.advance(60_000);
    expect(fake.calls).toHaveLength(0);
  });
});
