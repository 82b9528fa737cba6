import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/bridge';
import type { Translate } from '../../shared/i18n/translate';

export const NEW_ARTICLE_ACCELERATOR = 'CmdOrCtrl+N';
export const SAVE_ACCELERATOR = 'CmdOrCtrl+S';
export const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

export interface MenuTemplateOptions {
  /** `process.platform`: macOS gets the application menu first and keeps Quit there. */
  platform: NodeJS.Platform;
  /** Developer tools are offered only in a development run. */
  isPackaged: boolean;
  appName: string;
  /** The words, in the UI language chosen in the settings. */
  t: Translate;
  /** Sends a command to the focused page. */
  sendCommand: (command: AppCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** "About" is the page's dialog (licences and all), in both places a platform looks for it. */
const aboutItem = (label: string, options: MenuTemplateOptions): MenuItemConstructorOptions => ({
  id: 'open-about',
  label,
  click: () => options.sendCommand('open-about'),
});

/** The application menu in the UI language. Roles keep the platform's own behaviour and shortcuts. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { t } = options;
  const isMac = options.platform === 'darwin';

  // The page handles these shortcuts itself and calls preventDefault; Electron fires a menu
  // accelerator only for key presses the page left unhandled, so a command never runs twice.
  const settingsItem: MenuItemConstructorOptions = {
    id: 'open-settings',
    label: t('menu.settings'),
    accelerator: SETTINGS_ACCELERATOR,
    click: () => options.sendCommand('open-settings'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      aboutItem(t('menu.aboutApp', { name: options.appName }), options),
      separator,
      settingsItem,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide', { name: options.appName }) },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      {
        id: 'new-article',
        label: t('menu.newArticle'),
        accelerator: NEW_ARTICLE_ACCELERATOR,
        click: () => options.sendCommand('new-article'),
      },
      {
        id: 'save',
        label: t('menu.save'),
        accelerator: SAVE_ACCELERATOR,
        click: () => options.sendCommand('save'),
      },
      ...(isMac ? [] : [separator, settingsItem]),
      separator,
      { role: 'close', label: t('menu.closeWindow') },
      ...(isMac ? [] : [separator, { role: 'quit', label: t('menu.quit') } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      separator,
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      separator,
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ...(options.isPackaged
        ? []
        : [separator, { role: 'toggleDevTools', label: t('menu.devTools') } satisfies MenuItemConstructorOptions]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoomWindow') },
      separator,
      { role: 'front', label: t('menu.front') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t('menu.help'),
    submenu: [aboutItem(t('menu.about'), options)],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
