import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultOutletProfile, outletEdit, OUTLET_FILE_NAME } from '../../../../shared/outlet/outlet-profile';
import { OutletStore } from '../../../../electron/services/outlet/outlet-store';
import { OutletWatcher } from '../../../../electron/services/outlet/outlet-watcher';
import { sha256 } from '../../../fixtures/sha256';
import { useTempDirs } from '../../../fixtures/temp-dir';

const SOON = { timeout: 4000, interval: 20 };
const tempDir = useTempDirs('shpalta-outlet-watch-');

describe('OutletWatcher', () => {
  let watcher: OutletWatcher | null = null;
  afterEach(() => watcher?.stop());

  async function watching() {
    const root = await tempDir();
    const store = new OutletStore(root);
    await store.ensure(defaultOutletProfile());
    const heard: Array<string | null> = [];
    watcher = new OutletWatcher(store, (hash) => heard.push(hash), 40);
    await watcher.start();
    return { root, store, heard, file: path.join(root, OUTLET_FILE_NAME) };
  }

  /** A colleague's save as a sync tool makes it: a temp file renamed over outlet.json. */
  async function colleagueSaves(root: string, rubrics: string[]): Promise<string> {
    const text = `${JSON.stringify({ ...defaultOutletProfile(), rubrics }, null, 2)}\n`;
    const temp = path.join(root, '.outlet.json.syncthing.tmp');
    await writeFile(temp, text);
    await rename(temp, path.join(root, OUTLET_FILE_NAME));
    return sha256(text);
  }

  it('reports a colleague’s save arriving by sync, by its hash, and goes on watching after it', async () => {
    const { root, heard } = await watching();
    const first = await colleagueSaves(root, ['Оборона']);
    await vi.waitFor(() => expect(heard).toEqual([first]), SOON);
    const second = await colleagueSaves(root, ['Оборона', 'Спорт']);
    await vi.waitFor(() => expect(heard).toEqual([first, second]), SOON);
  });

  it('an edit in place is reported as well', async () => {
    const { file, heard } = await watching();
    const text = (await readFile(file, 'utf8')).replace('"name": ""', '"name": "НВ"');
    await writeFile(file, text);
    await vi.waitFor(() => expect(heard).toEqual([sha256(text)]), SOON);
  });

  it('this app’s own save is not news; the colleague’s that follows is', async () => {
    const { root, store, file, heard } = await watching();
    await store.update({ ...outletEdit(defaultOutletProfile()), name: 'Моя назва' }, sha256(await readFile(file)));
    const theirs = await colleagueSaves(root, ['Світ']);
    await vi.waitFor(() => expect(heard).toContain(theirs), SOON);
    expect(heard).toEqual([theirs]);
  });
});
