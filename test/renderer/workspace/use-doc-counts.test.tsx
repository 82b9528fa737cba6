import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import { useDocCounts, type DocCounts } from '../../../renderer/src/workspace/use-doc-counts';
import { createBodyEditor } from '../editor/support/body-editor';
import { articleFile } from './support/article-file';

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  vi.useFakeTimers();
  const edited = new EditedArticle(articleFile({ headline: 'Два слова', lead: 'Лід' }, ['Перший абзац тексту']));
  const editor = createBodyEditor('<p>Перший абзац тексту</p>');
  const status = new StatusStore();
  let counts: DocCounts | null = null;
  function Counts() {
    counts = useDocCounts(status, edited);
    return null;
  }
  const view = render(<Counts />);
  if (!counts) throw new Error('not rendered');
  edited.attach(editor);
  return { edited, editor, status, counts: counts as DocCounts, view };
}

describe('useDocCounts', () => {
  it('counts body, headline and lead once typing pauses', async () => {
    const { status, counts, editor } = setup();
    counts.recount();
    await vi.advanceTimersByTimeAsync(299);
    expect(status.getSnapshot().counts).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    // «Перший абзац тексту» + «Два слова» + «Лід»: 6 words; 19 + 9 + 3 characters and 2 line breaks.
    expect(status.getSnapshot().counts).toEqual({ words: 6, characters: 33 });

    // A run of changes counts once, after the last.
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' ще');
    counts.recount();
    await vi.advanceTimersByTimeAsync(200);
    counts.recount();
    await vi.advanceTimersByTimeAsync(200);
    expect(status.getSnapshot().counts?.words).toBe(6);
    await vi.advanceTimersByTimeAsync(100);
    expect(status.getSnapshot().counts?.words).toBe(7);
    editor.destroy();
  });

  it('counts the selection once it settles, and nothing for a caret', async () => {
    const { status, counts, editor } = setup();
    counts.watch(editor);
    editor.commands.setTextSelection({ from: 1, to: 13 }); // «Перший абзац»
    await vi.advanceTimersByTimeAsync(119);
    expect(status.getSnapshot().selection).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(status.getSnapshot().selection).toEqual({ words: 2, characters: 12 });

    editor.commands.setTextSelection(3);
    await vi.advanceTimersByTimeAsync(120);
    expect(status.getSnapshot().selection).toBeNull();
    editor.destroy();
  });

  it('clears the counts when the article closes, and a recount still waiting never lands', async () => {
    const { status, counts, view, editor } = setup();
    counts.recount();
    await vi.advanceTimersByTimeAsync(300);
    expect(status.getSnapshot().counts).not.toBeNull();
    counts.recount();
    act(() => view.unmount());
    expect(status.getSnapshot()).toMatchObject({ counts: null, selection: null });
    await vi.advanceTimersByTimeAsync(300);
    expect(status.getSnapshot().counts).toBeNull();
    editor.destroy();
  });
});
