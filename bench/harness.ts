import type { BenchContext } from './context';
import { summarize, type Summary } from './stats';

/** Measured samples (ms) of a case, and of related cases measured in the same runs (keyed by their ids). */
export interface Measured {
  samples: number[];
  related?: Record<string, number[]>;
}

/** One benchmark: `run` does its own warm-up and returns only the measured samples. */
export interface BenchCase {
  id: string;
  description: string;
  run(ctx: BenchContext): Promise<Measured>;
}

export interface CaseResult extends Summary {
  case: string;
  unit: 'ms';
}

export interface CaseFailure {
  case: string;
  error: string;
}

/** Cases whose id starts with any of the prefixes; all of them when there are none. */
export function selectCases(cases: readonly BenchCase[], prefixes: readonly string[]): BenchCase[] {
  if (prefixes.length === 0) return [...cases];
  return cases.filter((item) => prefixes.some((prefix) => item.id.startsWith(prefix)));
}

/** Runs cases one after another; a failing case is reported and the rest still run. */
export async function runCases(
  cases: readonly BenchCase[],
  ctx: BenchContext,
): Promise<{ results: CaseResult[]; failures: CaseFailure[] }> {
  const results: CaseResult[] = [];
  const failures: CaseFailure[] = [];
  for (const item of cases) {
    if (ctx.interrupted) break;
    const started = Date.now();
    process.stdout.write(`▶ ${item.id} — ${item.description}… `);
    try {
      const { samples, related = {} } = await item.run(ctx);
      const summary = summarize(samples);
      results.push({ case: item.id, unit: 'ms', ...summary });
      for (const [id, series] of Object.entries(related)) results.push({ case: id, unit: 'ms', ...summarize(series) });
      console.log(
        `медіана ${summary.median} мс, p95 ${summary.p95} мс (${((Date.now() - started) / 1000).toFixed(1)} с)`,
      );
    } catch (error) {
      if (ctx.interrupted) break;
      const message = firstLines(error instanceof Error ? error.message : String(error));
      failures.push({ case: item.id, error: message });
      console.log(`ПОМИЛКА\n  ${message}`);
    }
  }
  return { results, failures };
}

/** Playwright appends the whole browser log to its errors; the first lines say what failed. */
function firstLines(message: string, count = 8): string {
  const lines = message.split(/\n\s*Browser logs:/)[0]?.split('\n') ?? [];
  return lines.slice(0, count).join('\n  ') + (lines.length > count ? '\n  …' : '');
}
