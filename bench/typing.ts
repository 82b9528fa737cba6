import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { keyDown, keyUp, typeableText } from './keyboard';
import { PROBE_SOURCE } from './probe';
import { createRandom, randomInt, type Random } from './random';
import { generateParagraphs } from './uk-text';

export interface TypingOptions {
  warmup: number;
  samples: number;
  seed: number;
}

export const TYPING_DEFAULTS: TypingOptions = { warmup: 20, samples: 150, seed: 2026 };

/** A steady typist: 80–140 ms between keys, and after some words a pause long enough for debounced work. */
export const PACING = { keyIntervalMs: [80, 140], wordPauseMs: 450, wordPauseChance: 0.15 } as const;
const SAMPLE_TIMEOUT_MS = 15_000;
/** How long a key is held before the harness asks the page for the sample; shorter than any key interval. */
const KEY_HELD_MS = 60;

interface WaitResult {
  count: number;
  error: string | null;
}

export interface TypingSamples {
  /** Keystroke to DOM update (ms), see probe.ts. */
  samples: number[];
  /** Keystroke to the end of its own task, before rendering (ms). */
  handler: number[];
  /** Keystroke to the start of its handling: the wait for the page's main thread (ms). */
  queued: number[];
}

/**
 * Types Ukrainian text at the end of the middle paragraph of the page's `.ProseMirror`, one real
 * keystroke at a time, and returns the measured times.
 */
export async function measureTyping(page: Page, options: TypingOptions = TYPING_DEFAULTS): Promise<TypingSamples> {
  const total = options.warmup + options.samples;
  const text = typingText(total, options.seed);
  const random = createRandom(options.seed);

  await page.evaluate(PROBE_SOURCE);
  await page.evaluate('window.__benchProbe.place()');
  await page.waitForTimeout(300);
  const caretError = await page.evaluate<string | null>('window.__benchProbe.caretAtTarget()');
  if (caretError) throw new Error(`курсор не на місці: ${caretError}`);

  const cdp = await page.context().newCDPSession(page);
  try {
    for (let index = 0; index < total; index += 1) {
      if (index === options.warmup) await page.evaluate('window.__benchProbe.reset()');
      const char = text[index] as string;
      const started = Date.now();
      await keyDown(cdp, char);
      // Nothing from the harness reaches the page while it handles the key: asking too early would queue
      // a DevTools task on the page's main thread, timed as if it were the editor's work.
      await delay(KEY_HELD_MS);
      const expected = index < options.warmup ? index + 1 : index - options.warmup + 1;
      const result = await page.evaluate<WaitResult>(`window.__benchProbe.wait(${expected}, ${SAMPLE_TIMEOUT_MS})`);
      if (result.error) throw new Error(`натискання ${index + 1} («${char}»): ${result.error}`);
      await keyUp(cdp, char);
      const rest = keyInterval(random, char) - (Date.now() - started);
      if (rest > 0) await page.waitForTimeout(rest);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const { stateChecks, ...measured } = await page.evaluate<TypingSamples & { stateChecks: number }>(
    '({ samples: window.__benchProbe.samples, handler: window.__benchProbe.handler, queued: window.__benchProbe.queued, stateChecks: window.__benchProbe.stateChecks })',
  );
  for (const series of [measured.samples, measured.handler, measured.queued]) {
    if (series.length !== options.samples) throw new Error(`очікувано ${options.samples} вимірів, є ${series.length}`);
  }
  // TipTap keeps the editor on its element; without it only the DOM could be checked.
  if (stateChecks < total) throw new Error(`стан редактора перевірено лише для ${stateChecks} з ${total} натискань`);
  return measured;
}

/** Milliseconds from pressing `char` to pressing the next key: PACING's interval, and after some spaces a pause. */
export function keyInterval(random: Random, char: string): number {
  const interval = randomInt(random, PACING.keyIntervalMs[0], PACING.keyIntervalMs[1]);
  return char === ' ' && random() < PACING.wordPauseChance ? interval + PACING.wordPauseMs : interval;
}

/** `length` typeable characters of news text, starting with a space after the paragraph's full stop. */
export function typingText(length: number, seed: number): string {
  let text = '';
  for (let words = 50; text.length < length; words *= 2) {
    text = ` ${typeableText(generateParagraphs(words, seed).join(' '))}`;
  }
  return text.slice(0, length);
}
