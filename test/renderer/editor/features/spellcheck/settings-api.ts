import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { OutletStore } from '../../../../../electron/services/outlet/outlet-store';
import { outletState } from '../../../../../electron/services/outlet/outlet-state';
import { openConfStore } from '../../../../../electron/services/settings/conf-store';
import { settingsFilePath } from '../../../../../electron/services/settings/paths';
import { SettingsService } from '../../../../../electron/services/settings/settings-service';
import { contract, type ShpaltaApi } from '../../../../../shared/api/contract';
import { defaultSettings } from '../../../../../shared/settings/schema';

/**
 * The settings part of the API, served in-process by the real SettingsService over a settings file in
 * `userDataDir`, and the outlet profile (its apostrophe, and outlet.changed after a save) by the real OutletStore of a library there (validated
 * with the contract's schemas, as the hosts do). Other methods are not part of spellcheck and fail loudly.
 */
export function settingsApi(userDataDir: string): { api: ShpaltaApi; settings: SettingsService; outlet: OutletStore } {
  const libraryPath = path.join(userDataDir, 'Шпальта');
  mkdirSync(libraryPath, { recursive: true });
  const outlet = new OutletStore(libraryPath);
  const outletListeners = new Set<(payload: unknown) => void>();
  const settings = new SettingsService({
    filePath: settingsFilePath(userDataDir),
    defaults: defaultSettings(libraryPath),
    openStore: (defaults) => openConfStore(userDataDir, defaults),
  });
  const api = {
    invoke: async (method: string, input: unknown) => {
      if (method === 'settings.get') return settings.get();
      if (method === 'settings.update') return settings.update(contract['settings.update'].input.parse(input));
      if (method === 'outlet.get') return outletState(outlet);
      if (method === 'outlet.update') {
        const { profile, baseHash } = contract['outlet.update'].input.parse(input);
        const { hash } = await outlet.update(profile, baseHash);
        // As the hosts do: every window hears of the save.
        for (const listener of outletListeners) listener({ hash });
        return outletState(outlet);
      }
      throw new Error(`spellcheck does not call ${method}`);
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      if (event !== 'outlet.changed') return () => undefined;
      outletListeners.add(listener);
      return () => outletListeners.delete(listener);
    },
  } as ShpaltaApi;
  return { api, settings, outlet };
}
