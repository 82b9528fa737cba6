import path from 'node:path';
import { openConfStore } from '../../../../../electron/services/settings/conf-store';
import { settingsFilePath } from '../../../../../electron/services/settings/paths';
import { SettingsService } from '../../../../../electron/services/settings/settings-service';
import { contract, type ShpaltaApi } from '../../../../../shared/api/contract';
import { defaultSettings } from '../../../../../shared/settings/schema';

/**
 * The settings part of the API, served in-process by the real SettingsService over a settings file in
 * `userDataDir` (validated with the contract's schemas, as the hosts do). Other methods are not part of
 * spellcheck and fail loudly.
 */
export function settingsApi(userDataDir: string): { api: ShpaltaApi; settings: SettingsService } {
  const settings = new SettingsService({
    filePath: settingsFilePath(userDataDir),
    defaults: defaultSettings(path.join(userDataDir, 'Шпальта')),
    openStore: (defaults) => openConfStore(userDataDir, defaults),
  });
  const api = {
    invoke: async (method: string, input: unknown) => {
      if (method === 'settings.get') return settings.get();
      if (method === 'settings.update') return settings.update(contract['settings.update'].input.parse(input));
      throw new Error(`spellcheck does not call ${method}`);
    },
    on: () => () => undefined,
  } as ShpaltaApi;
  return { api, settings };
}
