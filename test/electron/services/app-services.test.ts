import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { settingsFilePath } from '../../../electron/services/settings/paths';
import { dispatch } from '../../../electron/services/api/dispatch';
import { useTempDirs } from '../../fixtures/temp-dir';
import { createTestApp, openSettings } from '../../fixtures/test-app';
import { rejection, inUkrainian } from '../../fixtures/api-errors';
import { cpuMsSince } from '../../fixtures/cpu-time';
import { worded } from '../../support/worded';

const tempDir = useTempDirs();

describe('createAppServices: a library that cannot be opened', () => {
  it('starts anyway, explains the problem in Ukrainian and recovers on retry once the folder is usable', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'Шпальта');
    await writeFile(libraryPath, 'not a folder'); // an unplugged drive looks much the same to the app
    const services = createAppServices({
      settings: openSettings(path.join(root, 'user-data'), libraryPath),
      host: 'browser',
      version: '0.0.0-test',
      userDataDir: path.join(root, 'user-data'),
    });
    await services.start();

    const error = await rejection(services.handlers['library.list']({}));
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toContain(`Бібліотеку «${libraryPath}» не вдалося відкрити`);
    expect((await rejection(services.handlers['article.create']({}))).code).toBe('io-error');

    await rm(libraryPath);
    const listing = await services.handlers['library.list']({});
    expect(listing.articles).toHaveLength(1); // the sample of a freshly created library
    services.dispose();
  });

  it('refuses a new library folder it cannot open and keeps the old one', async () => {
    const app = await createTestApp(await tempDir());
    const blocked = path.join(app.root, 'file-not-folder');
    await writeFile(blocked, 'x');
    const error = await rejection(app.services.handlers['settings.update']({ libraryPath: blocked }));
    expect(error.code).toBe('io-error');
    expect(app.settings.get().libraryPath).toBe(app.libraryPath);
    expect((await app.services.handlers['library.list']({})).libraryPath).toBe(app.libraryPath);
    app.services.dispose();
  });

  // Only Linux has /proc, where a folder cannot be made inside one that exists; elsewhere there is no such path.
  // Node's recursive mkdir never settled there: the old code times out.
  it.skipIf(process.platform !== 'linux')(
    'refuses a library folder that cannot be created, without spinning and with its reason',
    async () => {
      const app = await createTestApp(await tempDir());
      // CPU time, not wall time (a busy machine stretches that): the old code spun a core and never answered.
      const started = process.cpuUsage();
      const error = await rejection(app.services.handlers['settings.update']({ libraryPath: '/proc/1/нема' }));
      expect(cpuMsSince(started)).toBeLessThan(1000);
      expect(inUkrainian(error)).toBe(
        'Бібліотеку «/proc/1/нема» не вдалося відкрити: система не дозволяє створити тут теку.',
      );
      expect(app.settings.get().libraryPath).toBe(app.libraryPath);
      app.services.dispose();
    },
  );

  it('switches to a new library folder, creating it with a sample article', async () => {
    const app = await createTestApp(await tempDir());
    const next = path.join(app.root, 'Друга бібліотека');
    await app.services.handlers['settings.update']({ libraryPath: next });
    expect(existsSync(path.join(next, '.shpalta', 'library.json'))).toBe(true);
    const listing = await app.services.handlers['library.list']({});
    expect(listing.libraryPath).toBe(next);
    expect(listing.articles).toHaveLength(1);
    app.services.dispose();
  });

  it('rejects a relative library path before touching the disk', async () => {
    const app = await createTestApp(await tempDir());
    await mkdir(path.join(app.root, 'relative'), { recursive: true });
    const result = await dispatch(app.services.handlers, 'settings.update', { libraryPath: 'relative' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!result.ok) expect(inUkrainian(result.error)).toContain('вкажіть повний шлях до теки');
    app.services.dispose();
  });
});

describe('createAppServices: words that are written or shown in the UI language', () => {
  it('duplicates with the suffix of the UI language at that moment, which then stays in the headline', async () => {
    const app = await createTestApp(await tempDir());
    const { article } = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    const inUkrainianUi = await app.services.handlers['article.duplicate']({ id: article.id });
    expect(inUkrainianUi.article.headline).toBe('Бюджет (копія)');

    await app.services.handlers['settings.update']({ uiLanguage: 'en' });
    const inEnglishUi = await app.services.handlers['article.duplicate']({ id: article.id });
    expect(inEnglishUi.article.headline).toBe('Бюджет (copy)');
    app.services.dispose();
  });

  it('signs a new article with the profile’s name, and with no one while the profile has none', async () => {
    const app = await createTestApp(await tempDir());
    const unsigned = await app.services.handlers['article.create']({});
    expect(unsigned.article.authors).toEqual([]);

    await app.services.handlers['settings.update']({ user: { name: '  Олена Коваленко ' } });
    const signed = await app.services.handlers['article.create']({ headline: 'Бюджет' });
    expect(signed.article.authors).toEqual([{ name: 'Олена Коваленко' }]);
    expect((await app.services.handlers['article.get']({ id: signed.article.id })).article.authors).toEqual([
      { name: 'Олена Коваленко' },
    ]);
    // A copy keeps the byline of its original, not the profile's.
    await app.services.handlers['settings.update']({ user: { name: 'Петро Шевчук' } });
    const copy = await app.services.handlers['article.duplicate']({ id: signed.article.id });
    expect(copy.article.authors).toEqual([{ name: 'Олена Коваленко' }]);
    app.services.dispose();
  });

  it('tells about a settings file that was set aside as a message each UI words itself', async () => {
    const root = await tempDir();
    const userDataDir = path.join(root, 'user-data');
    await mkdir(userDataDir, { recursive: true });
    await writeFile(settingsFilePath(userDataDir), '{oops');
    const settings = openSettings(userDataDir, path.join(root, 'library'));
    const services = createAppServices({ settings, host: 'browser', version: '0.0.0-test', userDataDir });

    const [notice, ...rest] = (await services.handlers['app.info']({})).startupNotices;
    expect(rest).toEqual([]);
    const backup = settings.recovery?.backupPath ?? '';
    expect(notice?.code).toBe('settings-recovered');
    expect(worded(notice?.message, 'en')).toBe(
      `The settings file was damaged (the file is not valid JSON). It was kept as ${backup}, and the settings were reset to their defaults.`,
    );
    expect(worded(notice?.message)).toContain('Файл налаштувань був пошкоджений (файл не є коректним JSON)');
    services.dispose();
  });
});
