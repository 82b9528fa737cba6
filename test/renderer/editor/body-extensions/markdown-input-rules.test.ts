import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createBodyEditor, pressKey, typeText } from '../support/body-editor';

let editor: Editor;
afterEach(() => editor.destroy());

/** The first block of the body after typing `text` into an empty one. */
function typeIntoEmpty(text: string) {
  editor = createBodyEditor('<p></p>');
  editor.commands.focus('start');
  typeText(editor, text);
  return editor.state.doc.firstChild;
}

describe('Markdown-style block rules at the start of a paragraph', () => {
  it('«## » makes a Заголовок 2, «### » a Заголовок 3', () => {
    const h2 = typeIntoEmpty('## Бюджет');
    expect(h2?.type.name).toBe('heading');
    expect(h2?.attrs.level).toBe(2);
    expect(h2?.textContent).toBe('Бюджет');
    editor.destroy();
    const h3 = typeIntoEmpty('### Деталі');
    expect(h3?.attrs.level).toBe(3);
    expect(h3?.textContent).toBe('Деталі');
  });

  it('«# » stays text: the article has one headline, and it is not in the body', () => {
    const block = typeIntoEmpty('# Заголовок');
    expect(block?.type.name).toBe('paragraph');
    expect(block?.textContent).toBe('# Заголовок');
  });

  it.each(['- ', '* '])('«%s» starts a bulleted list', (marker) => {
    const list = typeIntoEmpty(`${marker}пункт`);
    expect(list?.type.name).toBe('bulletList');
    expect(list?.textContent).toBe('пункт');
  });

  it('«1. » starts a numbered list', () => {
    const list = typeIntoEmpty('1. перший');
    expect(list?.type.name).toBe('orderedList');
    expect(list?.textContent).toBe('перший');
  });

  it('«> » starts a quote', () => {
    const quote = typeIntoEmpty('> Цитата');
    expect(quote?.type.name).toBe('blockquote');
    expect(quote?.textContent).toBe('Цитата');
  });

  it('«---» becomes a divider', () => {
    const rule = typeIntoEmpty('---');
    expect(rule?.type.name).toBe('horizontalRule');
  });

  it('Backspace right after a rule gives the typed characters back', () => {
    typeIntoEmpty('## ');
    expect(editor.state.doc.firstChild?.type.name).toBe('heading');
    pressKey(editor, { key: 'Backspace', code: 'Backspace' });
    expect(editor.state.doc.firstChild?.type.name).toBe('paragraph');
    expect(editor.state.doc.firstChild?.textContent).toBe('## ');
  });

  it('the rules act only at the start of a paragraph', () => {
    const block = typeIntoEmpty('Ціна - 5 грн, а ## не заголовок');
    expect(block?.type.name).toBe('paragraph');
  });
});

describe('Markdown-style marks around words', () => {
  const marked = (name: string) => {
    const found: string[] = [];
    editor.state.doc.descendants((node) => {
      if (node.isText && node.marks.some((mark) => mark.type.name === name)) found.push(node.text ?? '');
    });
    return found;
  };

  it('**жирний**, *курсив* and ~~закреслений~~, and the markers disappear', () => {
    typeIntoEmpty('Це **важливо**, це *тихо*, а це ~~застаріло~~ ');
    expect(marked('bold')).toEqual(['важливо']);
    expect(marked('italic')).toEqual(['тихо']);
    expect(marked('strike')).toEqual(['застаріло']);
    expect(editor.state.doc.textContent).toBe('Це важливо, це тихо, а це застаріло ');
  });
});

describe('rules a news body does without', () => {
  it('no code: `backticks` and ``` stay as typed', () => {
    const inline = typeIntoEmpty('Команда `ls` ');
    expect(editor.schema.marks.code).toBeUndefined();
    expect(inline?.textContent).toBe('Команда `ls` ');
    editor.destroy();
    const fence = typeIntoEmpty('```');
    expect(editor.schema.nodes.codeBlock).toBeUndefined();
    expect(fence?.type.name).toBe('paragraph');
  });
});

describe('undo and redo', () => {
  const text = () => editor.state.doc.textContent;

  it('Ctrl+Z undoes typing; Ctrl+Shift+Z and Ctrl+Y redo it', () => {
    typeIntoEmpty('Перше речення.');
    expect(pressKey(editor, { key: 'z', code: 'KeyZ', ctrlKey: true })).toBe(true);
    expect(text()).toBe('');
    expect(pressKey(editor, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(text()).toBe('Перше речення.');
    pressKey(editor, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(text()).toBe('');
    expect(pressKey(editor, { key: 'y', code: 'KeyY', ctrlKey: true })).toBe(true);
    expect(text()).toBe('Перше речення.');
  });

  it('works in the Ukrainian layout too (Ctrl+Я, Ctrl+Н by the physical key)', () => {
    typeIntoEmpty('Слово');
    pressKey(editor, { key: 'я', code: 'KeyZ', keyCode: 90, ctrlKey: true });
    expect(text()).toBe('');
    pressKey(editor, { key: 'н', code: 'KeyY', keyCode: 89, ctrlKey: true });
    expect(text()).toBe('Слово');
  });
});
