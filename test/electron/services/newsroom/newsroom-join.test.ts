import { createHash, randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { JoinProgress } from '../../../../shared/newsroom/newsroom-link';
import type { NewsroomServer } from '../../../fixtures/newsroom-server';
import { PEOPLE, person, SEED_ID, seedFiles, startTestNewsroom, type Login } from '../../../fixtures/newsroom-people';
import { runGit, serverGitEnv } from '../../../fixtures/newsroom-repo';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-newsroom-join-');

/** A seed whose desk weighs about `bytes`: the seed article with a photo of random (incompressible) bytes. */
function heavySeed(bytes: number): Record<string, string | Uint8Array> {
  const photo = randomBytes(bytes);
  const name = `${createHash('sha256').update(photo).digest('hex')}.jpg`;
  return { ...seedFiles(), [`articles/${SEED_ID}/media/${name}`]: photo };
}

async function packBytes(server: NewsroomServer): Promise<number> {
  const dir = path.join(server.repoDir, 'objects', 'pack');
  let total = 0;
  for (const name of await readdir(dir)) if (name.endsWith('.pack')) total += (await stat(path.join(dir, name))).size;
  return total;
}

describe('joining a newsroom over a connection that drops', { timeout: 90_000 }, () => {
  const open: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    for (const item of open.splice(0).reverse()) await item.close();
  });

  async function setUp(retries: readonly number[], seedBytes = 400_000) {
    const root = await tempDir();
    const server = await startTestNewsroom(root, { files: heavySeed(seedBytes) });
    open.push(server);
    const as = async (login: Login) => {
      const someone = await person(root, login, { newsroomJoinRetryDelaysMs: retries });
      open.push(someone);
      const progress: JoinProgress[] = [];
      someone.app.services.bus.subscribe((event, payload) => {
        if (event === 'newsroom.progress') progress.push(payload as JoinProgress);
      });
      return { ...someone, progress, folder: path.join(root, `${login}-newsroom`) };
    };
    return { server, as };
  }

  it('says how big the newsroom is, counts what arrives, and tries again after a cut', async () => {
    const { server, as } = await setUp([0, 0]);
    // Packed, as a server's housekeeping (`git gc`) leaves it: the packs are what the estimate reads.
    await runGit(['repack', '-a', '-d', '-q'], {
      cwd: server.repoDir,
      env: serverGitEnv(path.dirname(server.repoDir)),
    });
    const ivan = await as('ivan');
    server.faults.cutNextFetch({ afterBytes: 50_000 });

    const status = await ivan.join(server);

    expect(status.link).toMatchObject({ login: 'ivan' });
    const estimate = await packBytes(server);
    expect(estimate).toBeGreaterThan(400_000);
    expect(ivan.progress[0]).toMatchObject({ phase: 'connecting', bytes: null, estimatedBytes: null });
    expect(ivan.progress.find((p) => p.estimatedBytes !== null)?.estimatedBytes).toBe(estimate);
    expect(ivan.progress.filter((p) => p.phase === 'reconnecting')).toEqual([
      expect.objectContaining({ loaded: 1, total: 2 }),
    ]);
    // What the cut attempt received is not counted twice: the count ends near the newsroom's weight.
    const received = Math.max(...ivan.progress.map((p) => p.bytes ?? 0));
    expect(received).toBeGreaterThan(estimate * 0.9);
    expect(received).toBeLessThan(estimate * 1.5);
    const { articles } = await ivan.call('library.list', {});
    expect(articles.map((a) => a.id)).toEqual([SEED_ID]);
  });

  it('a join cut off for good keeps what arrived, and the same join goes on without fetching it again', async () => {
    const { server, as } = await setUp([]);
    // Olena's own work on the server, so that a join has a second part to fetch after the desk.
    const olena = await as('olena');
    await olena.join(server);
    await olena.call('article.create', { headline: 'Чернетка Олени' });
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'synced', pending: 0 });

    const ivan = await as('ivan');
    server.faults.cutNextFetch({ afterBytes: 200, skip: 1 });
    const input = { url: server.url, login: 'ivan', token: PEOPLE.ivan.token, folder: ivan.folder };
    const cut = await ivan.call('newsroom.join', input).catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(ApiError);
    expect(cut).toMatchObject({ code: 'newsroom-unreachable', reason: { key: 'newsroom.error.joinInterrupted' } });
    const firstTry = Math.max(...ivan.progress.map((p) => p.bytes ?? 0));
    expect(firstTry).toBeGreaterThan(400_000);
    expect((await ivan.call('newsroom.get', {})).link).toBeNull();

    ivan.progress.length = 0;
    const status = await ivan.call('newsroom.join', input);
    await ivan.app.services.settled();
    expect(status.link).toMatchObject({ login: 'ivan' });
    // The desk's photo had arrived whole: the second join fetched only Olena's draft.
    expect(Math.max(...ivan.progress.map((p) => p.bytes ?? 0))).toBeLessThan(50_000);
    const { articles } = await ivan.call('library.list', {});
    expect(articles.map((a) => a.headline).sort()).toEqual(['Редакція почала роботу', 'Чернетка Олени']);
  });

  it('a join under another login into the folder a cut-off join left starts afresh', async () => {
    const { server, as } = await setUp([]);
    const ivan = await as('ivan');
    server.faults.cutNextFetch({ afterBytes: 50_000 });
    await expect(
      ivan.call('newsroom.join', { url: server.url, login: 'ivan', token: PEOPLE.ivan.token, folder: ivan.folder }),
    ).rejects.toMatchObject({ code: 'newsroom-unreachable' });

    // The person thinks better of it and uses the newsroom's shared login instead, in the same folder.
    const status = await ivan.call('newsroom.join', {
      url: server.url,
      login: 'olena',
      token: PEOPLE.olena.token,
      folder: ivan.folder,
    });
    await ivan.app.services.settled();
    expect(status.link).toMatchObject({ login: 'olena' });
    expect((await ivan.call('library.list', {})).articles.map((a) => a.id)).toEqual([SEED_ID]);
  });
});
