import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameShown, LOAD_GIVE_UP_MS } from '../../../renderer/src/preview/frame-shown';

afterEach(() => vi.useRealTimers());

describe('FrameShown', () => {
  it('resolves at the frame’s next load', async () => {
    const shown = new FrameShown();
    let done = false;
    void shown.next().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    shown.loaded();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('gives up on a load that never comes, so the next draw is not held back for ever', async () => {
    vi.useFakeTimers();
    const shown = new FrameShown();
    let done = false;
    void shown.next().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(LOAD_GIVE_UP_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
