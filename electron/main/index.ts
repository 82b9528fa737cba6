import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, safeStorage, session } from 'electron';
import { ApiError } from '../../shared/api/errors';
import { createTranslator } from '../../shared/i18n/translate';
import type { UiLanguage } from '../../shared/settings/schema';
import { createAppServices, type AppServices } from '../services/app-services';
import { FileSecretStore, type SecretCipher } from '../services/secrets/secret-store';
import { logUnhandledRejections } from '../services/unhandled-rejections';
import { libraryMediaReader } from '../host/media-route';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { forwardEvents, registerApiHandlers } from './ipc';
import { createMainWindow, focusWindow } from './main-window';
import { denyAllPermissions } from './permissions';
import { openSettings } from './settings-store';
import { claimSingleInstance } from './single-instance';
import { guardAllWebContents } from './web-contents-guards';
import { WindowRegistry } from './window-registry';
import { createUpdaterAdapter } from './updater-adapter';

declare const __APP_VERSION__: string;

// The composition root of the Electron host. Order matters: everything above `whenReady` must
// happen before Electron is ready (scheme privileges, sandbox, user-data folder, the lock).

logUnhandledRejections();

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const registry = new WindowRegistry();
let services: AppServices | null = null;
// The start-up error box speaks the UI language once the settings are read, Ukrainian before.
let uiLanguage: UiLanguage = 'uk';

// Chromium's own switch, honoured explicitly so settings, the single-instance lock and caches move together
// (the smoke test runs with a throw-away profile).
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch) app.setPath('userData', path.resolve(userDataSwitch));

app.enableSandbox();
registerAppScheme();
guardAllWebContents();
if (process.platform === 'win32') app.setAppUserModelId('ua.shpalta.app');

if (!claimSingleInstance(() => focusWindow(registry.current(null)))) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => services?.dispose());
  app.whenReady().then(start).catch(failStartup);
}

/**
 * The OS keychain's key (Keychain, DPAPI, libsecret/kwallet) seals the tokens; where Linux has no keyring,
 * safeStorage would fall back to a fixed key, so the tokens go to the plain file and the UI says so.
 */
function keychainCipher(): SecretCipher | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}

async function start(): Promise<void> {
  const settings = openSettings(app.getPath('userData'), documentsDir());
  uiLanguage = settings.get().uiLanguage;
  // Only a packaged app has a release feed (app-update.yml); a development run says updates are unsupported.
  const updater = app.isPackaged
    ? createUpdaterAdapter((await import('electron-updater')).autoUpdater, app, { platform: process.platform })
    : null;
  services = createAppServices({
    settings,
    host: 'electron',
    version: __APP_VERSION__,
    userDataDir: app.getPath('userData'),
    secrets: new FileSecretStore(app.getPath('userData'), keychainCipher()),
    ...(updater ? { updater: updater.commands } : {}),
  });
  updater?.follow(services.updates);
  // A library that cannot be opened does not stop start-up: the page explains it and offers Settings.
  await services.start();

  denyAllPermissions(session.defaultSession);
  serveRenderer(
    rendererDir,
    libraryMediaReader(() => settings.get().libraryPath),
  );
  const { views } = services;
  registerApiHandlers(
    services.handlers,
    (contents) => registry.owns(contents),
    (view) => views.leave(view),
  );
  forwardEvents(services.bus, () => registry.open().map((window) => window.webContents));
  installAppMenu({ registry, settings });

  const window = createMainWindow({ preloadPath, registry, language: () => settings.get().uiLanguage });
  // The first update check comes a little after the window shows, never in its way.
  const { updates } = services;
  window.once('ready-to-show', () => updates.start());
  app.on('activate', () => {
    if (registry.open().length === 0)
      createMainWindow({ preloadPath, registry, language: () => settings.get().uiLanguage });
  });
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops have no documents folder configured.
    return path.join(os.homedir(), 'Documents');
  }
}

function failStartup(error: unknown): void {
  console.error('Shpalta failed to start', error);
  const t = createTranslator(uiLanguage);
  const reason =
    error instanceof ApiError ? t.message(error.reason) : error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(t('startup.failedTitle'), t('startup.failedBody', { reason }));
  services?.dispose();
  app.exit(1);
}
