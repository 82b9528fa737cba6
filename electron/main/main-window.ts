import { BrowserWindow, dialog } from 'electron';
import { createTranslator } from '../../shared/i18n/translate';
import type { UiLanguage } from '../../shared/settings/schema';
import { APP_START_URL } from './app-url';
import { crashReloadHandler } from './crash-reload';
import { mainWindowOptions } from './window-options';
import type { WindowRegistry } from './window-registry';

export interface MainWindowDeps {
  preloadPath: string;
  registry: WindowRegistry;
  /** The UI language of the settings, read when a dialog is shown. */
  language: () => UiLanguage;
}

export function createMainWindow({ preloadPath, registry, language }: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath, title: createTranslator(language())('app.title') }),
  );
  registry.add(window);
  window.once('ready-to-show', () => window.show());
  window.webContents.on(
    'render-process-gone',
    crashReloadHandler(window, {
      startUrl: APP_START_URL,
      giveUp: () => {
        const t = createTranslator(language());
        dialog.showErrorBox(t('crash.gaveUpTitle'), t('crash.gaveUpBody'));
      },
    }),
  );
  window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('The app page failed to load', error);
  });
  return window;
}

/** Brings a window to the front, e.g. when the user starts the app a second time. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
