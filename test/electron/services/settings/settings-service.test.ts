import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import { ApiError } from '../../../../shared/api/errors';
import { defaultSettings, type Settings } from '../../../../shared/settings/schema';
import { openConfStore } from '../../../../electron/services/settings/conf-store';
import { settingsFilePath } from '../../../../electron/services/settings/paths';
import { openSettings } from '../../../fixtures/test-app';
import { useTempDirs } from '../../../fixtures/temp-dir';

const CYRILLIC = /[а-яіїєґ]/i;

describe('SettingsService over conf on disk', () => {
  const tempDir = useTempDirs('shpalta-settings-');
  let userDataDir: string;
  let file: string;
  let libraryPath: string;
  let defaults: Settings;

  beforeEach(async () => {
    const root = await tempDir();
    userDataDir = path.join(root, 'Шпальта');
    libraryPath = path.join(root, 'Документи', 'Шпальта');
    file = settingsFilePath(userDataDir);
    defaults = defaultSettings(libraryPath);
  });

  const readStored = async (): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
  const invalidCopies = async (): Promise<string[]> =>
    (await readdir(userDataDir)).filter((name) => name.startsWith('settings.invalid-'));

  it('conf keeps its file exactly where the service checks it', () => {
    expect(openConfStore(userDataDir, defaults).path).toBe(file);
  });

  it('first run writes the defaults to disk', async () => {
    expect(existsSync(file)).toBe(false);
    const service = openSettings(userDataDir, libraryPath);
    expect(service.recovery).toBeNull();
    expect(service.get()).toEqual(defaults);
    expect(await readStored()).toEqual(defaults);
  });

  it('an update persists across a new instance', async () => {
    const first = openSettings(userDataDir, libraryPath);
    first.update({ user: { name: 'Олена Коваль', role: 'editor' }, spelling: { personalWords: ['Віткофф'] } });
    first.update({ uiLanguage: 'en' });

    const second = openSettings(userDataDir, libraryPath);
    expect(second.recovery).toBeNull();
    expect(second.get()).toEqual({
      ...defaults,
      user: { name: 'Олена Коваль', role: 'editor' },
      spelling: { personalWords: ['Віткофф'] },
      uiLanguage: 'en',
    });
  });

  it('update merges nested fields and tells listeners until they unsubscribe', () => {
    const service = openSettings(userDataDir, libraryPath);
    const seen: Settings[] = [];
    const stop = service.onChange((s) => seen.push(s));
    service.update({ user: { role: 'editor' } });
    const merged = service.update({ user: { name: 'Іван' } });
    expect(merged.user).toEqual({ name: 'Іван', role: 'editor' });
    stop();
    service.update({ uiLanguage: 'en' });
    expect(seen.map((s) => s.user)).toEqual([
      { name: '', role: 'editor' },
      { name: 'Іван', role: 'editor' },
    ]);
  });

  it('an update that breaks the schema throws invalid-argument and leaves the file alone', async () => {
    const service = openSettings(userDataDir, libraryPath);
    service.update({ user: { name: 'Олена' } });
    const before = await readFile(file);

    for (const patch of [
      { spelling: { personalWords: ['два слова'] } },
      { user: { role: 'admin' as never } },
      { libraryPath: '' },
    ]) {
      let thrown: unknown;
      try {
        service.update(patch);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(patch)).toBeInstanceOf(ApiError);
      expect((thrown as ApiError).code).toBe('invalid-argument');
      expect((thrown as ApiError).reason.key).toBe('error.settings.invalid');
      // The English fallback names the field and its reason in words, never in zod's.
      expect((thrown as ApiError).message).toMatch(/^The settings were not saved: \S*: [a-z][^а-яіїєґ]*\.$/);
    }
    expect(await readFile(file)).toEqual(before);
    expect(service.get().user.name).toBe('Олена');
  });

  it('an invalid JSON file is kept aside with its bytes, and settings start from defaults', async () => {
    await mkdir(userDataDir, { recursive: true });
    const broken = Buffer.from('{"user": {"name": "Олена", "role": "edi', 'utf8');
    await writeFile(file, broken);

    const service = openSettings(userDataDir, libraryPath);
    expect(service.recovery).not.toBeNull();
    expect(worded(service.recovery?.reason)).toMatch(CYRILLIC);
    expect(worded(service.recovery?.reason)).toContain('JSON');
    const backup = service.recovery?.backupPath ?? '';
    expect(path.dirname(backup)).toBe(userDataDir);
    expect(path.basename(backup)).toMatch(/^settings\.invalid-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
    expect(await readFile(backup)).toEqual(broken);
    expect(await invalidCopies()).toEqual([path.basename(backup)]);
    expect(service.get()).toEqual(defaults);
    expect(await readStored()).toEqual(defaults);
  });

  it('a file of the wrong shape (role "admin") is kept aside too, naming the field', async () => {
    await mkdir(userDataDir, { recursive: true });
    const text = JSON.stringify({ ...defaults, user: { name: 'Хтось', role: 'admin' } });
    await writeFile(file, text);

    const service = openSettings(userDataDir, libraryPath);
    expect(worded(service.recovery?.reason)).toBe('значення не відповідають схемі: user.role');
    // The reason is shown to people (app.info startup notice): our words in each language, not the validator's.
    expect(worded(service.recovery?.reason, 'en')).toBe('the values do not match the schema at user.role');
    expect(await readFile(service.recovery?.backupPath ?? '', 'utf8')).toBe(text);
    expect(service.get()).toEqual(defaults);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"settings"'],
    ['a javascript: site URL', JSON.stringify({ outlet: { siteUrl: 'javascript:alert(1)' } })],
    ['a user that is not an object', JSON.stringify({ user: 'Олена' })],
  ])('a file holding %s is not accepted', async (_label, text) => {
    await mkdir(userDataDir, { recursive: true });
    await writeFile(file, text);
    const service = openSettings(userDataDir, libraryPath);
    expect(service.recovery).not.toBeNull();
    expect(await readFile(service.recovery?.backupPath ?? '', 'utf8')).toBe(text);
    expect(service.get()).toEqual(defaults);
  });

  it('a file from an older version keeps its values and takes defaults for new keys', async () => {
    await mkdir(userDataDir, { recursive: true });
    const { apostrophe: _a, dateStyle: _d, ...olderOutlet } = defaults.outlet;
    await writeFile(
      file,
      JSON.stringify({
        libraryPath: '/srv/редакція',
        user: { name: 'Олена', role: 'editor' },
        outlet: { ...olderOutlet, name: 'Економічна правда' },
      }),
    );

    const service = openSettings(userDataDir, libraryPath);
    expect(service.recovery).toBeNull();
    expect(await invalidCopies()).toEqual([]);
    const settings = service.get();
    expect(settings.libraryPath).toBe('/srv/редакція');
    expect(settings.user).toEqual({ name: 'Олена', role: 'editor' });
    expect(settings.outlet.name).toBe('Економічна правда');
    expect(settings.outlet.apostrophe).toBe(defaults.outlet.apostrophe);
    expect(settings.outlet.dateStyle).toBe('standard');
    expect(settings.uiLanguage).toBe('uk');

    // A later update writes the complete, current shape.
    service.update({ uiLanguage: 'en' });
    expect(await readStored()).toMatchObject({
      user: { name: 'Олена', role: 'editor' },
      outlet: { name: 'Економічна правда', apostrophe: defaults.outlet.apostrophe, dateStyle: 'standard' },
      uiLanguage: 'en',
    });
  });
});
