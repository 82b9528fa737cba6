import { readCommit, resolveRef } from 'isomorphic-git';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsroomServer } from '../../../fixtures/newsroom-server';
import { person, startTestNewsroom, type Person } from '../../../fixtures/newsroom-people';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-newsroom-faults-');

/** What each commit on the server's branch says it holds, oldest first (ours say how many units changed). */
async function commitsSent(server: NewsroomServer, ref: string): Promise<string[]> {
  const gitdir = server.repoDir;
  const sent: string[] = [];
  for (let oid: string | undefined = await resolveRef({ fs, gitdir, ref }); oid;) {
    const { commit } = await readCommit({ fs, gitdir, oid });
    sent.push(commit.message.trim().replace(/^Shpalta: /, ''));
    oid = commit.parent[0];
  }
  return sent.reverse();
}

describe('the newsroom exchange when the network or the server fails', { timeout: 60_000 }, () => {
  const open: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    for (const item of open.splice(0).reverse()) await item.close();
  });

  async function joined(): Promise<{ server: NewsroomServer; olena: Person }> {
    const root = await tempDir();
    const server = await startTestNewsroom(root);
    open.push(server);
    const olena = await person(root, 'olena');
    open.push(olena);
    await olena.join(server);
    return { server, olena };
  }

  it('offline, changes wait in order on this computer and go out when the server is back', async () => {
    const { server, olena } = await joined();
    const before = await server.serverRef('refs/heads/j/olena');
    server.faults.failNext(100, 503);
    await olena.call('article.create', { headline: 'Перша' });
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'offline', pending: 1 });
    await olena.call('article.create', { headline: 'Друга' });
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'offline', pending: 2 });
    expect(await server.serverRef('refs/heads/j/olena')).toBe(before);

    server.faults.failNext(0);
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'synced', pending: 0 });
    // The desk's first commit, then each change in the order it was made: nothing squashed, nothing lost.
    expect(await commitsSent(server, 'refs/heads/j/olena')).toEqual([
      ...(await commitsSent(server, 'refs/heads/desk')),
      '1',
      '1',
    ]);
    const tree = await olena.call('library.list', {});
    expect(tree.articles.map((a) => a.headline).sort()).toEqual(['Друга', 'Перша', 'Редакція почала роботу']);
  });

  it('a revoked token is said as such, keeps what waits, and a new token sends it', async () => {
    const { server, olena } = await joined();
    const secrets = `${olena.app.userDataDir}/secrets-unencrypted.json`;
    const kept = fs.readFileSync(secrets, 'utf8');
    expect(kept).toContain(Buffer.from('olena-token-0001').toString('base64'));
    await olena.call('newsroom.updateToken', { token: 'revoked-token' }).catch(() => undefined);
    await olena.call('article.create', { headline: 'Без токена' });
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'unauthorized', pending: 1 });
    const status = await olena.call('newsroom.updateToken', { token: 'olena-token-0001' });
    expect(status.sync).toMatchObject({ kind: 'synced', pending: 0 });
    expect(await server.serverRef('refs/heads/j/olena')).not.toBeNull();
  });

  it('a push cut off halfway leaves the server as it was; the next exchange sends it once', async () => {
    const { server, olena } = await joined();
    const before = await server.serverRef('refs/heads/j/olena');
    await olena.call('article.create', { headline: 'Обірваний зв’язок' });
    server.faults.cutNextPush();
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'offline', pending: 1 });
    expect(await server.serverRef('refs/heads/j/olena')).toBe(before);
    expect((await olena.call('newsroom.syncNow', {})).sync).toMatchObject({ kind: 'synced', pending: 0 });
    const there = await server.serverRef('refs/heads/j/olena');
    expect(await commitsSent(server, 'refs/heads/j/olena')).toEqual([
      ...(await commitsSent(server, 'refs/heads/desk')),
      '1',
    ]);
    const again = await olena.call('newsroom.syncNow', {});
    expect(again.sync.pending).toBe(0);
    expect(await server.serverRef('refs/heads/j/olena')).toBe(there);
  });
});
