import type { UpdaterCommands } from '../services/updates/update-policy';
import { updateErrorCode, type UpdatePhase } from './update-error-code';

export interface UpdaterLogger {
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/**
 * The part of electron-updater's AppUpdater the app uses, with the events it follows, so the adapter is tested
 * with a plain object that emits the same events. The real autoUpdater satisfies it.
 */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  autoRunAppAfterInstall: boolean;
  allowPrerelease: boolean;
  allowDowngrade: boolean;
  logger: UpdaterLogger | null;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: (info: unknown) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (event: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error, message?: string) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

/** Electron's app as far as quitting goes. */
export interface QuittingApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** What the adapter tells the policy (electron/services/updates/update-policy.ts) and asks of it. */
export interface UpdateEvents {
  checking(): void;
  available(version: string): void;
  notAvailable(): void;
  progress(percent: number): void;
  downloaded(version: string): void;
  failed(code: ReturnType<typeof updateErrorCode>): void;
  mayInstallOnQuit(): boolean;
}

/** macOS: how long a quit waits for Squirrel.Mac to take the downloaded update before it quits without it. */
export const MAC_HANDOVER_MS = 30_000;

export interface UpdaterAdapterOptions {
  platform: NodeJS.Platform;
  log?: UpdaterLogger;
  /** Timers of the macOS handover (tests pass fake ones through vitest's fake timers). */
  setTimer?: (run: () => void, ms: number) => unknown;
}

/**
 * Binds electron-updater to the app: no Electron import here, everything comes in as small interfaces. The
 * feed is the one electron-builder writes into the packaged app (app-update.yml, from `publish` in
 * electron-builder.yml). Downloads run in the background; only final releases are taken (a beta never reaches a
 * newsroom by itself); an older version is never installed over a newer one.
 *
 * Installing on quit is decided at each quit by the policy: on Windows and Linux electron-updater installs in
 * its own `quit` listener when `autoInstallOnAppQuit` is true, so the flag is true only from just before
 * (`will-quit`) of a quit the policy allows. On macOS Squirrel.Mac, once handed the update, installs on
 * any quit whatever the flag says later: it is handed over only at a quit the policy allows (the quit waits
 * for it, at most MAC_HANDOVER_MS), or when the person chooses to restart.
 */
export function createUpdaterAdapter(
  updater: UpdaterLike,
  app: QuittingApp,
  options: UpdaterAdapterOptions,
): { commands: UpdaterCommands; follow(events: UpdateEvents): void } {
  const isMac = options.platform === 'darwin';
  const log = options.log ?? console;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  updater.logger = log;
  updater.autoDownload = true;
  updater.allowPrerelease = false;
  updater.allowDowngrade = false;
  updater.autoInstallOnAppQuit = !isMac;
  let phase: UpdatePhase = 'check';
  /** The update is being installed (the person's restart, or a quit on macOS that hands it over): quits pass. */
  let installing = false;
  /** The person chose to restart and update (`updates.install`): no fallback quits it without the update. */
  let restartChosen = false;
  /** The quit the policy held at its start stays held, even if the edits are saved as the windows close. */
  let heldAtThisQuit = false;

  const quitAndInstall = (restart: boolean) => {
    installing = true;
    phase = 'install';
    updater.autoRunAppAfterInstall = restart;
    // Silent: the installer was already agreed to; on Windows a restart then starts the new version itself.
    updater.quitAndInstall(true, restart);
  };

  const commands: UpdaterCommands = {
    check: () => {
      phase = 'check';
      // The outcome arrives as events, an error too ('error'): the promise's rejection says it again.
      updater.checkForUpdates().catch(() => undefined);
    },
    installNow: () => {
      restartChosen = true;
      quitAndInstall(true);
    },
  };

  /** macOS: Squirrel did not take the update; the app quits as asked, and the update waits for the next quit. */
  const quitWithout = () => {
    installing = true;
    app.quit();
  };

  const follow = (events: UpdateEvents) => {
    updater.on('checking-for-update', () => {
      phase = 'check';
      events.checking();
    });
    updater.on('update-available', (info) => {
      phase = 'download';
      events.available(info.version);
    });
    updater.on('update-not-available', () => events.notAvailable());
    updater.on('download-progress', (progress) => events.progress(progress.percent));
    updater.on('update-downloaded', (event) => {
      phase = 'install';
      events.downloaded(event.version);
      // electron-updater adds its quit listener right after this event, and only while the flag is true; from
      // then on the flag is false unless a quit the policy allows sets it (will-quit), so no other way out of
      // the app (one that skips will-quit) installs behind the policy's back.
      if (!isMac) queueMicrotask(() => (updater.autoInstallOnAppQuit = false));
    });
    updater.on('error', (error) => {
      log.error(error);
      events.failed(updateErrorCode(error, phase));
      if (!installing) return;
      // A quit that waited for Squirrel.Mac goes on without the update.
      if (isMac && !restartChosen) return quitWithout();
      // The install did not start (electron-updater then stays put): later quits are the policy's again.
      installing = false;
      restartChosen = false;
    });

    app.on('before-quit', (event) => {
      if (installing) return;
      heldAtThisQuit = !events.mayInstallOnQuit();
      if (!isMac || heldAtThisQuit) return;
      // macOS: the quit waits until Squirrel.Mac has the update, then quits (and Squirrel installs as it ends).
      event.preventDefault();
      quitAndInstall(false);
      setTimer(() => {
        if (!restartChosen) quitWithout();
      }, MAC_HANDOVER_MS);
    });
    app.on('will-quit', () => {
      if (isMac || installing) return;
      updater.autoInstallOnAppQuit = !heldAtThisQuit && events.mayInstallOnQuit();
      heldAtThisQuit = false;
    });
  };

  return { commands, follow };
}
