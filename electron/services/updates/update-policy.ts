import type { InstallHold, UpdateErrorCode, UpdateState, UpdateStatus } from '../../../shared/updates/update-status';

/** The first check waits this long after the window shows: start-up and the first article come first. */
export const FIRST_CHECK_DELAY_MS = 15_000;
/** Then once a day while the app runs. */
export const CHECK_EVERY_MS = 24 * 60 * 60 * 1000;
/** After a failed check (offline, the feed unreachable) the next comes sooner, then less and less often. */
export const RETRY_AFTER_ERROR_MS = 15 * 60 * 1000;

/** What the policy asks of electron-updater (through the adapter in electron/main). */
export interface UpdaterCommands {
  /** Asks the release feed; the answer comes back as events (`checking`, `available`, `failed`…). */
  check(): void;
  /** Quits the app and installs the downloaded update (electron-updater's quitAndInstall). */
  installNow(): void;
}

/** Whether updates may run: the person's switch, or the administrator's policy that overrides it. */
export type UpdateSwitch = 'on' | 'off-by-setting' | 'off-by-administrator';

export interface UpdatePolicyOptions {
  /** The version running now. */
  version: string;
  /** Null where there is nothing to update: browser mode, or an unpackaged development run. */
  updater: UpdaterCommands | null;
  unsupportedReason: 'browser' | 'development';
  /** Read at every decision, so a change of the setting takes effect at once (and `settingsChanged` says so). */
  updateSwitch(): UpdateSwitch;
  /** What would be lost or cut off by installing now: unsaved edits, or a publication on its way. */
  hold(): InstallHold | null;
  onChange(status: UpdateStatus): void;
  now?: () => number;
}

/**
 * When the desktop app checks for updates, what state it is in, and whether a downloaded update may be
 * installed now. No Electron here: the adapter (electron/main/updater-adapter.ts) feeds electron-updater's
 * events in and carries the commands out; tests drive it with fake timers.
 *
 * Checks: once a little after the window shows, then daily; after an error sooner (15 min, doubling up to a
 * day). None at all while updates are off. A downloaded update is installed only when the app quits, or when
 * the person chooses to restart, and in either case never while an article has unsaved edits or the outbox
 * is sending: it then waits for a later quit, still downloaded.
 */
export class UpdatePolicy {
  private state: UpdateState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private started = false;
  private readonly now: () => number;

  constructor(private readonly options: UpdatePolicyOptions) {
    this.now = options.now ?? Date.now;
    this.state = this.restingState() ?? { kind: 'idle' };
  }

  status(): UpdateStatus {
    const { updater, version } = this.options;
    const administrator = this.options.updateSwitch() === 'off-by-administrator';
    const ready = updater !== null && this.state.kind === 'ready';
    return { state: this.state, currentVersion: version, administrator, hold: ready ? this.options.hold() : null };
  }

  /** The window is showing: the first check follows a little later. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (!this.restingState()) this.schedule(FIRST_CHECK_DELAY_MS);
  }

  /** The settings changed: updates turned off stop at once (no timer, no network); turned on, a check follows. */
  settingsChanged(): void {
    const resting = this.restingState();
    if (resting) {
      this.cancelTimer();
      if (this.state.kind !== resting.kind || !sameReason(this.state, resting)) this.move(resting);
      return;
    }
    if (this.state.kind !== 'disabled') return;
    this.move({ kind: 'idle' });
    // A download kept from before is found again by the check, without downloading it twice.
    if (this.started) this.schedule(FIRST_CHECK_DELAY_MS);
  }

  /** The settings' check-now button. A check, a download or a ready update under way is left as it is. */
  checkNow(): UpdateStatus {
    if (this.restingState() || this.busy()) return this.status();
    this.started = true;
    this.runCheck();
    return this.status();
  }

  /** The person's restart-and-update: installs now when nothing would be lost; else says why it waits. */
  restartAndInstall(): UpdateStatus {
    const status = this.status();
    if (this.options.updater && status.state.kind === 'ready' && status.hold === null) {
      this.options.updater.installNow();
    }
    return status;
  }

  /** Whether the update may be installed as the app quits now (asked by the adapter on every quit). */
  mayInstallOnQuit(): boolean {
    return this.options.updater !== null && this.state.kind === 'ready' && this.options.hold() === null;
  }

  // Events of electron-updater, as the adapter passes them on.

  checking(): void {
    if (this.accepts()) this.move({ kind: 'checking' });
  }

  available(version: string): void {
    if (this.accepts()) this.move({ kind: 'available', version });
  }

  notAvailable(): void {
    if (!this.accepts()) return;
    this.failures = 0;
    this.move({ kind: 'up-to-date', checkedAt: new Date(this.now()).toISOString() });
    this.schedule(CHECK_EVERY_MS);
  }

  progress(percent: number): void {
    if (!this.accepts()) return;
    const version = 'version' in this.state ? this.state.version : '';
    const rounded = Math.max(0, Math.min(100, Math.floor(percent)));
    // A tick every few kilobytes: the page hears only whole percents.
    if (this.state.kind === 'downloading' && this.state.percent === rounded) return;
    if (version === '') return;
    this.move({ kind: 'downloading', version, percent: rounded });
  }

  downloaded(version: string): void {
    if (!this.accepts()) return;
    this.failures = 0;
    // Nothing more to ask the feed until this one is installed.
    this.cancelTimer();
    this.move({ kind: 'ready', version });
  }

  failed(code: UpdateErrorCode): void {
    if (!this.accepts()) return;
    // An install that failed keeps the download: it is tried again at the next quit, and the page says so.
    if (this.state.kind === 'ready') {
      if (!this.state.installFailed) this.move({ ...this.state, installFailed: true });
      return;
    }
    this.failures += 1;
    this.move({ kind: 'error', code, at: new Date(this.now()).toISOString() });
    this.schedule(Math.min(RETRY_AFTER_ERROR_MS * 2 ** (this.failures - 1), CHECK_EVERY_MS));
  }

  dispose(): void {
    this.cancelTimer();
  }

  /** Disabled or unsupported: the state that stays whatever the feed says. */
  private restingState(): UpdateState | null {
    if (!this.options.updater) return { kind: 'unsupported', reason: this.options.unsupportedReason };
    const updateSwitch = this.options.updateSwitch();
    if (updateSwitch === 'off-by-administrator') return { kind: 'disabled', by: 'administrator' };
    if (updateSwitch === 'off-by-setting') return { kind: 'disabled', by: 'setting' };
    return null;
  }

  /** Events are taken only while updates run: one arriving after they were turned off is dropped. */
  private accepts(): boolean {
    return this.restingState() === null;
  }

  private busy(): boolean {
    const { kind } = this.state;
    return kind === 'checking' || kind === 'available' || kind === 'downloading' || kind === 'ready';
  }

  private runCheck(): void {
    this.cancelTimer();
    // The next daily check counts from this one; an answer (or an error) sets the next one again.
    this.schedule(CHECK_EVERY_MS);
    this.move({ kind: 'checking' });
    this.options.updater?.check();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    const timer = setTimeout(() => {
      this.timer = null;
      if (this.restingState()) return;
      if (this.busy()) return this.schedule(CHECK_EVERY_MS);
      this.runCheck();
    }, ms);
    // A wait for the next check must not keep a closing process alive.
    timer.unref?.();
    this.timer = timer;
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private move(next: UpdateState): void {
    this.state = next;
    this.options.onChange(this.status());
  }
}

function sameReason(a: UpdateState, b: UpdateState): boolean {
  if (a.kind === 'disabled' && b.kind === 'disabled') return a.by === b.by;
  if (a.kind === 'unsupported' && b.kind === 'unsupported') return a.reason === b.reason;
  return a.kind === b.kind;
}
