import type { RenderProcessGoneDetails } from 'electron';
import { CRASH_RELOAD_PARAM, CRASH_RELOAD_VALUE } from '../../shared/api/crash-reload';

/**
 * A renderer that crashed leaves a blank window. The window is reloaded with a mark in its URL, and the
 * page then opens without the article that was open (see renderer/src/app/crash-memory.ts), so a file that
 * kills the renderer cannot kill every start. A second crash soon after a reload is not reloaded again:
 * the page itself is what crashes, and reloading it forever would only spin. No Electron here: tested
 * under Node.
 */

/** Two crashes closer than this are a loop. */
export const CRASH_LOOP_MS = 30_000;

export type CrashDecision = 'ignore' | 'reload' | 'give-up';

/** Decides per window what a `render-process-gone` means; `now` is the time of the event. */
export class CrashReloadPolicy {
  private lastReloadAt: number | null = null;

  constructor(private readonly loopMs = CRASH_LOOP_MS) {}

  decide(details: Pick<RenderProcessGoneDetails, 'reason'>, now: number): CrashDecision {
    // The app closing its own window: nothing crashed.
    if (details.reason === 'clean-exit') return 'ignore';
    if (this.lastReloadAt !== null && now - this.lastReloadAt < this.loopMs) return 'give-up';
    this.lastReloadAt = now;
    return 'reload';
  }
}

/** The page's address after a crash: the start page with the mark. */
export function crashReloadUrl(startUrl: string): string {
  const url = new URL(startUrl);
  url.searchParams.set(CRASH_RELOAD_PARAM, CRASH_RELOAD_VALUE);
  return url.href;
}

/** What the handler needs of a window, so that it can be tested without Electron. */
export interface CrashableWindow {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
}

export interface CrashReloadDeps {
  startUrl: string;
  now?: () => number;
  /** Told when the page is not reloaded again (a loop); the host shows it to the person. */
  giveUp(details: RenderProcessGoneDetails): void;
  log?: (message: string, details: unknown) => void;
}

/** The listener for a window's `render-process-gone`. */
export function crashReloadHandler(
  window: CrashableWindow,
  deps: CrashReloadDeps,
): (event: unknown, details: RenderProcessGoneDetails) => void {
  const policy = new CrashReloadPolicy();
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message, details) => console.error(message, details));
  return (_event, details) => {
    const decision = policy.decide(details, now());
    if (decision === 'ignore' || window.isDestroyed()) return;
    log(`renderer gone (${details.reason}, exit code ${details.exitCode}): ${decision}`, details);
    if (decision === 'give-up') return deps.giveUp(details);
    window.loadURL(crashReloadUrl(deps.startUrl)).catch((error: unknown) => log('reload after crash failed', error));
  };
}
