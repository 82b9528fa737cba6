import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsroomPlace } from '../../../../electron/services/newsroom/newsroom-link-file';
import { person, SEED_ID, startTestNewsroom } from '../../../fixtures/newsroom-people';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-newsroom-detach-');

describe('closing a newsroom library', () => {
  it('a change told as the library closes starts no exchange after it closed', async () => {
    const root = await tempDir();
    const server = await startTestNewsroom(root);
    // Sent at once after a change: an exchange it wrongly schedules comes on the next timer tick.
    const olena = await person(root, 'olena', { newsroomSendAfterMs: 0 });
    try {
      await olena.join(server);
      const { bus } = olena.app.services;
      const place = await newsroomPlace(olena.app.userDataDir, olena.app.settings.get().libraryPath);
      // The service writes the changed article down as waiting to be sent; the library closes meanwhile.
      bus.emit('article.changed', { id: SEED_ID, hash: null });
      olena.app.services.dispose();
      const after: string[] = [];
      bus.subscribe((event, payload) => {
        if (event === 'newsroom.sync') after.push((payload as { kind: string }).kind);
      });
      // The write landed (the article waits to be sent on the next start); then a timer tick to start in.
      await waitFor(async () => (await readFile(path.join(place.dir, 'pending'), 'utf8')).includes(SEED_ID));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await olena.app.services.settled();
      expect(after).toEqual([]);
    } finally {
      await olena.close();
      await server.close();
    }
  });
});

async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the change was never written down');
}
