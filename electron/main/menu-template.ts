import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/bridge';

export const NEW_ARTICLE_ACCELERATOR = 'CmdOrCtrl+N';
export const SAVE_ACCELERATOR = 'CmdOrCtrl+S';
export const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

export interface MenuTemplateOptions {
  /** `process.platform`: macOS gets the application menu first and keeps «Вийти» there. */
  platform: NodeJS.Platform;
  /** Developer tools are offered only in a development run. */
  isPackaged: boolean;
  appName: string;
  /** Sends a command to the focused page. */
  sendCommand: (command: AppCommand) => void;
  showAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu, in Ukrainian. Roles keep the platform's own behaviour and shortcuts. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';

  // The page handles these shortcuts itself and calls preventDefault; Electron fires a menu
  // accelerator only for key presses the page left unhandled, so a command never runs twice.
  const settingsItem: MenuItemConstructorOptions = {
    id: 'open-settings',
    label: 'Налаштування…',
    accelerator: SETTINGS_ACCELERATOR,
    click: () => options.sendCommand('open-settings'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `Про програму ${options.appName}`, click: options.showAbout },
      separator,
      settingsItem,
      separator,
      { role: 'services', label: 'Служби' },
      separator,
      { role: 'hide', label: `Сховати ${options.appName}` },
      { role: 'hideOthers', label: 'Сховати інші' },
      { role: 'unhide', label: 'Показати всі' },
      separator,
      { role: 'quit', label: 'Вийти' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Файл',
    submenu: [
      {
        id: 'new-article',
        label: 'Нова стаття',
        accelerator: NEW_ARTICLE_ACCELERATOR,
        click: () => options.sendCommand('new-article'),
      },
      {
        id: 'save',
        label: 'Зберегти',
        accelerator: SAVE_ACCELERATOR,
        click: () => options.sendCommand('save'),
      },
      ...(isMac ? [] : [separator, settingsItem]),
      separator,
      { role: 'close', label: 'Закрити вікно' },
      ...(isMac ? [] : [separator, { role: 'quit', label: 'Вийти' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Правка',
    submenu: [
      { role: 'undo', label: 'Скасувати' },
      { role: 'redo', label: 'Повторити' },
      separator,
      { role: 'cut', label: 'Вирізати' },
      { role: 'copy', label: 'Копіювати' },
      { role: 'paste', label: 'Вставити' },
      separator,
      { role: 'selectAll', label: 'Виділити все' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Вигляд',
    submenu: [
      { role: 'reload', label: 'Перезавантажити' },
      separator,
      { role: 'zoomIn', label: 'Збільшити масштаб' },
      { role: 'zoomOut', label: 'Зменшити масштаб' },
      { role: 'resetZoom', label: 'Скинути масштаб' },
      separator,
      { role: 'togglefullscreen', label: 'На весь екран' },
      ...(options.isPackaged
        ? []
        : [
            separator,
            { role: 'toggleDevTools', label: 'Інструменти розробника' } satisfies MenuItemConstructorOptions,
          ]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Вікно',
    submenu: [
      { role: 'minimize', label: 'Згорнути' },
      { role: 'zoom', label: 'Масштабувати вікно' },
      separator,
      { role: 'front', label: 'Усі вікна на передній план' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Довідка',
    submenu: [{ label: 'Про програму', click: options.showAbout }],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
