import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import {
  defaultOutletProfile,
  OUTLET_FILE_NAME,
  outletEdit,
  type OutletProfile,
} from '../../../../shared/outlet/outlet-profile';
import { OutletStore } from '../../../../electron/services/outlet/outlet-store';
import { outletState } from '../../../../electron/services/outlet/outlet-state';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { png } from '../../../fixtures/images';
import { sha256 } from '../../../fixtures/sha256';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-outlet-');

async function library(fs?: FaultyFileSystem) {
  const root = await tempDir();
  const store = new OutletStore(root, fs?.fs);
  const file = path.join(root, OUTLET_FILE_NAME);
  return { root, store, file };
}

const profile = (changes: Partial<OutletProfile> = {}): OutletProfile => ({ ...defaultOutletProfile(), ...changes });

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('OutletStore', () => {
  it('gives a library without outlet.json one from the seed, once; a file already there is the newsroom’s', async () => {
    const { store, file } = await library();
    expect(await store.read()).toEqual({ kind: 'missing' });
    expect(await store.ensure(profile({ name: 'Економічна правда', rubrics: ['Фінанси'] }))).toBe(true);
    const written = await readFile(file, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ schemaVersion: 1, name: 'Економічна правда', rubrics: ['Фінанси'] });

    expect(await store.ensure(profile({ name: 'Інша назва' }))).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(written);
    expect(await store.read()).toMatchObject({ kind: 'profile', hash: sha256(written) });
  });

  it('writes an update atomically over the version it was based on, and names the new hash', async () => {
    const { root, store, file } = await library();
    await store.ensure(profile());
    const base = sha256(await readFile(file));
    const saved = await store.update({ ...outletEdit(profile()), subscribeText: 'Підписуйтесь на наш Telegram' }, base);
    const text = await readFile(file, 'utf8');
    expect(saved.hash).toBe(sha256(text));
    expect(JSON.parse(text).subscribeText).toBe('Підписуйтесь на наш Telegram');
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
  });

  it('a write that fails half-way leaves the old file whole and no temp file behind', async () => {
    const faulty = new FaultyFileSystem();
    const { root, store, file } = await library(faulty);
    await store.ensure(profile({ rubrics: ['Політика'] }));
    const before = await readFile(file);
    faulty.fail('handle.writeFile', 'ENOSPC');
    const error = await refusal(store.update(outletEdit(profile({ rubrics: ['Світ'] })), sha256(before)));
    expect(error.code).toBe('io-error');
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes over a colleague’s version that arrived meanwhile', async () => {
    const { store, file } = await library();
    await store.ensure(profile());
    const base = sha256(await readFile(file));
    const theirs = `${JSON.stringify(profile({ rubrics: ['Оборона'] }), null, 2)}\n`;
    await writeFile(file, theirs);

    const error = await refusal(store.update(outletEdit(profile({ rubrics: ['Спорт'] })), base));
    expect(error.code).toBe('conflict');
    expect(error.reason.key).toBe('outlet.error.changedOutside');
    expect(await readFile(file, 'utf8')).toBe(theirs);
    // Nor a file that appeared after the form read "no file".
    expect((await refusal(store.update(outletEdit(profile()), null))).code).toBe('conflict');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "name": "обрізано', 'damaged.notJson'],
    ['from a newer app', JSON.stringify({ ...profile(), schemaVersion: 2, columns: [] }), 'damaged.newerFormat'],
    ['with no version', JSON.stringify({ name: 'НВ' }), 'damaged.noVersion'],
    ['with a field this app does not know', JSON.stringify({ ...profile(), canPublish: true }), 'damaged.structure'],
    ['with a hostile link', JSON.stringify({ ...profile(), siteUrl: 'javascript:alert(1)' }), 'damaged.structure'],
    ['not a profile', '[1, 2, 3]', 'outlet.damaged.notProfile'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'damaged.notUtf8'],
    ['absurdly large', `{"name": "${'я'.repeat(300_000)}"}`, 'damaged.tooLarge'],
  ])('a file %s is reported with its path and reason, and never written over', async (_, content, key) => {
    const { store, file } = await library();
    await writeFile(file, content);
    const before = sha256(await readFile(file));

    const read = await store.read();
    expect(read).toMatchObject({ kind: 'damaged', problem: { path: file, reason: { key } } });
    expect(await outletState(store)).toMatchObject({
      profile: defaultOutletProfile(),
      hash: null,
      problem: { path: file },
    });

    expect(await store.ensure(profile({ name: 'Сід' }))).toBe(false);
    for (const base of [null, before]) {
      const error = await refusal(store.update(outletEdit(profile()), base));
      expect(error.code).toBe('damaged-file');
      expect(error.reason).toMatchObject({ key: 'outlet.error.damaged', params: { path: file, reason: { key } } });
    }
    // Byte for byte as it was (compared by sum: a deep compare of a large buffer is slow).
    expect(sha256(await readFile(file))).toBe(before);
  });

  it('does not follow an outlet.json that is a link out of the library', async () => {
    const { root, store, file } = await library();
    const outside = path.join(await tempDir(), 'secret.json');
    await writeFile(outside, JSON.stringify(profile({ name: 'Чуже' })));
    await symlink(outside, file);
    expect(await store.read()).toMatchObject({ kind: 'damaged', problem: { reason: { key: 'damaged.linkEscape' } } });
    expect((await refusal(store.update(outletEdit(profile()), null))).code).toBe('damaged-file');
    expect(JSON.parse(await readFile(outside, 'utf8')).name).toBe('Чуже');
    expect(await readdir(root)).toEqual([OUTLET_FILE_NAME]);
  });

  it('keeps a logo beside outlet.json by its content, after the same checks as article pictures', async () => {
    const { root, store } = await library();
    const image = png(40, 20, 3);
    const { logo, dataUrl } = await store.importLogo('лого.png', image);
    expect(logo).toBe(`outlet/logo.${sha256(image)}.png`);
    expect(await readFile(path.join(root, logo))).toEqual(image);
    expect(dataUrl).toBe(`data:image/png;base64,${image.toString('base64')}`);

    const saved = await store.update({ ...outletEdit(profile()), logo }, null);
    expect(saved.profile.logo).toBe(logo);
    expect((await outletState(store)).logoDataUrl).toBe(dataUrl);

    const notImage = await refusal(store.importLogo('logo.png', Buffer.from('<svg onload="alert(1)"/>')));
    expect(notImage.code).toBe('invalid-argument');
    const missing = await refusal(
      store.update({ ...outletEdit(profile()), logo: `outlet/logo.${'0'.repeat(64)}.png` }, saved.hash),
    );
    expect(missing.reason.key).toBe('outlet.error.logoMissing');
  });

  it('shows no logo whose file was swapped for something else', async () => {
    const { root, store } = await library();
    const { logo } = await store.importLogo('logo.png', png(4, 4));
    await store.update({ ...outletEdit(profile()), logo }, null);
    await mkdir(path.join(root, 'outlet'), { recursive: true });
    await writeFile(path.join(root, logo), 'not a picture any more');
    expect((await outletState(store)).logoDataUrl).toBeNull();
  });
});
