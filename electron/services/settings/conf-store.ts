import Conf from 'conf';
import type { Settings } from '../../../shared/settings/schema';
import { SETTINGS_FILE_NAME } from './paths';
import type { KeyValueStore } from './settings-service';

/** The plain-Node store (browser mode, tests): `conf`, the library electron-store is built on. */
export function openConfStore(userDataDir: string, defaults: Settings): KeyValueStore {
  return new Conf<Record<string, unknown>>({
    projectName: 'shpalta',
    cwd: userDataDir,
    configName: SETTINGS_FILE_NAME,
    defaults: defaults as unknown as Record<string, unknown>,
    clearInvalidConfig: false,
  });
}
