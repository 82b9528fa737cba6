import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/random';
import { keyInterval, PACING, typingText } from '../../bench/typing';

describe('typing pace', () => {
  const schedule = (seed: number) => {
    const random = createRandom(seed);
    return [...typingText(400, seed)].map((key) => ({ key, ms: keyInterval(random, key) }));
  };

  it('is the same for the same seed, so the machine case can be paced exactly like the typing', () => {
    expect(schedule(2026)).toEqual(schedule(2026));
    expect(schedule(2026)).not.toEqual(schedule(7));
  });

  it('waits 80–140 ms between keys, and a word pause longer only after some spaces', () => {
    const [min, max] = PACING.keyIntervalMs;
    const keys = schedule(2026);
    const paused = keys.filter(({ ms }) => ms > max);
    for (const { ms } of keys) expect(ms >= min && ms <= max + PACING.wordPauseMs).toBe(true);
    expect(paused.length).toBeGreaterThan(0);
    expect(paused.every(({ key, ms }) => key === ' ' && ms >= min + PACING.wordPauseMs)).toBe(true);
    const spaces = keys.filter(({ key }) => key === ' ').length;
    expect(paused.length).toBeLessThan(spaces / 2);
  });
});
