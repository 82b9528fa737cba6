import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEAVY_DRAW_MS, HEAVY_SHOWN_MS, QUIET_MS, RedrawSchedule } from '../../../renderer/src/preview/redraw-schedule';

/** Issue 18's budget: every open preview redrawn within this long after a keystroke. */
const BUDGET_MS = 100;
/** A steady typist's interval between keys (bench/typing.ts types at 80–140 ms). */
const KEY_MS = 90;
/** The next frame (fake timers paint every 16 ms) and the task after it. */
const NEXT_FRAME_MS = 17;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => vi.useRealTimers());

/** The article as a version number, and a preview that records which version each draw showed. */
function preview(draw: (version: number) => void | Promise<void> = () => {}) {
  const state = { version: 0, drawn: [] as number[] };
  const schedule = new RedrawSchedule(() => {
    state.drawn.push(state.version);
    return draw(state.version);
  });
  const type = () => {
    state.version += 1;
    schedule.changed();
  };
  return { state, schedule, type };
}

/** A draw that is shown only when the test says so (the page frame loading). */
function deferredDraws() {
  const loads: Array<() => void> = [];
  const draw = () =>
    new Promise<void>((resolve) => {
      loads.push(resolve);
    });
  return { loads, draw };
}

describe('RedrawSchedule', () => {
  it('never draws inside the keystroke, and draws its version right after the next frame', async () => {
    const { state, type } = preview();
    type();
    expect(state.drawn).toEqual([]);
    await vi.advanceTimersByTimeAsync(NEXT_FRAME_MS);
    expect(state.drawn).toEqual([1]);
  });

  it('coalesces the changes before a draw into one draw of the latest version', async () => {
    const { state, type } = preview();
    type();
    type();
    type();
    await vi.runAllTimersAsync();
    expect(state.drawn).toEqual([3]);
  });

  it('follows a burst of typing: each keystroke is drawn within the budget, not after the pause', async () => {
    const { state, type } = preview();
    for (let key = 1; key <= 20; key += 1) {
      type();
      await vi.advanceTimersByTimeAsync(BUDGET_MS / 2);
      expect(state.drawn.at(-1)).toBe(key);
      await vi.advanceTimersByTimeAsync(KEY_MS - BUDGET_MS / 2);
    }
    expect(state.drawn).toHaveLength(20);
  });

  it('starts no draw while the last one is being shown; changes meanwhile lead to exactly one more', async () => {
    const { loads, draw } = deferredDraws();
    const { state, type } = preview(draw);
    type();
    await vi.advanceTimersByTimeAsync(NEXT_FRAME_MS);
    expect(state.drawn).toEqual([1]);
    type();
    type();
    await vi.advanceTimersByTimeAsync(KEY_MS);
    expect(state.drawn).toEqual([1]);

    loads[0]?.();
    await vi.advanceTimersByTimeAsync(NEXT_FRAME_MS);
    expect(state.drawn).toEqual([1, 3]);
    loads[1]?.();
    await vi.runAllTimersAsync();
    expect(state.drawn).toEqual([1, 3]);
  });

  it('draws at once when asked to (opened, another article), without waiting for a task', () => {
    const { state, schedule } = preview();
    schedule.now();
    expect(state.drawn).toEqual([0]);
  });

  it('draws nothing after it is stopped, not even a draw that was pending', async () => {
    const { state, schedule, type } = preview();
    type();
    schedule.stop();
    type();
    await vi.runAllTimersAsync();
    expect(state.drawn).toEqual([]);
  });

  it('a preview heavier than a frame three draws running waits for a pause in typing', async () => {
    // Each draw takes the main thread for longer than a frame (the page of a 50,000-word article).
    const { state, schedule, type } = preview(() => {
      vi.advanceTimersByTime(HEAVY_DRAW_MS + 4);
    });
    schedule.now();
    for (let key = 1; key <= 2; key += 1) {
      type();
      await vi.advanceTimersByTimeAsync(KEY_MS);
    }
    expect(state.drawn).toEqual([0, 1, 2]);

    for (let key = 3; key <= 8; key += 1) {
      type();
      await vi.advanceTimersByTimeAsync(KEY_MS);
    }
    expect(state.drawn).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(QUIET_MS - KEY_MS);
    expect(state.drawn).toEqual([0, 1, 2, 8]);
  });

  it('so does a preview shown too late three draws running (a page frame slow to load)', async () => {
    const { loads, draw } = deferredDraws();
    const { state, schedule, type } = preview(draw);
    schedule.now();
    for (let key = 1; key <= 3; key += 1) {
      await vi.advanceTimersByTimeAsync(HEAVY_SHOWN_MS + 1);
      type();
      loads.at(-1)?.();
      await vi.advanceTimersByTimeAsync(NEXT_FRAME_MS);
    }
    // Draws 0, 1 and 2 were each shown too late: key 3 already waits for the pause.
    expect(state.drawn).toEqual([0, 1, 2]);
    for (let key = 4; key <= 6; key += 1) {
      type();
      await vi.advanceTimersByTimeAsync(KEY_MS);
    }
    expect(state.drawn).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(QUIET_MS - KEY_MS);
    expect(state.drawn).toEqual([0, 1, 2, 6]);
  });
});
