/**
 * At most one pass per interval: the window's focus and the page becoming visible each ask for an exchange
 * with the server, and switching windows back and forth must not turn into a request per switch.
 */
export class SyncGate {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly intervalMs: number) {}

  /** Whether a request at `now` (ms) goes; a request that goes starts the next interval. */
  pass(now: number): boolean {
    if (now - this.last < this.intervalMs) return false;
    this.last = now;
    return true;
  }
}
