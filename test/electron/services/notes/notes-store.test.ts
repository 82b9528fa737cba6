import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { NOTES_FILE_NAME } from '../../../../shared/notes/notes-file';
import { NotesStore } from '../../../../electron/services/notes/notes-store';
import { sha256 } from '../../../fixtures/sha256';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-notes-');
const ID = 'm3k9x2ab-cafe0001';
const OLENA = { name: 'Олена Коваленко', at: '2026-01-10T09:00:00.000Z' };
const TARAS = { name: 'Тарас Шевчук', at: '2026-01-10T09:05:00.000Z' };

async function library() {
  const root = await tempDir();
  const dir = path.join(root, 'articles', ID);
  await mkdir(dir, { recursive: true });
  const store = new NotesStore(root, (id) => path.join(root, 'articles', id));
  return { root, store, file: path.join(dir, NOTES_FILE_NAME) };
}

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const add = (noteId: string, text = 'Перевірте цифру') => ({ kind: 'add' as const, noteId, quote: '42 %', text });

describe('NotesStore', () => {
  it('reads an article without notes.json as no threads, and writes none by reading', async () => {
    const { store, file } = await library();
    expect(await store.read(ID)).toEqual({ kind: 'notes', notes: { schemaVersion: 1, threads: [] }, hash: null });
    await expect(readFile(file)).rejects.toThrow();
  });

  it('round-trips a thread with its reply and resolution, hashed by the bytes on disk', async () => {
    const { store, file } = await library();
    await store.change(ID, add('note-aaaa01'), OLENA);
    await store.change(ID, { kind: 'reply', noteId: 'note-aaaa01', text: 'Виправив' }, TARAS);
    const saved = await store.change(ID, { kind: 'resolve', noteId: 'note-aaaa01', resolved: true }, OLENA);
    const read = await store.read(ID);
    expect(read).toEqual({ kind: 'notes', notes: saved.notes, hash: sha256(await readFile(file)) });
    expect(saved.notes.threads).toEqual([
      {
        id: 'note-aaaa01',
        quote: '42 %',
        author: OLENA.name,
        at: OLENA.at,
        text: 'Перевірте цифру',
        replies: [{ author: TARAS.name, at: TARAS.at, text: 'Виправив' }],
        resolutions: [{ resolved: true, by: OLENA.name, at: OLENA.at }],
      },
    ]);
    expect(store.isOwnVersion(ID, saved.hash)).toBe(true);
  });

  it('merges a colleague’s thread written meanwhile instead of writing over it', async () => {
    const { store, file, root } = await library();
    await store.change(ID, add('note-aaaa01'), OLENA);
    // Another machine's app (its own store, its own lock) adds a note through the synced folder.
    const colleague = new NotesStore(root, (id) => path.join(root, 'articles', id));
    await colleague.change(ID, add('note-bbbb02', 'Джерело?'), TARAS);
    const saved = await store.change(ID, { kind: 'reply', noteId: 'note-aaaa01', text: 'Так' }, TARAS);
    expect(saved.notes.threads.map((thread) => thread.id)).toEqual(['note-aaaa01', 'note-bbbb02']);
    expect(JSON.parse(await readFile(file, 'utf8')).threads).toHaveLength(2);
  });

  it('refuses what no longer fits: a reply to a deleted thread, deleting another’s or an answered note', async () => {
    const { store } = await library();
    await store.change(ID, add('note-aaaa01'), OLENA);
    expect((await refusal(store.change(ID, { kind: 'delete', noteId: 'note-aaaa01' }, TARAS))).reason.key).toBe(
      'notes.error.notYours',
    );
    await store.change(ID, { kind: 'reply', noteId: 'note-aaaa01', text: 'Ок' }, TARAS);
    expect((await refusal(store.change(ID, { kind: 'delete', noteId: 'note-aaaa01' }, OLENA))).reason.key).toBe(
      'notes.error.hasReplies',
    );
    await store.change(ID, add('note-cccc03'), OLENA);
    await store.change(ID, { kind: 'delete', noteId: 'note-cccc03' }, OLENA);
    const gone = await refusal(store.change(ID, { kind: 'reply', noteId: 'note-cccc03', text: 'А?' }, TARAS));
    expect([gone.code, gone.reason.key]).toEqual(['not-found', 'notes.error.notFound']);
  });

  it.each([
    ['bad JSON', '{"schemaVersion": 1, "threads": [', 'damaged.notJson'],
    ['a newer format', '{"schemaVersion": 7, "threads": []}', 'damaged.newerFormat'],
    ['a wrong shape', '{"schemaVersion": 1, "threads": [{"id": "x"}]}', 'damaged.structure'],
  ])('reports %s with its reason and never writes over it', async (_name, text, key) => {
    const { store, file } = await library();
    await writeFile(file, text);
    const read = await store.read(ID);
    expect(read.kind === 'damaged' && read.problem.reason.key).toBe(key);
    const error = await refusal(store.change(ID, add('note-aaaa01'), OLENA));
    expect(error.code).toBe('damaged-file');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses notes for an article that is not in the library', async () => {
    const { store } = await library();
    const error = await refusal(store.change('m3k9x2ab-00000404', add('note-aaaa01'), OLENA));
    expect(error.code).toBe('not-found');
  });
});
