import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../../shared/api/contract';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import { useAutosaveSession } from '../../../renderer/src/workspace/use-autosave-session';
import { useConflictChoice, type ConflictChoice } from '../../../renderer/src/workspace/use-conflict-choice';
import { useEditorLibrary } from '../editor/support/real-editor-api';
import { writeElsewhere } from './support/other-program';

const openLibrary = useEditorLibrary();

/** An open article whose save met a colleague's version on disk. */
async function inConflict() {
  const library = await openLibrary();
  const file = await library.api.invoke('article.get', { id: library.articleId });
  const edited = new EditedArticle(file);
  const status = new StatusStore();
  const heard: string[] = [];
  const replaced: ArticleFile[] = [];
  let choice: ConflictChoice | null = null;
  /** What the shell and the fields hold of the session: Ctrl+S, and an edit. */
  const handles: { save?: () => Promise<void>; edit?: () => void } = {};
  function Session() {
    const { autosave, touch } = useAutosaveSession({
      api: library.api,
      edited,
      status,
      restored: false,
      registerArticle: (article) => {
        if (article) handles.save = article.save;
      },
      onConflict: (conflict) => conflict && heard.push('conflict'),
    });
    choice = useConflictChoice({
      api: library.api,
      edited,
      autosave,
      replaceWith: (next) => replaced.push(next),
      onChosen: () => heard.push('chosen'),
      onDone: (notice) => heard.push(notice),
      onError: (error) => heard.push(`error:${String(error)}`),
    });
    handles.edit = touch;
    return null;
  }
  render(<Session />);
  edited.change({ headline: 'Моя версія' });
  handles.edit?.();
  await writeElsewhere(library, { ...file.article, headline: 'Версія колеги' });
  await act(async () => handles.save?.());
  expect(heard).toEqual(['conflict']);
  heard.length = 0;
  const onDisk = async () => (await library.otherWindow.invoke('article.get', { id: library.articleId })).article;
  return { library, heard, replaced, choice: () => choice as ConflictChoice | null, onDisk };
}

describe('useConflictChoice', () => {
  it('«Записати мою версію» writes the window’s version over the colleague’s', async () => {
    const { choice, heard, replaced, onDisk } = await inConflict();
    await act(async () => choice()?.keepMine());
    expect(heard).toEqual(['chosen', 'conflict.keptOther']);
    expect((await onDisk()).headline).toBe('Моя версія');
    expect(replaced).toEqual([]);
  });

  it('«Відкрити версію з диска» opens the colleague’s version and keeps the window’s as a revision', async () => {
    const { library, choice, heard, replaced, onDisk } = await inConflict();
    await act(async () => choice()?.takeTheirs());
    expect(heard).toEqual(['chosen', 'conflict.keptMine']);
    expect(replaced.map((file) => file.article.headline)).toEqual(['Версія колеги']);
    expect(library.api.callsOf('article.keepMineAsRevision')[0]?.article.headline).toBe('Моя версія');
    expect((await onDisk()).headline).toBe('Версія колеги');
  });
});
