import { BrowserWindow, Menu, app } from 'electron';
import { COMMAND_CHANNEL } from '../../shared/api/channels';
import type { AppCommand } from '../../shared/api/bridge';
import { createTranslator } from '../../shared/i18n/translate';
import type { Settings, UiLanguage } from '../../shared/settings/schema';
import { buildMenuTemplate } from './menu-template';
import type { WindowRegistry } from './window-registry';

export interface AppMenuDeps {
  registry: WindowRegistry;
  /** The UI language is read from here, and the menu is built again when it changes. */
  settings: { get(): Settings; onChange(listener: (settings: Settings) => void): () => void };
}

/** The application menu in the UI language of the settings, rebuilt when that language changes. */
export function installAppMenu({ registry, settings }: AppMenuDeps): void {
  const sendCommand = (command: AppCommand): void => {
    registry.current(BrowserWindow.getFocusedWindow())?.webContents.send(COMMAND_CHANNEL, command);
  };
  let language: UiLanguage = settings.get().uiLanguage;

  const install = (): void => {
    const t = createTranslator(language);
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      t,
      sendCommand,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  install();
  settings.onChange((next) => {
    if (next.uiLanguage === language) return;
    language = next.uiLanguage;
    install();
  });
}
