import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { person, startTestNewsroom } from '../../../fixtures/newsroom-people';
import { useTempDirs } from '../../../fixtures/temp-dir';

const PUSH_CHILD = new URL('../../../fixtures/newsroom/push-child.ts', import.meta.url).pathname;
const tempDir = useTempDirs('shpalta-newsroom-kill-');

describe('the app killed in the middle of sending to the newsroom', () => {
  it('nothing is lost and nothing is doubled: the next start sends the article once', { timeout: 60_000 }, async () => {
    const root = await tempDir();
    const server = await startTestNewsroom(root);
    try {
      const first = await person(root, 'olena');
      await first.join(server);
      await first.close();
      const before = await server.serverRef('refs/heads/j/olena');

      // The push reaches the server and waits there; the app is killed while it waits.
      server.faults.hold({ service: 'receive-pack', phase: 'rpc' });
      // Not bundled: the app's search index is native SQLite, which finds its binary from node_modules.
      const child = spawn(process.execPath, ['--import', 'tsx', PUSH_CHILD, first.app.root, 'Перед вимкненням'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let said = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
      await Promise.race([server.faults.waitForHeld(1), ended]);
      expect(said, stderr).toMatch(/^created /);
      child.kill('SIGKILL');
      await ended;
      expect(said).not.toContain('sent');
      server.faults.release();
      expect(await server.serverRef('refs/heads/j/olena')).toBe(before);

      const again = await person(root, 'olena');
      try {
        const status = await again.call('newsroom.syncNow', {});
        expect(status.sync).toMatchObject({ kind: 'synced', pending: 0 });
        const { articles } = await again.call('library.list', {});
        expect(articles.filter((a) => a.headline === 'Перед вимкненням')).toHaveLength(1);
        const ivan = await person(root, 'ivan');
        try {
          await ivan.join(server);
          const seen = await ivan.call('library.list', {});
          expect(seen.articles.filter((a) => a.headline === 'Перед вимкненням')).toHaveLength(1);
        } finally {
          await ivan.close();
        }
      } finally {
        await again.close();
      }
    } finally {
      await server.close();
    }
  });
});
