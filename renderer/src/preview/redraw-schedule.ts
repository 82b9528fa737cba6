import { afterPaint } from './after-paint';

/**
 * A draw is heavy when its own work on the main thread takes more than half a frame (on the 2-core bench
 * machine the page of a 5,000-word article took 0–4 ms, of a 50,000-word one ~10 ms and more), or when it is
 * shown more than four times issue 18's 100 ms after it started (a frame parsing a page that large, in a
 * process that takes the CPU from typing on a small machine). A preview that heavy is drawn when typing pauses.
 */
export const HEAVY_DRAW_MS = 8;
export const HEAVY_SHOWN_MS = 400;
/** The pause in typing a heavy preview waits for. */
export const QUIET_MS = 250;

/** Draws a preview; a draw that finishes later (the page frame loading) returns when what it drew is shown. */
export type Draw = () => void | Promise<void>;

/**
 * When a preview is drawn again after the article changes (issue 18: every open preview redrawn within 100 ms of
 * a keystroke, typing no slower). A draw runs in a task right after the frame that shows the keystroke, so it
 * never sits between a key and its paint, and it follows the text while someone types instead of waiting for a
 * pause. Changes are coalesced: at most one draw is pending and it draws the article as it is by then. A draw
 * is not started while the previous one is still being shown (a page frame given a new page before it loaded
 * the last one starts over, and would show nothing while someone types); a change meanwhile leads to exactly
 * one more. A preview whose last three draws were heavy (one slow draw is more often the machine than the page)
 * waits for a pause in typing instead.
 */
export class RedrawSchedule {
  private cancelPending: (() => void) | null = null;
  private drawing = false;
  private stale = false;
  private stopped = false;
  private readonly heavyDraws = [false, false, false];

  constructor(private readonly draw: Draw) {}

  /** Draws at once: the preview was opened, or shows another article now. */
  now(): void {
    this.stale = true;
    this.cancel();
    if (!this.drawing) void this.run();
  }

  /** The article changed: draws after this keystroke's paint (or the pause, if heavy), once. */
  changed(): void {
    this.stale = true;
    if (this.drawing || this.stopped) return;
    const run = () => {
      this.cancelPending = null;
      void this.run();
    };
    if (this.heavy()) {
      // Each change pushes the heavy draw back: it waits for the pause.
      this.cancel();
      const timer = setTimeout(run, QUIET_MS);
      this.cancelPending = () => clearTimeout(timer);
    } else if (!this.cancelPending) {
      this.cancelPending = afterPaint(run);
    }
  }

  /** The preview closed: nothing more is drawn. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private heavy(): boolean {
    return this.heavyDraws.every(Boolean);
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = null;
  }

  private async run(): Promise<void> {
    if (this.stopped || !this.stale) return;
    this.stale = false;
    this.drawing = true;
    try {
      const started = performance.now();
      const shown = this.draw();
      const cost = performance.now() - started;
      await shown;
      this.heavyDraws.shift();
      this.heavyDraws.push(cost > HEAVY_DRAW_MS || performance.now() - started > HEAVY_SHOWN_MS);
    } finally {
      this.drawing = false;
    }
    if (this.stale) this.changed();
  }
}
