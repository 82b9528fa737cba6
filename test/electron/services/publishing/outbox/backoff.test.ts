import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../../../electron/services/publishing/outbox/backoff';

const policy = { firstDelayMs: 1_000, maxDelayMs: 60_000 };

describe('retry delays', () => {
  it('double with each failure in a row, up to the cap', () => {
    const whole = () => 1; // the top of the jitter range: the full delay
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n, whole, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(retryDelay(1_000, whole, policy)).toBe(60_000);
  });

  it('are jittered between half and the whole of the delay', () => {
    expect(retryDelay(3, () => 0, policy)).toBe(2_000);
    expect(retryDelay(3, () => 0.5, policy)).toBe(3_000);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const delays = Array.from({ length: 200 }, () => retryDelay(4, random, policy));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(4_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(8_000);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });

  it("never come sooner than the target's own Retry-After", () => {
    expect(retryDelay(1, () => 0, policy, 30_000)).toBe(30_000);
    expect(retryDelay(7, () => 1, policy, 5_000)).toBe(60_000);
    expect(retryDelay(1, () => 1, policy, null)).toBe(1_000);
  });
});
