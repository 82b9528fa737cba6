import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../../shared/api/contract';
import { NOTES_FILE_NAME } from '../../../../shared/notes/notes-file';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { rejection } from '../../../fixtures/api-errors';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';

const tempDir = useTempDirs('shpalta-notes-api-');

async function appWithArticle(name = 'Олена Коваленко'): Promise<TestApp & { id: string }> {
  const app = await createTestApp(await tempDir());
  app.settings.update({ user: { name } });
  const { article } = await app.services.handlers['article.create']({ headline: 'Бюджет' });
  return { ...app, id: article.id };
}

/** The next event of this name the services emit, whatever else they emit meanwhile. */
function nextEvent(app: TestApp, name: EventName): Promise<unknown> {
  return new Promise((resolve) => {
    const stop = app.services.bus.subscribe((event, payload) => {
      if (event !== name) return;
      stop();
      resolve(payload);
    });
  });
}

describe('notes.* through the API', () => {
  it('signs a note with the name in settings and tells the other views', async () => {
    const app = await appWithArticle();
    const heard = nextEvent(app, 'notes.changed');
    // Through dispatch, as both hosts call it: the request is checked (and the text trimmed) first.
    const result = await dispatch(app.services.handlers, 'notes.add', {
      id: app.id,
      noteId: 'note-aaaa01',
      quote: 'бюджет',
      text: '  Звідки цифра?  ',
      baseHash: null,
      view: 'view-aaaaaaaa',
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const added = result.value as Awaited<ReturnType<(typeof app.services.handlers)['notes.add']>>;
    expect(added.threads).toMatchObject([{ id: 'note-aaaa01', author: 'Олена Коваленко', text: 'Звідки цифра?' }]);
    expect(await heard).toEqual({ id: app.id, hash: added.hash, view: 'view-aaaaaaaa' });
    expect(await app.services.handlers['notes.list']({ id: app.id })).toEqual(added);
    app.services.dispose();
  });

  it('refuses a name in the request: who writes is never the caller’s to say', async () => {
    const app = await appWithArticle();
    const forged = await dispatch(app.services.handlers, 'notes.add', {
      id: app.id,
      noteId: 'note-aaaa01',
      quote: 'бюджет',
      text: 'Схвалено',
      baseHash: null,
      author: 'Головний редактор',
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((await app.services.handlers['notes.list']({ id: app.id })).threads).toEqual([]);
    app.services.dispose();
  });

  it('asks for a name in settings before a note is written', async () => {
    const app = await appWithArticle('   ');
    const error = await rejection(
      app.services.handlers['notes.add']({ id: app.id, noteId: 'note-aaaa01', quote: '', text: 'x', baseHash: null }),
    );
    expect(error.reason.key).toBe('notes.error.noName');
    app.services.dispose();
  });

  it('hears of notes.json changed from outside (a colleague through the synced folder)', async () => {
    const app = await appWithArticle();
    const heard = nextEvent(app, 'notes.changed');
    const file = path.join(app.libraryPath, 'articles', app.id, NOTES_FILE_NAME);
    const thread = { id: 'note-bbbb02', quote: 'Бюджет', author: 'Тарас', at: '2026-01-10T09:00:00.000Z', text: 'Ок' };
    await writeFile(file, JSON.stringify({ schemaVersion: 1, threads: [thread] }));
    expect(await heard).toMatchObject({ id: app.id });
    expect((await app.services.handlers['notes.list']({ id: app.id })).threads).toMatchObject([thread]);
    app.services.dispose();
  });

  it('opens the article when its notes file is damaged, and reports the file', async () => {
    const app = await appWithArticle();
    const file = path.join(app.libraryPath, 'articles', app.id, NOTES_FILE_NAME);
    await writeFile(file, '{"schemaVersion": 99, "threads": []}');
    expect((await app.services.handlers['article.get']({ id: app.id })).article.id).toBe(app.id);
    const notes = await app.services.handlers['notes.list']({ id: app.id });
    expect(notes).toMatchObject({
      threads: [],
      hash: null,
      problem: { path: file, reason: { key: 'damaged.newerFormat' } },
    });
    app.services.dispose();
  });

  it('a duplicate starts without the review: no note anchors in its body, no notes file', async () => {
    const app = await appWithArticle();
    const { article, hash } = await app.services.handlers['article.get']({ id: app.id });
    const noted = { type: 'text', text: 'Бюджет', marks: [{ type: 'comment', attrs: { noteId: 'note-aaaa01' } }] };
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [noted] }] };
    await app.services.handlers['article.save']({ article: { ...article, body }, baseHash: hash });
    const copy = await app.services.handlers['article.duplicate']({ id: app.id });
    expect(copy.article.body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Бюджет' }] }],
    });
    expect(await app.services.handlers['notes.list']({ id: copy.article.id })).toEqual({
      threads: [],
      hash: null,
      problem: null,
    });
    app.services.dispose();
  });
});
