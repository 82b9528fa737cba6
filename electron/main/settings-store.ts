import Store from 'electron-store';
import { defaultSettings } from '../../shared/settings/schema';
import { SETTINGS_FILE_NAME, defaultLibraryPath, settingsFilePath } from '../services/settings/paths';
import { SettingsService } from '../services/settings/settings-service';

/**
 * Settings in `<userData>/settings.json` through electron-store; the same file browser mode opens
 * with conf. An invalid file is set aside by SettingsService before the store reads it.
 */
export function openSettings(userDataDir: string, documentsDir: string): SettingsService {
  return new SettingsService({
    filePath: settingsFilePath(userDataDir),
    defaults: defaultSettings(defaultLibraryPath(documentsDir)),
    openStore: (defaults) =>
      new Store<Record<string, unknown>>({
        name: SETTINGS_FILE_NAME,
        cwd: userDataDir,
        defaults: defaults as unknown as Record<string, unknown>,
        clearInvalidConfig: false,
      }),
  });
}
