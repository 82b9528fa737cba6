import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleFile } from '../../../shared/api/contract';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import type { OpenArticle } from '../../../renderer/src/workspace/open-article';
import { useAutosaveSession, type AutosaveSession } from '../../../renderer/src/workspace/use-autosave-session';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { writeElsewhere } from './support/other-program';

const openLibrary = useEditorLibrary();
afterEach(() => {
  vi.useRealTimers();
});

interface Opened {
  library: EditorLibrary;
  file: ArticleFile;
  edited: EditedArticle;
  status: StatusStore;
  session: AutosaveSession;
  /** What the shell was given, latest last (null: the article unregistered itself). */
  registered: (OpenArticle | null)[];
  conflicts: boolean[];
  unmount(): void;
}

async function open({ restored = false } = {}): Promise<Opened> {
  const library = await openLibrary();
  const file = await library.api.invoke('article.get', { id: library.articleId });
  const edited = new EditedArticle(file);
  const status = new StatusStore();
  const registered: (OpenArticle | null)[] = [];
  const conflicts: boolean[] = [];
  let session: AutosaveSession | null = null;
  function Session() {
    session = useAutosaveSession({
      api: library.api,
      edited,
      status,
      restored,
      registerArticle: (article) => registered.push(article),
      onConflict: (conflict) => conflicts.push(conflict),
    });
    return null;
  }
  const { unmount } = render(<Session />);
  if (!session) throw new Error('the session did not render');
  return { library, file, edited, status, session, registered, conflicts, unmount };
}

async function onDisk(library: EditorLibrary): Promise<string> {
  return (await library.otherWindow.invoke('article.get', { id: library.articleId })).article.headline;
}

describe('useAutosaveSession', () => {
  it('saves an edit a second after typing stops, and says so in the status bar', async () => {
    const { library, edited, status, session } = await open();
    expect(status.getSnapshot().save).toEqual({ kind: 'clean' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    edited.change({ headline: 'Нова назва' });
    session.touch();
    expect(status.getSnapshot().save).toEqual({ kind: 'dirty' });
    await vi.advanceTimersByTimeAsync(999);
    expect(library.api.callsOf('article.save')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // The idle delay is over: the save runs (the services' own timers go on in the fake clock meanwhile).
    await vi.waitFor(() => expect(status.getSnapshot().save?.kind).toBe('saved'), { timeout: 5000 });
    vi.useRealTimers();
    expect(await onDisk(library)).toBe('Нова назва');
    expect(library.api.callsOf('article.save')).toHaveLength(1);
  });

  it('lets the shell save now (Ctrl+S) and secure the edits before the article is left', async () => {
    const { library, edited, session, registered } = await open();
    const shell = registered.at(-1);
    if (!shell) throw new Error('nothing was registered');
    edited.change({ headline: 'Збережено за Ctrl+S' });
    session.touch();
    await act(() => shell.save());
    expect(await onDisk(library)).toBe('Збережено за Ctrl+S');

    edited.change({ headline: 'Перед виходом' });
    session.touch();
    await expect(shell.secure()).resolves.toBe(true);
    await waitFor(async () => expect(await onDisk(library)).toBe('Перед виходом'));
  });

  it('writes the last edits when the article is left, and unregisters it', async () => {
    const { library, edited, session, registered, status, unmount } = await open();
    edited.change({ headline: 'Остання правка' });
    session.touch();
    unmount();
    expect(registered.at(-1)).toBeNull();
    expect(status.getSnapshot().save).toBeNull();
    await waitFor(async () => expect(await onDisk(library)).toBe('Остання правка'));
  });

  it('stops at a conflict: the other version on disk is not written over', async () => {
    const { library, file, edited, session, registered, status, conflicts } = await open();
    await writeElsewhere(library, { ...file.article, headline: 'Версія колеги' });
    edited.change({ headline: 'Моя версія' });
    session.touch();
    await act(() => registered.at(-1)?.save());
    expect(status.getSnapshot().save?.kind).toBe('conflict');
    expect(conflicts.at(-1)).toBe(true);
    expect(await onDisk(library)).toBe('Версія колеги');
  });

  it('sends edits this browser kept at once when the article opens with them', async () => {
    const { library: restoredLibrary, status } = await open({ restored: true });
    await waitFor(() => expect(status.getSnapshot().save?.kind).toBe('saved'), { timeout: 5000 });
    expect(restoredLibrary.api.callsOf('article.save')).toHaveLength(1);
  });

  it('starts the save at once when the page is being left with unsaved edits', async () => {
    const { library, edited, session } = await open();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    edited.change({ headline: 'Вкладку закривають' });
    session.touch();
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    vi.useRealTimers();
    // No timer ran: the save left without waiting for the idle delay.
    await waitFor(async () => expect(await onDisk(library)).toBe('Вкладку закривають'));
  });
});
