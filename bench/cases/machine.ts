import { setTimeout as delay } from 'node:timers/promises';
import type { BenchCase } from '../harness';

/**
 * The machine itself, as a yardstick for every other figure: the same fixed piece of arithmetic, timed
 * over and over in Node. Its median is the machine's speed; its p95 over the median shows how often the
 * machine stalls on its own (a virtual machine whose host takes the CPU away now and then), which
 * lifts the p95 of every case here, the bare TipTap baseline's included.
 */
export const MACHINE_WORK = { targetMs: 5, durationMs: 15_000, restMs: 3 } as const;

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

export const machineCases: BenchCase[] = [
  {
    id: 'machine.fixed-work',
    description: `машина: та сама порція обчислень у Node (≈${MACHINE_WORK.targetMs} мс); p95 понад медіану — пригальмовування самої машини`,
    run: async () => ({ samples: await measureFixedWork() }),
  },
];
