import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useArticleFile, type LoadedArticle } from '../../../renderer/src/workspace/use-article-file';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { articleDir, writeElsewhere } from './support/other-program';

const openLibrary = useEditorLibrary();

function open(library: EditorLibrary, id = library.articleId) {
  let state: { loaded: LoadedArticle; retry(): void } | null = null;
  function Loader() {
    state = useArticleFile(library.api, id);
    return null;
  }
  render(<Loader />);
  return () => state as { loaded: LoadedArticle; retry(): void } | null;
}

/** A sync tool caught half-way through writing the article: the file is not JSON yet. */
async function halfWritten(library: EditorLibrary): Promise<void> {
  await writeFile(path.join(articleDir(library), 'article.json'), '{"schemaVersion": 1, "id": "');
}

describe('useArticleFile', () => {
  it('opens the article from disk', async () => {
    const library = await openLibrary();
    const state = open(library);
    expect(state()?.loaded).toEqual({ kind: 'loading' });
    await waitFor(() => expect(state()?.loaded.kind).toBe('ready'));
    expect(state()?.loaded).toMatchObject({
      kind: 'ready',
      restored: false,
      file: { article: { id: library.articleId, headline: 'Стаття, яку редагують зараз' } },
    });
  });

  it('says why a half-written file cannot open, and reads it again when it changes', async () => {
    const library = await openLibrary();
    const { article } = await library.otherWindow.invoke('article.get', { id: library.articleId });
    await halfWritten(library);
    const state = open(library);
    await waitFor(() => expect(state()?.loaded.kind).toBe('error'));

    await writeElsewhere(library, { ...article, headline: 'Дописано' });
    await waitFor(
      () => expect(state()?.loaded).toMatchObject({ kind: 'ready', file: { article: { headline: 'Дописано' } } }),
      {
        timeout: 5000,
      },
    );
  });

  it('tries again when asked', async () => {
    const library = await openLibrary();
    const state = open(library, 'no-such-article');
    await waitFor(() => expect(state()?.loaded.kind).toBe('error'));
    const before = library.api.callsOf('article.get').length;

    act(() => state()?.retry());
    expect(state()?.loaded).toEqual({ kind: 'loading' });
    await waitFor(() => expect(state()?.loaded.kind).toBe('error'));
    expect(library.api.callsOf('article.get')).toHaveLength(before + 1);
  });
});
