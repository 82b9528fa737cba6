import { BrowserWindow, dialog } from 'electron';
import { APP_START_URL } from './app-url';
import { crashReloadHandler } from './crash-reload';
import { mainWindowOptions } from './window-options';
import type { WindowRegistry } from './window-registry';

export interface MainWindowDeps {
  preloadPath: string;
  registry: WindowRegistry;
}

export function createMainWindow({ preloadPath, registry }: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath }));
  registry.add(window);
  window.once('ready-to-show', () => window.show());
  window.webContents.on(
    'render-process-gone',
    crashReloadHandler(window, {
      startUrl: APP_START_URL,
      giveUp: () =>
        dialog.showErrorBox(
          'Вікно Шпальти знову аварійно закрилося',
          'Сторінка програми двічі поспіль завершилася з помилкою, тож її більше не перезавантажено. Закрийте вікно й відкрийте програму знову; ваші збережені статті на диску.',
        ),
    }),
  );
  window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error('Не вдалося завантажити сторінку програми', error);
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
