import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../../shared/api/contract';
import { EventBus } from '../../../../electron/services/api/event-bus';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { LibraryWatcher } from '../../../../electron/services/library/library-watcher';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { sha256 } from '../../../fixtures/sha256';

const SETTLE_MS = 40;
/** A bound for what must come, inside the test's own timeout; nothing waits for it when it comes sooner. */
const SOON = { timeout: 4000, interval: 20 };

describe('LibraryWatcher', () => {
  const tempDir = useTempDirs('shpalta-watcher-');
  let store: LibraryStore;
  let bus: EventBus;
  let watcher: LibraryWatcher;
  let received: { event: EventName; payload: unknown }[];
  let touched: string[];

  const changesOf = (id: string) =>
    received.filter((e) => e.event === 'article.changed' && (e.payload as { id: string }).id === id);
  /** The watcher follows a new article's folder once it has reported the folder (it watches before it reports). */
  const followed = (id: string) => vi.waitFor(() => expect(touched).toContain(id), SOON);
  /** An outside edit of the sample article, reported: proof that the watcher has caught up with what came before. */
  const caughtUp = async () => {
    const [sample] = (await store.scan()).articles;
    const file = store.articleFilePath(sample?.article.id ?? '');
    const before = changesOf(sample?.article.id ?? '').length;
    await writeFile(file, `${await readFile(file, 'utf8')}\n`); // new bytes, the same article
    await vi.waitFor(() => expect(changesOf(sample?.article.id ?? '')).toHaveLength(before + 1), SOON);
  };

  beforeEach(async () => {
    store = new LibraryStore(path.join(await tempDir(), 'Шпальта'));
    await store.ensure();
    bus = new EventBus();
    received = [];
    touched = [];
    bus.subscribe((event, payload) => received.push({ event, payload }));
    watcher = new LibraryWatcher(
      store,
      {
        articleChanged: (id, hash) => {
          bus.emit('article.changed', { id, hash });
          bus.emit('library.changed', {});
        },
        articleTouched: (id) => {
          touched.push(id);
          bus.emit('library.changed', {});
        },
      },
      SETTLE_MS,
    );
    await watcher.start();
  });

  afterEach(() => watcher.stop());

  it('an outside edit emits article.changed with the sha256 of the new bytes', async () => {
    const { article } = await store.get((await store.scan()).articles[0]?.article.id ?? '');
    const file = store.articleFilePath(article.id);
    const theirs = (await readFile(file, 'utf8')).replace(article.headline, 'Заголовок змінено в іншій програмі');
    await writeFile(file, theirs);

    await vi.waitFor(() => expect(changesOf(article.id)).toHaveLength(1), SOON);
    expect(changesOf(article.id)[0]?.payload).toEqual({ id: article.id, hash: sha256(theirs) });
    await vi.waitFor(() => expect(received.map((e) => e.event)).toContain('library.changed'), SOON);
  });

  it('our own save does not emit article.changed', async () => {
    const created = await store.create('Наша стаття');
    const id = created.article.id;
    const file = store.articleFilePath(id);
    // First prove the watcher sees this file: an outside edit is reported.
    await followed(id);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Наша стаття', 'Чужа стаття'));
    await vi.waitFor(() => expect(changesOf(id)).toHaveLength(1), SOON);

    const current = await store.get(id);
    received = [];
    await store.save({ ...current.article, headline: 'Наша правка' }, current.hash);
    await caughtUp();
    expect(changesOf(id)).toEqual([]);
  });

  it('an outside edit after our own atomic save is still reported', async () => {
    const created = await store.create('Наша стаття');
    const id = created.article.id;
    await followed(id);
    const saved = await store.save({ ...created.article, headline: 'Наша правка' }, created.hash);
    await caughtUp();
    received = [];

    const theirs = (await readFile(store.articleFilePath(id), 'utf8')).replace('Наша правка', 'Чужа правка');
    await writeFile(store.articleFilePath(id), theirs);
    await vi.waitFor(() => expect(changesOf(id)).toHaveLength(1), SOON);
    expect(changesOf(id)[0]?.payload).toEqual({ id, hash: sha256(theirs) });
    expect(sha256(theirs)).not.toBe(saved.hash);
  });

  it('a deleted article emits article.changed with a null hash', async () => {
    const created = await store.create('Буде видалено');
    await followed(created.article.id);
    await rm(store.articleFilePath(created.article.id));
    await vi.waitFor(
      () =>
        expect(changesOf(created.article.id)).toEqual([
          { event: 'article.changed', payload: { id: created.article.id, hash: null } },
        ]),
      SOON,
    );
  });

  it('after stop() nothing more is emitted', async () => {
    const created = await store.create('Тиша');
    await followed(created.article.id);
    // A second watcher sees the same edit, so the stopped one has had every chance to report it too.
    const seen: string[] = [];
    const witness = new LibraryWatcher(
      store,
      { articleChanged: (id) => seen.push(id), articleTouched: () => {} },
      SETTLE_MS,
    );
    await witness.start();
    watcher.stop();
    received = [];
    await writeFile(store.articleFilePath(created.article.id), '{"changed": true}');
    await vi.waitFor(() => expect(seen).toContain(created.article.id), SOON).finally(() => witness.stop());
    expect(received).toEqual([]);
  });
});

describe('EventBus', () => {
  it('delivers events to subscribers until they unsubscribe', () => {
    const bus = new EventBus();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = bus.subscribe((event, payload) => a.push([event, payload]));
    bus.subscribe((event) => b.push(event));
    bus.emit('library.changed', {});
    stopA();
    bus.emit('article.changed', { id: 'x', hash: null });
    expect(a).toEqual([['library.changed', {}]]);
    expect(b).toEqual(['library.changed', 'article.changed']);
  });

  it('a listener that unsubscribes while an event is delivered does not stop the others', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    const stop = bus.subscribe(() => {
      seen.push('first');
      stop();
    });
    bus.subscribe(() => seen.push('second'));
    bus.emit('library.changed', {});
    bus.emit('library.changed', {});
    expect(seen).toEqual(['first', 'second', 'second']);
  });
});
