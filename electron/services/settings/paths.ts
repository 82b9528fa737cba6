import os from 'node:os';
import path from 'node:path';
import { uk } from '../../../shared/i18n/uk';

/**
 * The app's name as its folders carry it: the catalogue's Ukrainian name whatever the UI's language, because it is
 * the product name Electron names the data folder by (package.json `productName`), and a folder must not move when
 * the language changes.
 */
export const APP_DIR_NAME = uk['app.title'];
export const SETTINGS_FILE_NAME = 'settings';

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron so
 * browser mode reads and writes the very same settings file.
 */
// An empty variable counts as unset, as Electron treats it.
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}

/** The app's folder (APP_DIR_NAME) in the user's documents folder. */
export function defaultLibraryPath(documentsDir: string = path.join(os.homedir(), 'Documents')): string {
  return path.join(documentsDir, APP_DIR_NAME);
}

export function settingsFilePath(userDataDir: string): string {
  return path.join(userDataDir, `${SETTINGS_FILE_NAME}.json`);
}

/** One search index per library, kept here rather than in the (possibly synced or shared) library. */
export function searchIndexesDir(userDataDir: string): string {
  return path.join(userDataDir, 'indexes');
}

/** One version history (a Git repository) per library, kept here: Git's files do not survive sync tools. */
export function versionsDir(userDataDir: string): string {
  return path.join(userDataDir, 'versions');
}
