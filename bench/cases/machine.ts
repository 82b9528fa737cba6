import { setTimeout as delay } from 'node:timers/promises';
import type { BenchCase } from '../harness';
import { createRandom } from '../random';
import { median } from '../stats';
import { keyInterval, typingText, TYPING_DEFAULTS } from '../typing';

/**
 * The machine itself, as a yardstick for every other figure: the same fixed piece of arithmetic, timed
 * over and over in Node. Its median is the machine's speed; its p95 over the median shows how often the
 * machine stalls on its own (a virtual machine whose host takes the CPU away now and then), which
 * lifts the p95 of every case here, the bare TipTap baseline's included.
 */
export const MACHINE_WORK = { targetMs: 5, durationMs: 15_000, restMs: 3 } as const;

/**
 * The same arithmetic sized like a keystroke in the long read (≈8 ms) and paced exactly like the keystroke
 * cases (same keys, same seed, same rests). A virtual machine that now and then runs work several times slower
 * after an idle moment shows it here far more than in the case above, whose rests are too short: this p95 is what
 * the machine alone does to a keystroke-sized piece of work at typing pace.
 */
export const MACHINE_AT_TYPING_PACE = { targetMs: 8 } as const;

let sink = 0;

/** Integer arithmetic the JIT cannot skip: the result is kept in `sink`. */
function fixedWork(iterations: number): void {
  let x = sink;
  for (let i = 0; i < iterations; i += 1) x = (x * 31 + i) % 1_000_003;
  sink = x;
}

function timed(iterations: number): number {
  const started = performance.now();
  fixedWork(iterations);
  return performance.now() - started;
}

/** Iterations that take about `targetMs` here: the median of a few tries, scaled. */
function calibrate(targetMs: number): number {
  const probe = 1_000_000;
  const tries = Array.from({ length: 9 }, () => timed(probe)).sort((a, b) => a - b);
  const median = tries[4] ?? targetMs;
  return Math.max(1, Math.round((probe * targetMs) / Math.max(median, 0.01)));
}

async function measureFixedWork(): Promise<number[]> {
  const iterations = calibrate(MACHINE_WORK.targetMs);
  const samples: number[] = [];
  const end = performance.now() + MACHINE_WORK.durationMs;
  while (performance.now() < end) {
    samples.push(timed(iterations));
    // A short rest, as between keystrokes: the process sleeps and wakes like the browser does.
    await delay(MACHINE_WORK.restMs);
  }
  return samples;
}

/**
 * The warm-up keys size the work afresh under the same pace: nine pieces back to back (calibrate) can catch the
 * machine faster or slower than it runs after idle moments, and once left the case at 5.7 ms instead of 8.
 */
async function measureAtTypingPace(): Promise<number[]> {
  const { targetMs } = MACHINE_AT_TYPING_PACE;
  let iterations = calibrate(targetMs);
  const { warmup, samples: count, seed } = TYPING_DEFAULTS;
  const keys = typingText(warmup + count, seed);
  const random = createRandom(seed);
  const warmupMs: number[] = [];
  const samples: number[] = [];
  for (const [index, key] of [...keys].entries()) {
    if (index === warmup) {
      iterations = Math.max(1, Math.round((iterations * targetMs) / Math.max(median(warmupMs), 0.01)));
    }
    const started = performance.now();
    const ms = timed(iterations);
    (index < warmup ? warmupMs : samples).push(ms);
    const rest = keyInterval(random, key) - (performance.now() - started);
    if (rest > 0) await delay(rest);
  }
  return samples;
}

export const machineCases: BenchCase[] = [
  {
    id: 'machine.fixed-work',
    description: `машина: та сама порція обчислень у Node (≈${MACHINE_WORK.targetMs} мс); p95 понад медіану — пригальмовування самої машини`,
    run: async () => ({ samples: await measureFixedWork() }),
  },
  {
    id: 'machine.fixed-work.typing-pace',
    description: `машина: та сама арифметика розміром із натискання (≈${MACHINE_AT_TYPING_PACE.targetMs} мс) у темпі друку; p95 — що сама машина робить із натисканням`,
    run: async () => ({ samples: await measureAtTypingPace() }),
  },
];
