import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../electron/services/library/library-store';
import type { VersionStore } from '../../../../electron/services/versions/version-store';
import { WorkflowService } from '../../../../electron/services/workflow/workflow-service';
import { appendTransitions, transitionLogPath } from '../../../../electron/services/workflow/transition-log';
import { nodeFileSystem } from '../../../../electron/services/fs/file-system';
import type { TransitionEntry } from '../../../../shared/workflow/transition-entry';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { keptVersions, versionedStore } from '../../../fixtures/versioned-store';

const tempDir = useTempDirs('shpalta-v1-');

/** An article.json exactly as version 1 of the app wrote it: every field, the steps inside `history`. */
function v1File(id: string, status: string, history: unknown[]): string {
  const article = {
    schemaVersion: 1,
    id,
    headline: 'Нацбанк знизив облікову ставку',
    lead: 'Рішення ухвалили на засіданні правління.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст статті.' }] }] },
    rubric: 'Економіка',
    tags: ['НБУ'],
    authors: [{ name: 'Олена Коваленко' }],
    slug: 'natsbank-znyzyv-stavku',
    publishAt: null,
    featuredImage: null,
    related: [],
    seo: { title: '', description: '' },
    share: { title: '', description: '', image: null },
    x: { text: '' },
    telegram: { text: '' },
    status,
    reviewNotes: [{ at: '2025-12-19T18:03:00.000Z', by: 'Редактор', text: 'Уточніть дату' }],
    history,
    remoteIds: {},
    createdAt: '2025-12-19T17:00:00.000Z',
    updatedAt: '2025-12-19T18:10:00.000Z',
  };
  return `${JSON.stringify(article, null, 2)}\n`;
}

type Legacy = Pick<TransitionEntry, 'at' | 'by' | 'from' | 'to' | 'note'>;

const V1_HISTORY = [
  { at: '2025-12-19T18:00:00.000Z', by: 'Олена Коваленко', from: 'draft', to: 'submitted', note: '' },
  { at: '2025-12-19T18:05:00.000Z', by: 'Редактор', from: 'submitted', to: 'in-review', note: 'Беру' },
  // Written by hand or by a broken tool: counted out, never guessed at.
  { at: 'вчора', by: 'Хтось', from: 'in-review', to: 'approved' },
  { at: '2025-12-19T18:10:00.000Z', by: 'Редактор', from: 'in-review', to: 'approved' },
];

const CARRIED: TransitionEntry[] = [
  { format: 1, role: null, contentHash: null, ...(V1_HISTORY[0] as Legacy) },
  { format: 1, role: null, contentHash: null, ...(V1_HISTORY[1] as Legacy) },
  { format: 1, role: null, contentHash: null, note: '', ...(V1_HISTORY[3] as Omit<Legacy, 'note'>) },
];

async function libraryWithV1(
  id: string,
  status = 'approved',
): Promise<{ store: LibraryStore; versions: VersionStore; bytes: string }> {
  const dir = await tempDir();
  const { store, versions } = await versionedStore(path.join(dir, 'Шпальта'), path.join(dir, 'user-data'));
  await store.ensure();
  const bytes = v1File(id, status, V1_HISTORY);
  await mkdir(store.articleDir(id), { recursive: true });
  await writeFile(store.articleFilePath(id), bytes);
  return { store, versions, bytes };
}

describe('article.json version 1 through the real library store', () => {
  it('opens as version 2 with its status and notes, the steps out of the article, the file untouched', async () => {
    const { store, bytes } = await libraryWithV1('v1-open');
    const scan = await store.scan();
    expect(scan.damaged).toEqual([]);
    const { article } = await store.get('v1-open');
    expect(article).toMatchObject({ schemaVersion: 2, status: 'approved', headline: 'Нацбанк знизив облікову ставку' });
    expect(article.reviewNotes).toHaveLength(1);
    expect(article).not.toHaveProperty('history');
    expect(await readFile(store.articleFilePath('v1-open'), 'utf8')).toBe(bytes);
    expect(existsSync(transitionLogPath(store.articleDir('v1-open')))).toBe(false);
    // Until the first save the steps are still in the file, and the log shows them from there.
    expect((await new WorkflowService(store).log('v1-open')).entries).toEqual(CARRIED);
  });

  it('the first save writes the old steps to transitions.jsonl and the file as version 2 without them', async () => {
    const { store, versions, bytes } = await libraryWithV1('v1-save');
    const opened = await store.get('v1-save');
    const saved = await store.save({ ...opened.article, headline: 'Нацбанк знизив ставку' }, opened.hash);

    const logText = await readFile(transitionLogPath(store.articleDir('v1-save')), 'utf8');
    expect(
      logText
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(CARRIED);
    const written = JSON.parse(await readFile(store.articleFilePath('v1-save'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ schemaVersion: 2, status: 'approved', headline: 'Нацбанк знизив ставку' });
    expect(written).not.toHaveProperty('history');
    expect(written.reviewNotes).toHaveLength(1);
    // The item that did not read as a step is not lost: the version-1 file is kept whole, as a version.
    expect(await keptVersions(versions, 'v1-save')).toEqual([{ reason: 'migrated', text: bytes }]);

    // Later saves add nothing to the log.
    await store.save({ ...opened.article, headline: 'Ще раз' }, saved.hash);
    expect(await readFile(transitionLogPath(store.articleDir('v1-save')), 'utf8')).toBe(logText);
    expect(await keptVersions(versions, 'v1-save')).toHaveLength(1);
    expect((await new WorkflowService(store).log('v1-save')).entries).toEqual(CARRIED);
  });

  it('after a crash between carrying the steps over and renaming the file, the next save writes each step once', async () => {
    const { store } = await libraryWithV1('v1-crash');
    // What the interrupted save left: the log written, article.json still version 1.
    await appendTransitions(nodeFileSystem, transitionLogPath(store.articleDir('v1-crash')), CARRIED.slice(0, 2));
    expect((await new WorkflowService(store).log('v1-crash')).entries).toEqual(CARRIED);
    const opened = await store.get('v1-crash');
    await store.save(opened.article, opened.hash);
    expect((await new WorkflowService(store).log('v1-crash')).entries).toEqual(CARRIED);
  });

  it('a step on a version-1 file comes after the steps it carried over', async () => {
    const { store } = await libraryWithV1('v1-step');
    const opened = await store.get('v1-step');
    const done = await new WorkflowService(store).transition(
      { name: 'Редактор', role: 'editor' },
      { id: 'v1-step', to: 'published', baseHash: opened.hash },
    );
    const { entries } = await new WorkflowService(store).log('v1-step');
    expect(entries).toEqual([...CARRIED, done.entry]);
    expect((await store.get('v1-step')).article.status).toBe('published');
  });
});
