import type { BrowserWindow, WebContents } from 'electron';

/** The windows this app created: IPC answers only their pages, and events go to all of them. */
export class WindowRegistry {
  private readonly windows = new Set<BrowserWindow>();

  add(window: BrowserWindow): void {
    this.windows.add(window);
    window.once('closed', () => this.windows.delete(window));
  }

  owns(contents: WebContents): boolean {
    return this.open().some((window) => window.webContents === contents);
  }

  open(): BrowserWindow[] {
    return [...this.windows].filter((window) => !window.isDestroyed());
  }

  /** The focused window when it is ours, else the first one still open. */
  current(focused: BrowserWindow | null): BrowserWindow | undefined {
    const open = this.open();
    return (focused && open.includes(focused) ? focused : undefined) ?? open[0];
  }
}
