import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { defaultSettings } from '../../../../shared/settings/schema';
import { mergeWithDefaults, quarantineInvalidSettings } from '../../../../electron/services/settings/settings-file';
import { useTempDirs } from '../../../fixtures/temp-dir';

const defaults = defaultSettings('/home/olena/Documents/Шпальта');

describe('quarantineInvalidSettings', () => {
  const tempDir = useTempDirs('shpalta-settings-file-');

  it('does nothing when there is no file', async () => {
    const dir = await tempDir();
    expect(quarantineInvalidSettings(path.join(dir, 'settings.json'), defaults)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves a valid file where it is', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify(defaults));
    expect(quarantineInvalidSettings(file, defaults)).toBeNull();
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('renames an invalid file with a time stamp that is safe in file names', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{oops');
    const recovery = quarantineInvalidSettings(file, defaults, new Date('2025-12-19T18:44:05.123Z'));
    expect(recovery).toEqual({
      backupPath: path.join(dir, 'settings.invalid-2025-12-19T18-44-05-123Z.json'),
      reason: message('settingsFile.notJson'),
    });
    expect(existsSync(file)).toBe(false);
    expect(await readFile(recovery?.backupPath ?? '', 'utf8')).toBe('{oops');
  });

  it('a path that cannot be read as a file is kept aside with the system’s reason', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    await mkdir(file);
    const recovery = quarantineInvalidSettings(file, defaults, new Date('2025-01-01T00:00:00.000Z'));
    expect(recovery?.reason).toEqual(
      message('settingsFile.unreadable', { reason: message('error.io.reason.other', { code: 'EISDIR' }) }),
    );
    expect(existsSync(file)).toBe(false);
  });
});

describe('mergeWithDefaults', () => {
  it('fills missing top-level and nested keys from the defaults', () => {
    const merged = mergeWithDefaults({ user: { name: 'Олена' }, outlet: { name: 'НВ' } }, defaults);
    expect(merged).toEqual({
      ...defaults,
      user: { name: 'Олена', role: 'journalist' },
      outlet: { ...defaults.outlet, name: 'НВ' },
    });
  });

  it('stored values win over defaults', () => {
    expect(mergeWithDefaults({ uiLanguage: 'en', libraryPath: '/x' }, defaults)).toMatchObject({
      uiLanguage: 'en',
      libraryPath: '/x',
    });
  });

  it('passes non-objects through so that validation rejects them', () => {
    expect(mergeWithDefaults(null, defaults)).toBeNull();
    expect(mergeWithDefaults([1], defaults)).toEqual([1]);
    expect(mergeWithDefaults('x', defaults)).toBe('x');
  });

  it('keeps a malformed nested value as it is instead of hiding it behind defaults', () => {
    expect(mergeWithDefaults({ user: 'Олена' }, defaults)).toMatchObject({ user: 'Олена' });
    expect(mergeWithDefaults({ user: null }, defaults)).toMatchObject({ user: defaults.user });
  });
});
