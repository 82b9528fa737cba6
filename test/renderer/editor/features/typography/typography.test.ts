import { Editor, type Extension, Mark, Node } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
// The command and storage types of the extension (its module augmentation of @tiptap/core).
import type {} from '../../../../../renderer/src/editor/features/typography/typography';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import type { ShpaltaApi } from '../../../../../shared/api/contract';
import { typeText } from '../../support/type-text';

const NBSP = '\u00A0';
const editors: Editor[] = [];

/** The real body schema; the API is never called by typography, so an object that throws stands in. */
function makeEditor(
  content: unknown = '<p></p>',
  apostrophe: '\u2019' | '\u02BC' = '\u2019',
  extra: (Node | Mark | Extension)[] = [],
) {
  const api = new Proxy({} as ShpaltaApi, {
    get: () => {
      throw new Error('typography must not call the API');
    },
  });
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...bodyExtensions({ api, articleId: 'a', t: createTranslator('uk'), apostrophe }), ...extra],
    content: content as string,
  });
  editor.commands.focus('end');
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

const text = (editor: Editor) => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');

describe('typography as you type', () => {
  it.each([
    ['"Укренерго"', '«Укренерго»'],
    ['Він сказав: "Компанія "Укренерго" стала п\'ятою"', 'Він сказав: «Компанія „Укренерго“ стала п’ятою»'],
    ["зобов'язальний", 'зобов’язальний'],
    ['Ціни зросли - і це дивно.', `Ціни зросли${NBSP}— і це дивно.`],
    ['Київ -- столиця', `Київ${NBSP}— столиця`],
    ['-- Доброго ранку!', `—${NBSP}Доброго ранку!`],
    ['Читайте також...', 'Читайте також…'],
    ['південно-східний', 'південно-східний'],
  ])('%j → %j', (typed, expected) => {
    const editor = makeEditor();
    typeText(editor, typed);
    expect(text(editor)).toBe(expected);
  });

  it('nesting starts afresh in each paragraph and after a line break', () => {
    const editor = makeEditor();
    typeText(editor, '"Перший\n"Другий"');
    expect(text(editor)).toBe('«Перший\n«Другий»');
  });

  it('uses the outlet’s apostrophe', () => {
    const editor = makeEditor('<p></p>', '\u02BC');
    typeText(editor, "п'ять");
    expect(text(editor)).toBe('пʼять');
  });

  it('`- ` opening a paragraph is still the Markdown bullet list, not a dialogue dash', () => {
    const editor = makeEditor();
    typeText(editor, '- пункт');
    expect(editor.getJSON().content?.[0]?.type).toBe('bulletList');
    expect(text(editor)).toBe('пункт\n'); // and the empty paragraph TipTap keeps after a list
  });

  it('one Ctrl+Z gives back the straight quote; the next takes the typing', () => {
    const editor = makeEditor();
    typeText(editor, 'Так "');
    expect(text(editor)).toBe('Так «');
    editor.commands.undo();
    expect(text(editor)).toBe('Так "');
    editor.commands.undo();
    expect(text(editor)).toBe('');
  });

  it('a word typed after a fix is its own undo step: Ctrl+Z does not take the fix with it', () => {
    const editor = makeEditor();
    typeText(editor, '"Укренерго');
    editor.commands.undo();
    expect(text(editor)).toBe('«');
    editor.commands.undo();
    expect(text(editor)).toBe('"');
  });

  it('the dash fix is one undo step too', () => {
    const editor = makeEditor();
    typeText(editor, 'зросли - ');
    expect(text(editor)).toBe(`зросли${NBSP}— `);
    editor.commands.undo();
    expect(text(editor)).toBe('зросли - ');
  });

  it('keeps the marks being typed with', () => {
    const editor = makeEditor();
    editor.commands.toggleBold();
    typeText(editor, '"Так"');
    const paragraph = editor.getJSON().content?.[0];
    expect(paragraph?.content).toEqual([{ type: 'text', text: '«Так»', marks: [{ type: 'bold' }] }]);
  });

  const Code = Mark.create({
    name: 'code',
    code: true,
    parseHTML: () => [{ tag: 'code' }],
    renderHTML: () => ['code', 0],
  });

  it('leaves code alone (the body has none today; an extension or pasted schema may bring it)', () => {
    const editor = makeEditor('<p><code>x</code></p>', '\u2019', [Code]);
    editor.commands.setTextSelection(2);
    typeText(editor, '"a"');
    expect(text(editor)).toBe('x"a"');
  });
});

describe('fixTypography command («Виправити типографіку»)', () => {
  it('fixes the whole body across marks and keeps them where they were, in one undo step', () => {
    const editor = makeEditor(
      `<p>"<strong>Укренерго</strong>" - п'ята компанія, 1500000 грн</p><ul><li><p>Київ -- столиця...</p></li></ul>`,
    );
    expect(editor.commands.fixTypography()).toBe(true);
    expect(editor.storage.typography.lastFixCount).toBe(3);
    expect(editor.getHTML().replaceAll('&nbsp;', NBSP)).toBe(
      `<p>«<strong>Укренерго</strong>»${NBSP}— п’ята компанія, 1${NBSP}500${NBSP}000${NBSP}грн</p>` +
        `<ul><li><p>Київ${NBSP}— столиця…</p></li></ul><p></p>`,
    );
    editor.commands.undo();
    expect(text(editor)).toBe(`"Укренерго" - п'ята компанія, 1500000 грн\nКиїв -- столиця...\n`);
  });

  it('reports nothing to do on a clean text and changes nothing', () => {
    const editor = makeEditor(`<p>«Укренерго»${NBSP}— п’ята.</p>`);
    const before = editor.state.doc;
    expect(editor.commands.fixTypography()).toBe(false);
    expect(editor.storage.typography.lastFixCount).toBe(0);
    expect(editor.state.doc).toBe(before);
  });

  it('fixes the text people read in node attributes (captions, credits, attributions)', () => {
    const Captioned = Node.create({
      name: 'captioned',
      group: 'block',
      atom: true,
      addAttributes: () => ({ caption: { default: '' }, src: { default: '' } }),
      parseHTML: () => [{ tag: 'x-captioned' }],
      renderHTML: ({ HTMLAttributes }) => ['x-captioned', HTMLAttributes],
    });
    const editor = makeEditor(
      { type: 'doc', content: [{ type: 'captioned', attrs: { caption: '"Укренерго" - офіс', src: 'a"b' } }] },
      '\u2019',
      [Captioned],
    );
    editor.commands.fixTypography();
    expect(editor.state.doc.firstChild?.attrs).toEqual({ caption: `«Укренерго»${NBSP}— офіс`, src: 'a"b' });
  });
});
