import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startNewsroomServer, type NewsroomServer, type NewsroomUser } from '../fixtures/newsroom-server';
import { test } from './browser-mode';

/**
 * One loopback newsroom server for a spec file (started before its tests, stopped after), with these accounts
 * and a first commit on the desk; the hosts the file starts ask it every second, as the benchmarks do.
 */
export function useNewsroomServer(
  users: Record<string, NewsroomUser>,
  files: () => Record<string, string>,
): { server(): NewsroomServer; root(): string } {
  let server: NewsroomServer | null = null;
  let root = '';
  let fetchEvery: string | undefined;
  test.beforeAll(async () => {
    fetchEvery = process.env.SHPALTA_NEWSROOM_FETCH_MS;
    process.env.SHPALTA_NEWSROOM_FETCH_MS = '1000';
    root = await mkdtemp(path.join(os.tmpdir(), 'shpalta-newsroom-'));
    server = await startNewsroomServer({ root, users, seed: { files: files() } });
  });
  test.afterAll(async () => {
    if (fetchEvery === undefined) delete process.env.SHPALTA_NEWSROOM_FETCH_MS;
    else process.env.SHPALTA_NEWSROOM_FETCH_MS = fetchEvery;
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });
  return {
    server: () => {
      if (!server) throw new Error('the newsroom server is not started yet');
      return server;
    },
    root: () => root,
  };
}
