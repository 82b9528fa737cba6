import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_DIR_NAME,
  defaultLibraryPath,
  defaultUserDataDir,
  settingsFilePath,
} from '../../../../electron/services/settings/paths';

const home = os.homedir();

describe('defaultUserDataDir (where Electron keeps userData)', () => {
  it('uses the app’s Ukrainian product name', () => {
    expect(APP_DIR_NAME).toBe('Шпальта');
  });

  it('win32: %APPDATA%\\Шпальта', () => {
    const appData = 'C:\\Users\\olena\\AppData\\Roaming';
    expect(defaultUserDataDir({ APPDATA: appData }, 'win32')).toBe(path.join(appData, 'Шпальта'));
  });

  it('win32 without APPDATA: the roaming folder under the home folder', () => {
    expect(defaultUserDataDir({}, 'win32')).toBe(path.join(home, 'AppData', 'Roaming', 'Шпальта'));
  });

  it('darwin: ~/Library/Application Support/Шпальта, whatever XDG says', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin')).toBe(
      path.join(home, 'Library', 'Application Support', 'Шпальта'),
    );
  });

  it('linux with XDG_CONFIG_HOME', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/home/olena/.cfg' }, 'linux')).toBe('/home/olena/.cfg/Шпальта');
  });

  it('linux without XDG_CONFIG_HOME: ~/.config/Шпальта', () => {
    expect(defaultUserDataDir({}, 'linux')).toBe(path.join(home, '.config', 'Шпальта'));
  });

  it('linux with an empty XDG_CONFIG_HOME falls back to ~/.config (as the XDG spec and Electron do)', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(path.join(home, '.config', 'Шпальта'));
  });

  it('defaults to the running process', () => {
    expect(defaultUserDataDir()).toBe(defaultUserDataDir(process.env, process.platform));
    expect(path.isAbsolute(defaultUserDataDir())).toBe(true);
  });
});

describe('defaultLibraryPath and settingsFilePath', () => {
  it('the library is Шпальта in the documents folder', () => {
    expect(defaultLibraryPath('/home/olena/Документи')).toBe('/home/olena/Документи/Шпальта');
    expect(defaultLibraryPath()).toBe(path.join(home, 'Documents', 'Шпальта'));
  });

  it('settings live in settings.json inside the user data folder', () => {
    expect(settingsFilePath('/data/Шпальта')).toBe('/data/Шпальта/settings.json');
  });
});
