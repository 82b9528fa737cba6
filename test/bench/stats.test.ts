import { describe, expect, it } from 'vitest';
import { median, percentile, round2, summarize } from '../../bench/stats';

describe('bench stats', () => {
  it('median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('p95 is the nearest rank: the ceil(0.95·n)-th smallest sample', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100…1, unsorted
    expect(percentile(hundred, 95)).toBe(95);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile([1, 2, 3, 4, 5, 6, 7], 95)).toBe(7); // ceil(6.65) = 7
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    percentile(samples, 95);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('rejects no samples, non-finite samples and an impossible percentile', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([1, Number.NaN], 95)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });

  it('summarize rounds to hundredths and counts the runs', () => {
    expect(round2(1.005 + 0.0001)).toBe(1.01);
    expect(summarize([1.234, 2.345, 3.456])).toEqual({ median: 2.35, p95: 3.46, runs: 3 });
  });
});
