import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../../electron/services/app-services';
import { openConfStore } from '../../../../electron/services/settings/conf-store';
import { settingsFilePath } from '../../../../electron/services/settings/paths';
import { SettingsService } from '../../../../electron/services/settings/settings-service';
import type { EventName } from '../../../../shared/api/contract';
import { defaultOutletProfile, OUTLET_FILE_NAME, outletEdit } from '../../../../shared/outlet/outlet-profile';
import { defaultSettings, type Settings } from '../../../../shared/settings/schema';
import { rejection } from '../../../fixtures/api-errors';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-outlet-app-');
const SOON = { timeout: 4000, interval: 20 };

/** An app whose person kept this outlet profile in their own settings, as every version before this one did. */
async function appWith(root: string, who: string, outlet: Partial<Settings['outlet']>) {
  const userDataDir = path.join(root, who);
  const libraryPath = path.join(root, 'Шпальта');
  const defaults = defaultSettings(libraryPath);
  const settings = new SettingsService({
    filePath: settingsFilePath(userDataDir),
    defaults: { ...defaults, outlet: { ...defaults.outlet, ...outlet } },
    openStore: (seed) => openConfStore(userDataDir, seed),
  });
  const services = createAppServices({ settings, host: 'browser', version: '0.0.0-test', userDataDir });
  const heard: Array<{ event: EventName; payload: unknown }> = [];
  services.bus.subscribe((event, payload) => heard.push({ event, payload }));
  await services.start();
  return { services, libraryPath, heard };
}

describe('the outlet profile moves from a person’s settings into the library', () => {
  it('a library without outlet.json gets one from the settings on first open; after that the file is the source', async () => {
    const root = await tempDir();
    const olena = await appWith(root, 'olena', { name: 'Економічна правда', rubrics: ['Фінанси', 'Енергетика'] });
    const file = path.join(olena.libraryPath, OUTLET_FILE_NAME);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      name: 'Економічна правда',
      rubrics: ['Фінанси', 'Енергетика'],
    });
    const state = await olena.services.handlers['outlet.get']({});
    expect(state.profile.rubrics).toEqual(['Фінанси', 'Енергетика']);

    // A colleague whose own settings say otherwise opens the same library: they see the newsroom's profile.
    const petro = await appWith(root, 'petro', { name: 'Інша назва', rubrics: ['Спорт'] });
    expect((await petro.services.handlers['outlet.get']({})).profile).toEqual(state.profile);

    // Petro's change reaches Olena's app through the folder, as a sync tool would bring it.
    const saved = await petro.services.handlers['outlet.update']({
      profile: { ...outletEdit(state.profile), rubrics: ['Фінанси', 'Оборона'] },
      baseHash: state.hash,
    });
    expect(petro.heard).toContainEqual({ event: 'outlet.changed', payload: { hash: saved.hash } });
    await vi.waitFor(
      () => expect(olena.heard).toContainEqual({ event: 'outlet.changed', payload: { hash: saved.hash } }),
      SOON,
    );

    // Olena's save from the version she had is refused, and Petro's stays.
    const error = await rejection(
      olena.services.handlers['outlet.update']({ profile: outletEdit(state.profile), baseHash: state.hash }),
    );
    expect(error.code).toBe('conflict');
    expect((await olena.services.handlers['outlet.get']({})).profile.rubrics).toEqual(['Фінанси', 'Оборона']);
    olena.services.dispose();
    petro.services.dispose();
  });

  it('a damaged outlet.json is reported, the defaults are used, and the file is not replaced by the seed', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'Шпальта');
    const first = await appWith(root, 'first', {});
    first.services.dispose();
    const file = path.join(libraryPath, OUTLET_FILE_NAME);
    const damaged = '{"schemaVersion": 1, "rubrics": ["Обрізано';
    await writeFile(`${file}.part`, damaged);
    await rename(`${file}.part`, file);

    const app = await appWith(root, 'second', { rubrics: ['Спорт'] });
    const state = await app.services.handlers['outlet.get']({});
    expect(state).toMatchObject({ hash: null, problem: { path: file, reason: { key: 'damaged.notJson' } } });
    expect(state.profile).toEqual(defaultOutletProfile());
    expect(await readFile(file, 'utf8')).toBe(damaged);
    app.services.dispose();
  });
});
