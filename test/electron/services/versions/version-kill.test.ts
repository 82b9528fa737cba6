import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { VersionStore } from '../../../../electron/services/versions/version-store';
import { bundleNodeScript } from '../../../fixtures/crash/save-loop-bundle';
import { mulberry32 } from '../../../fixtures/crash/article-versions';
import { stressScale } from '../../../fixtures/stress-scale';
import { useTempDirs } from '../../../fixtures/temp-dir';

const COMMIT_LOOP = new URL('../../../fixtures/versions/commit-loop.ts', import.meta.url).pathname;
/** 40 kills under CI (CI=true), a fifth elsewhere (stress-scale.ts); SHPALTA_VERSION_KILLS sets them. */
const KILLS = stressScale(process.env.SHPALTA_VERSION_KILLS, 40);

interface Ack {
  id: string;
  version: string;
  headline: string;
}

/** Starts a commit loop, kills it with SIGKILL `afterMs` after it is ready, and returns what it acknowledged. */
async function killedLoop(bundle: string, args: string[], afterMs: number): Promise<{ acks: Ack[]; stderr: string }> {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  let stderr = '';
  let pending = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      let end: number;
      while ((end = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        const [word, id, version, ...headline] = line.split(' ');
        if (word === 'ack' && id && version) acks.push({ id, version, headline: headline.join(' ') });
      }
    });
    child.once('close', () => resolve());
  });
  await ended;
  return { acks, stderr };
}

describe('versions survive SIGKILL while they are committed', () => {
  const tempDir = useTempDirs('shpalta-version-kill-');

  it(`${KILLS} kills at random moments: the history opens and every acknowledged version is listed and readable`, async () => {
    const base = await tempDir();
    const store = new LibraryStore(path.join(base, 'Шпальта'));
    await store.ensure();
    const ids = [(await store.create('А')).article.id, (await store.create('Б')).article.id];
    const dir = path.join(base, 'data', 'versions');
    const bundle = await bundleNodeScript(COMMIT_LOOP, path.join(base, 'commit-loop.mjs'));
    const random = mulberry32(19);
    const acknowledged: Ack[] = [];
    for (let round = 0; round < KILLS; round++) {
      const { acks, stderr } = await killedLoop(
        bundle,
        [store.root, dir, String(round), ...ids],
        Math.floor(random() * 1500),
      );
      expect(stderr).toBe('');
      acknowledged.push(...acks);
      // Opened anew after every kill, as the app would be: what was acknowledged is there.
      const versions = await VersionStore.open({ dir, libraryRoot: store.root, author: () => 'Перевірка' });
      for (const id of ids) {
        const listed = new Set((await versions.list(id)).map((v) => v.version));
        const missing = acknowledged.filter((ack) => ack.id === id && !listed.has(ack.version));
        expect(missing).toEqual([]);
      }
    }
    const versions = await VersionStore.open({ dir, libraryRoot: store.root, author: () => 'Перевірка' });
    for (const ack of acknowledged) {
      const text = Buffer.from(await versions.readBytes(ack.id, ack.version)).toString('utf8');
      expect((JSON.parse(text) as { headline: string }).headline).toBe(ack.headline);
    }
    console.log(`version kill test: ${KILLS} kills, ${acknowledged.length} acknowledged versions, all listed and read`);
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 300_000);
});
