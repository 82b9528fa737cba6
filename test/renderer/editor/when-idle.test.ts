import { afterEach, describe, expect, it, vi } from 'vitest';
import { skippableIdle } from '../../../renderer/src/editor/when-idle';

afterEach(() => vi.useRealTimers());

describe('skippableIdle', () => {
  it('resolves when the page is idle (the next task where there are no idle callbacks, as in jsdom)', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void skippableIdle().done.then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    await vi.runAllTimersAsync();
    expect(resolved).toBe(true);
  });

  it('now() resolves it at once and drops the idle callback', async () => {
    vi.useFakeTimers();
    let resolved = false;
    const idle = skippableIdle();
    void idle.done.then(() => (resolved = true));
    expect(vi.getTimerCount()).toBe(1);
    idle.now();
    await Promise.resolve();
    expect(resolved).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
