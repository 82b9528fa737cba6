/** A load that never comes (a frame removed meanwhile) holds the next draw back no longer than this. */
export const LOAD_GIVE_UP_MS = 2000;

/**
 * When the page frame shows the page it was last given: a draw of the page is done at the frame's `load`,
 * so the schedule gives it no newer page before (a frame given a new page mid-load starts over).
 */
export class FrameShown {
  private waiting: (() => void) | null = null;

  /** Resolves at the next load of the frame. */
  next(): Promise<void> {
    this.loaded();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.loaded(), LOAD_GIVE_UP_MS);
      this.waiting = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  loaded(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }
}
