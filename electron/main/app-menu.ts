import { BrowserWindow, Menu, app, dialog } from 'electron';
import { COMMAND_CHANNEL } from '../../shared/api/channels';
import type { AppCommand } from '../../shared/api/bridge';
import { buildMenuTemplate } from './menu-template';
import type { WindowRegistry } from './window-registry';

export interface AppMenuDeps {
  registry: WindowRegistry;
  version: string;
}

export function installAppMenu({ registry, version }: AppMenuDeps): void {
  const sendCommand = (command: AppCommand): void => {
    registry.current(BrowserWindow.getFocusedWindow())?.webContents.send(COMMAND_CHANNEL, command);
  };
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: 'Про програму',
      message: 'Шпальта',
      detail: `Версія ${version}\nНастільний редактор редакції: чернетки офлайн, погодження, публікація на сайт і в Telegram.`,
      buttons: ['Гаразд'],
    };
    const parent = registry.current(BrowserWindow.getFocusedWindow());
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.getName(),
    sendCommand,
    showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
