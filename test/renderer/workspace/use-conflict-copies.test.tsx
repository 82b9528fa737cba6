import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../../shared/api/contract';
import { serializeArticle } from '../../../electron/services/library/article-file';
import { useConflictCopies, type ConflictCopiesState } from '../../../renderer/src/workspace/use-conflict-copies';
import { useEditorLibrary, type EditorLibrary } from '../editor/support/real-editor-api';
import { articleDir } from './support/other-program';

const openLibrary = useEditorLibrary();
const DROPBOX_COPY = "article (Olena Kovalenko's conflicted copy 2025-12-19).json";

/** A sync tool leaves its copy of the article beside the file. */
async function leaveCopy(library: EditorLibrary, headline: string): Promise<void> {
  const { article } = await library.otherWindow.invoke('article.get', { id: library.articleId });
  await writeFile(path.join(articleDir(library), DROPBOX_COPY), serializeArticle({ ...article, headline }));
}

function open(library: EditorLibrary, conflictCount = 0) {
  const steps: string[] = [];
  const resolved: { file: ArticleFile; keep: string }[] = [];
  let state: ConflictCopiesState | null = null;
  function Copies({ count }: { count: number }) {
    state = useConflictCopies({
      api: library.api,
      id: library.articleId,
      conflictCount: count,
      beforeResolve: async () => {
        steps.push('flushed');
      },
      onResolved: (file, keep) => {
        steps.push(`resolved:${keep}`);
        resolved.push({ file, keep });
      },
      onError: (error) => steps.push(`error:${String(error)}`),
    });
    return null;
  }
  const view = render(<Copies count={conflictCount} />);
  return {
    steps,
    resolved,
    state: () => state as ConflictCopiesState | null,
    recount: (count: number) => view.rerender(<Copies count={count} />),
  };
}

describe('useConflictCopies', () => {
  it('lists the copies a sync tool left, and looks again when the library reports another number', async () => {
    const library = await openLibrary();
    const { state, recount } = open(library);
    await waitFor(() => expect(library.api.callsOf('article.conflicts')).toHaveLength(1));
    await library.api.finished();
    expect(state()?.copies).toEqual([]);

    await leaveCopy(library, 'Версія з Dropbox');
    recount(1);
    await waitFor(() => expect(state()?.copies.map((copy) => copy.article?.headline)).toEqual(['Версія з Dropbox']));
  });

  it('takes the copy: the edits go to disk first, and the copy becomes the article', async () => {
    const library = await openLibrary();
    await leaveCopy(library, 'Версія з Dropbox');
    const { state, steps, resolved } = open(library, 1);
    await waitFor(() => expect(state()?.copies).toHaveLength(1));
    const copy = state()?.copies[0];
    if (!copy) throw new Error('no copy');

    await act(() => state()?.resolve(copy, 'copy'));
    expect(steps).toEqual(['flushed', 'resolved:copy']);
    expect(resolved[0]?.file.article.headline).toBe('Версія з Dropbox');
    expect(state()?.copies).toEqual([]);
    expect(state()?.resolving).toBe(false);
    const onDisk = await library.otherWindow.invoke('article.get', { id: library.articleId });
    expect(onDisk.article.headline).toBe('Версія з Dropbox');
  });

  it('keeps the current version, and the copy leaves the list', async () => {
    const library = await openLibrary();
    await leaveCopy(library, 'Версія з Dropbox');
    const { state, steps } = open(library, 1);
    await waitFor(() => expect(state()?.copies).toHaveLength(1));
    const copy = state()?.copies[0];
    if (!copy) throw new Error('no copy');

    await act(() => state()?.resolve(copy, 'current'));
    expect(steps).toEqual(['flushed', 'resolved:current']);
    expect(state()?.copies).toEqual([]);
    expect((await library.otherWindow.invoke('article.conflicts', { id: library.articleId })).copies).toEqual([]);
  });
});
