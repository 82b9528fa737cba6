import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiContext } from '../../../renderer/src/api/api-context';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { ArticleWorkspace } from '../../../renderer/src/workspace/ArticleWorkspace';
import type { OpenArticle } from '../../../renderer/src/workspace/open-article';
import { installLayoutStubs } from '../editor/support/layout-stubs';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { installIdleWorker } from '../support/idle-worker';
import { writeElsewhere } from './support/other-program';
import { reportUnsavedEdits } from '../../../renderer/src/updates/unsaved-report';

const openLibrary = useEditorLibrary();

async function open(library: EditorLibrary, id = library.articleId) {
  installLayoutStubs();
  installIdleWorker();
  const outlet = await library.otherWindow.invoke('outlet.get', {});
  const status = new StatusStore();
  const registered: (OpenArticle | null)[] = [];
  const view = render(
    <ApiContext.Provider value={library.api}>
      <ArticleWorkspace
        id={id}
        outlet={outlet}
        status={status}
        registerArticle={(a) => registered.push(a)}
        role="journalist"
        onOpenSettings={() => undefined}
      />
    </ApiContext.Provider>,
  );
  return { status, registered, view };
}

const headline = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Заголовок' });
/** The editor is its own chunk: the first time, the test's bundler compiles it while the page waits. */
const EDITOR_LOADED = { timeout: 15_000 };

// The whole page with the real body editor: the first render is slow on a busy machine.
describe('ArticleWorkspace', { timeout: 20_000 }, () => {
  it('opens the article, and what the journalist types reaches the disk', async () => {
    const library = await openLibrary();
    const { registered } = await open(library);
    expect(screen.getByText('Відкриваємо статтю…')).toBeTruthy();
    await waitFor(() => expect(headline().value).toBe('Стаття, яку редагують зараз'), EDITOR_LOADED);

    fireEvent.change(headline(), { target: { value: 'Новий заголовок' } });
    await act(async () => registered.at(-1)?.save());
    const onDisk = await library.otherWindow.invoke('article.get', { id: library.articleId });
    expect(onDisk.article.headline).toBe('Новий заголовок');
  });

  it('a desktop page tells the host it holds unsaved edits until they are saved (an update waits meanwhile)', async () => {
    const library = await openLibrary();
    reportUnsavedEdits(library.api);
    const { registered } = await open(library);
    await waitFor(() => expect(headline().value).toBe('Стаття, яку редагують зараз'), EDITOR_LOADED);
    expect(library.api.callsOf('view.unsaved')).toEqual([]);

    fireEvent.change(headline(), { target: { value: 'Новий заголовок' } });
    await waitFor(() => expect(library.api.callsOf('view.unsaved').map((call) => call.unsaved)).toEqual([true]));
    await act(async () => registered.at(-1)?.save());
    await waitFor(() => expect(library.api.callsOf('view.unsaved').map((call) => call.unsaved)).toEqual([true, false]));
  });

  it('takes a change made on disk when nothing is unsaved, and says so', async () => {
    const library = await openLibrary();
    await open(library);
    await waitFor(() => expect(headline().value).toBe('Стаття, яку редагують зараз'), EDITOR_LOADED);
    const { article } = await library.otherWindow.invoke('article.get', { id: library.articleId });
    await writeElsewhere(library, { ...article, headline: 'Змінено деінде' });
    await waitFor(() => expect(headline().value).toBe('Змінено деінде'), { timeout: 5000 });
    expect(screen.getByText('Статтю оновлено з диска: її змінили поза цим вікном.')).toBeTruthy();
  });

  it('says why an article cannot open, and tries again on request', async () => {
    const library = await openLibrary();
    await open(library, 'no-such-article');
    const retry = await screen.findByRole('button', { name: 'Спробувати ще раз' });
    const calls = library.api.callsOf('article.get').length;
    fireEvent.click(retry);
    await screen.findByRole('button', { name: 'Спробувати ще раз' });
    expect(library.api.callsOf('article.get')).toHaveLength(calls + 1);
  });
});
