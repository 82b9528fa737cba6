import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../../shared/api/contract';
import type { Message } from '../../../shared/i18n/message';
import { VIEW_ID } from '../../../renderer/src/api/view-id';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import { useChangesFromDisk } from '../../../renderer/src/workspace/use-changes-from-disk';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { articleDir, removeElsewhere, writeElsewhere } from './support/other-program';

const openLibrary = useEditorLibrary();

interface Heard {
  reloaded: ArticleFile[];
  /** Versions offered for a merge into unsaved edits; `merges` says whether the window took them. */
  offered: ArticleFile[];
  sources: string[];
  damaged: Message[];
  conflicts: number;
  vanished: number;
  errors: unknown[];
}

function Watcher(props: {
  library: EditorLibrary;
  edited: EditedArticle;
  unsaved: boolean;
  merges: boolean;
  heard: Heard;
}) {
  const { library, edited, unsaved, merges, heard } = props;
  useChangesFromDisk({
    api: library.api,
    edited,
    hasUnsavedChanges: () => unsaved,
    onVanished: () => heard.vanished++,
    onMerge: (file) => {
      heard.offered.push(file);
      return merges;
    },
    onConflict: () => heard.conflicts++,
    onReload: (file, source) => {
      heard.reloaded.push(file);
      heard.sources.push(source);
    },
    onDamaged: (reason) => heard.damaged.push(reason),
    onError: (error) => heard.errors.push(error),
  });
  return null;
}

async function open(unsaved: boolean, merges = false) {
  const library = await openLibrary();
  const file = await library.api.invoke('article.get', { id: library.articleId });
  const heard: Heard = { reloaded: [], offered: [], sources: [], damaged: [], conflicts: 0, vanished: 0, errors: [] };
  render(
    <Watcher library={library} edited={new EditedArticle(file)} unsaved={unsaved} merges={merges} heard={heard} />,
  );
  return { library, file, heard };
}

describe('useChangesFromDisk', () => {
  it('reads the version another program wrote when nothing here is unsaved', async () => {
    const { library, file, heard } = await open(false);
    await writeElsewhere(library, { ...file.article, headline: 'Змінено в іншій програмі' });
    await waitFor(() => expect(heard.reloaded).toHaveLength(1), { timeout: 5000 });
    expect(heard.reloaded[0]?.article.headline).toBe('Змінено в іншій програмі');
    expect(heard).toMatchObject({ conflicts: 0, vanished: 0, errors: [] });
  });

  it('keeps both when unsaved edits here do not merge with it: a conflict, and the disk is not read over them', async () => {
    const { library, file, heard } = await open(true);
    await writeElsewhere(library, { ...file.article, headline: 'Змінено в іншій програмі' });
    await waitFor(() => expect(heard.conflicts).toBe(1), { timeout: 5000 });
    expect(heard.offered.map((f) => f.article.headline)).toEqual(['Змінено в іншій програмі']);
    expect(heard.reloaded).toEqual([]);
  });

  it('offers the other version for a merge into unsaved edits, and says no conflict when it merged', async () => {
    const { library, file, heard } = await open(true, true);
    await writeElsewhere(library, { ...file.article, headline: 'Змінено в іншій програмі' });
    await waitFor(() => expect(heard.offered).toHaveLength(1), { timeout: 5000 });
    expect(heard).toMatchObject({ reloaded: [], conflicts: 0, errors: [] });
  });

  it('says a file damaged under unsaved edits is damaged, not another version to choose', async () => {
    const { library, heard } = await open(true);
    await writeFile(path.join(articleDir(library), 'article.json'), '{"headline": "Обірвано');
    await waitFor(() => expect(heard.damaged).toHaveLength(1), { timeout: 5000 });
    expect(heard).toMatchObject({ reloaded: [], conflicts: 0, errors: [] });
  });

  it('says the file is gone when its folder disappears, and keeps the text', async () => {
    const { library, heard } = await open(false);
    await removeElsewhere(library);
    await waitFor(() => expect(heard.vanished).toBe(1), { timeout: 5000 });
    expect(heard.reloaded).toEqual([]);
    expect(heard.conflicts).toBe(0);
  });

  it('pays no heed to the app’s own save of the article', async () => {
    const { library, file, heard } = await open(false);
    // Saved by this app (another of its windows): the watcher knows the hash, so no change from disk comes.
    await library.otherWindow.invoke('article.save', {
      article: { ...file.article, headline: 'Збережено цією програмою' },
      baseHash: file.hash,
    });
    // A change by another program afterwards is heard: the first one was not.
    const saved = await library.otherWindow.invoke('article.get', { id: library.articleId });
    await writeElsewhere(library, { ...saved.article, headline: 'А тепер — інша програма' });
    await waitFor(() => expect(heard.reloaded).toHaveLength(1), { timeout: 5000 });
    expect(heard.reloaded.map((reloaded) => reloaded.article.headline)).toEqual(['А тепер — інша програма']);
  });

  it('follows a save of another view of the app, and knows its own saves when the host reports them', async () => {
    const { library, file, heard } = await open(false);
    // This view's own save comes back from the host with its id: not a change.
    const own = await library.otherWindow.invoke('article.save', {
      article: { ...file.article, headline: 'Збережено тут' },
      baseHash: file.hash,
      view: VIEW_ID,
    });
    await library.otherWindow.invoke('article.save', {
      article: { ...file.article, headline: 'Збережено в іншій вкладці' },
      baseHash: own.hash,
      view: 'another-tab-of-the-app',
    });
    await waitFor(() => expect(heard.reloaded).toHaveLength(1), { timeout: 5000 });
    expect(heard.reloaded[0]?.article.headline).toBe('Збережено в іншій вкладці');
    expect(heard.sources).toEqual(['view']);
  });

  it('says the file is damaged when another program writes what is no article, and reads nothing over the text', async () => {
    const { library, heard } = await open(false);
    await writeFile(path.join(articleDir(library), 'article.json'), '{"headline": "Обірвано');
    await waitFor(() => expect(heard.damaged).toHaveLength(1), { timeout: 5000 });
    expect(heard.damaged[0]?.key).toBe('error.article.damaged');
    expect(heard).toMatchObject({ reloaded: [], conflicts: 0, errors: [] });
  });
});
