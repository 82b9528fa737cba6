import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { fieldSuggestions } from '../../../renderer/src/editor/features/typography/field-suggestions';
import { SuggestionsStore } from '../../../renderer/src/editor/features/typography/suggestions-store';
import type { ArticleMeta } from '../../../renderer/src/panel/MetadataPanel';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import { useArticleFields } from '../../../renderer/src/workspace/use-article-fields';
import { useTypographyActions, type TypographyActions } from '../../../renderer/src/workspace/use-typography-actions';
import { createBodyEditor } from '../editor/support/body-editor';
import { articleFile } from './support/article-file';

const APOSTROPHE = '\u2019';
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** Headline and lead fields and the body, with the typography panel's commands over them. */
function open({ headline = '', lead = '', body = '', readOnly = false } = {}) {
  const edited = new EditedArticle(articleFile({ headline, lead }));
  edited.setReadOnly(readOnly);
  editor = createBodyEditor(`<p>${body}</p>`);
  edited.attach(editor);
  const suggestions = new SuggestionsStore();
  let actions: TypographyActions | null = null;
  let undoCommand: (() => boolean) | null = null;
  function Page() {
    const [meta, setMeta] = useState(edited.meta);
    const changeMeta = (patch: Partial<ArticleMeta>) => {
      if (!edited.readOnly) setMeta(edited.change(patch));
    };
    const fields = useArticleFields(APOSTROPHE, false, changeMeta);
    actions = useTypographyActions({ edited, apostrophe: APOSTROPHE, suggestions, fields, changeMeta });
    undoCommand = () => fields.commandUndo.undo();
    return (
      <>
        <textarea aria-label="Заголовок" ref={fields.headlineRef} value={meta.headline} readOnly />
        <textarea aria-label="Лід" ref={fields.leadRef} value={meta.lead} readOnly />
        <output>{actions.fixResult}</output>
      </>
    );
  }
  render(<Page />);
  return {
    edited,
    suggestions,
    actions: () => actions as TypographyActions | null,
    undo: () => act(() => void undoCommand?.()),
    field: (name: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name }),
    body: () => editor?.getText() ?? '',
  };
}

describe('useTypographyActions', () => {
  it('«Виправити типографіку» fixes headline, lead and body, and one undo takes all of it back', () => {
    const page = open({ headline: '"Лапки"', lead: 'Тире - тут', body: 'Текст - тут' });
    act(() => page.actions()?.fixAll());
    expect(page.field('Заголовок').value).toBe('«Лапки»');
    expect(page.field('Лід').value).toBe('Тире\u00a0— тут');
    expect(page.body()).toBe('Текст\u00a0— тут');
    expect(screen.getByRole('status').textContent).toBe('Виправлено місць: 3.');

    page.undo();
    expect(page.field('Заголовок').value).toBe('"Лапки"');
    expect(page.field('Лід').value).toBe('Тире - тут');
    expect(page.body()).toBe('Текст - тут');
  });

  it('says when there is nothing to fix', () => {
    const page = open({ headline: '«Лапки»', body: 'Чистий текст' });
    act(() => page.actions()?.fixAll());
    expect(screen.getByRole('status').textContent).toBe('Типографіка вже в порядку: виправляти нічого.');
  });

  it('Ctrl+Shift+F runs it from anywhere in the window; Ctrl+F does not', () => {
    const page = open({ headline: '"Лапки"' });
    fireEvent.keyDown(window, { code: 'KeyF', key: 'А', ctrlKey: true, shiftKey: true });
    expect(page.field('Заголовок').value).toBe('«Лапки»');

    page.undo();
    expect(page.field('Заголовок').value).toBe('"Лапки"');
    const plain = fireEvent.keyDown(window, { code: 'KeyF', key: 'f', ctrlKey: true });
    expect(plain).toBe(true); // not taken: the browser's own find goes on
    expect(page.field('Заголовок').value).toBe('"Лапки"');
  });

  it('applies one suggestion of the panel to its field, as one undo step', () => {
    const page = open({ lead: 'Від 1-го січня' });
    const [suggestion] = fieldSuggestions('', 'Від 1-го січня');
    if (!suggestion) throw new Error('no suggestion for «1-го»');
    act(() => page.actions()?.apply(suggestion));
    const applied = `Від ${suggestion.replacement} січня`;
    expect(page.field('Лід').value).toBe(applied);
    expect(page.edited.meta.lead).toBe(applied);

    page.undo();
    expect(page.field('Лід').value).toBe('Від 1-го січня');
  });

  it('changes nothing in a read-only article', () => {
    const page = open({ headline: '"Лапки"', body: 'Текст - з дефісом', readOnly: true });
    act(() => page.actions()?.fixAll());
    expect(screen.getByRole('status').textContent).toBe('');
    expect(page.field('Заголовок').value).toBe('"Лапки"');
    expect(page.body()).toBe('Текст - з дефісом');
  });
});
