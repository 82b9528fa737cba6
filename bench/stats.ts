/** Summary statistics of benchmark samples. */
export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples');
  if (samples.some((value) => !Number.isFinite(value))) throw new Error('samples must be finite numbers');
  return [...samples].sort((a, b) => a - b);
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(samples: readonly number[]): number {
  const values = sorted(samples);
  const middle = Math.floor(values.length / 2);
  const upper = values[middle] as number;
  return values.length % 2 === 1 ? upper : ((values[middle - 1] as number) + upper) / 2;
}

/** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const values = sorted(samples);
  const rank = Math.ceil((p / 100) * values.length);
  return values[rank - 1] as number;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function summarize(samples: readonly number[]): Summary {
  return { median: round2(median(samples)), p95: round2(percentile(samples, 95)), runs: samples.length };
}
