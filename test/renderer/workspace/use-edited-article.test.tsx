import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { useEditedArticle, type EditedArticleView } from '../../../renderer/src/workspace/use-edited-article';
import { createBodyEditor } from '../editor/support/body-editor';
import { articleFile } from './support/article-file';
import type { Role } from '../../../shared/settings/schema';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function open(file = articleFile({ headline: 'Заголовок' }, ['Абзац']), role: Role = 'journalist') {
  let view: EditedArticleView | null = null;
  function Page() {
    view = useEditedArticle(file, role);
    return null;
  }
  render(<Page />);
  return () => view as EditedArticleView;
}

describe('useEditedArticle', () => {
  it('keeps the screen and the latest version in step as metadata changes', () => {
    const view = open();
    act(() => void view().changeMeta({ headline: 'Новий' }));
    expect(view().meta.headline).toBe('Новий');
    expect(view().edited.current().headline).toBe('Новий');
  });

  it('saves what the editor holds, from the version the edits started on', () => {
    const view = open();
    editor = createBodyEditor('<p>Текст з редактора</p>');
    view().edited.attach(editor);
    const input = view().edited.saveInput();
    expect(input.baseHash).toBe('hash-on-disk');
    expect(input.article.body.content?.[0]).toMatchObject({ type: 'paragraph' });
    expect(JSON.stringify(input.article.body)).toContain('Текст з редактора');
    expect(input).not.toHaveProperty('overwrites');

    view().edited.writeOver('their-hash');
    expect(view().edited.saveInput()).toMatchObject({ overwrites: 'their-hash' });
    const sent = view().edited.current();
    view().edited.saved({ hash: 'new-hash', savedAt: '2026-02-02T00:00:00.000Z' }, sent);
    expect(view().edited.saveInput()).toMatchObject({ baseHash: 'new-hash' });
    // What was saved is the ancestor a colleague's change is merged against.
    expect(view().edited.base).toMatchObject({ body: sent.body, updatedAt: '2026-02-02T00:00:00.000Z' });
    expect(view().edited.saveInput()).not.toHaveProperty('overwrites');
  });

  it('another version takes the window’s place: a fresh body and its metadata', () => {
    const view = open();
    act(() => view().replace(articleFile({ headline: 'З диска' }, ['Інший абзац'])));
    expect(view().meta.headline).toBe('З диска');
    expect(view().bodyVersion).toBe(1);
    expect(JSON.stringify(view().initialBody)).toContain('Інший абзац');
  });

  it('is read-only when the service found content it cannot show, or the editor refused the body', () => {
    const view = open(articleFile({}, ['Абзац']));
    expect(view().readOnly).toBe(false);
    act(() => view().refuseBody());
    expect(view().readOnly).toBe(true);
    expect(view().edited.readOnly).toBe(true);

    const unsupported = open({
      ...articleFile({}, ['Абзац']),
      unsupported: { nodes: ['table'], marks: [], attributes: [] },
    });
    expect(unsupported().readOnly).toBe(true);
    expect(unsupported().unsupported?.nodes).toEqual(['table']);
  });

  it('is read-only for a journalist while the article is with the editor, and follows the status', () => {
    const view = open(articleFile({ status: 'submitted' }, ['Абзац']));
    expect(view().readOnly).toBe(true);
    expect(view().edited.readOnly).toBe(true);
    expect(view().workflowLock).toEqual({ kind: 'withEditor' });
    // Returned elsewhere: the disk's version takes the window's place, and the lock is lifted.
    act(() => view().replace(articleFile({ status: 'returned' }, ['Абзац'])));
    expect(view().readOnly).toBe(false);
    expect(view().workflowLock).toBeNull();
    // A step taken here: the status and the base hash move, the text stays.
    act(() => view().moved('after-step', 'submitted'));
    expect(view().readOnly).toBe(true);
    expect(view().bodyVersion).toBe(1);
    expect(view().edited.saveInput().baseHash).toBe('after-step');
  });

  it('an editor may edit while the article is in review, but not once it is withdrawn', () => {
    expect(open(articleFile({ status: 'in-review' }, ['Абзац']), 'editor')().readOnly).toBe(false);
    expect(open(articleFile({ status: 'withdrawn' }, ['Абзац']), 'editor')().workflowLock).toEqual({
      kind: 'status',
      status: 'withdrawn',
      role: 'editor',
    });
  });
});
