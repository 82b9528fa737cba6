import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, pressKey } from '../../support/block-editor';
import { clipboardEvent, links, pasteHtml, pasteText, runs } from '../paste/support/clipboard';
import { typeText } from '../../support/type-text';

afterEach(() => destroyEditors());

/** An embed code as a newsroom copies it: the markup itself, shown as text. */
const EMBED_CODE = '<a href="https://example.com/p/42">https://example.com/p/42</a>';
const POST = 'https://example.com/p/42';
/** Both addresses of the embed code, each a link of its own that stops before `"` and `<`. */
const BOTH_LINKED = [
  { text: POST, href: POST },
  { text: POST, href: POST },
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The caret in an empty body. */
function emptyBody(): Editor {
  const editor = createEditor('<p></p>');
  editor.commands.focus('start');
  return editor;
}

describe('an embed code pasted as text links its addresses, not what follows them', () => {
  it('as HTML of the escaped markup (copied from a page that shows the code)', () => {
    const editor = emptyBody();
    pasteHtml(editor, `<meta charset="utf-8"><span style="font-family: monospace">${escapeHtml(EMBED_CODE)}</span>`, {
      'text/plain': EMBED_CODE,
    });
    expect(editor.getText()).toBe(EMBED_CODE);
    expect(links(editor.getJSON())).toEqual(BOTH_LINKED);
  });

  it('as plain text', () => {
    const editor = emptyBody();
    pasteText(editor, EMBED_CODE);
    expect(editor.getText()).toBe(EMBED_CODE);
    expect(links(editor.getJSON())).toEqual(BOTH_LINKED);
  });

  it('with Ctrl+Shift+V', () => {
    const editor = emptyBody();
    pressKey(editor, 'V', { ctrlKey: true, shiftKey: true, code: 'KeyV' });
    pasteHtml(editor, `<pre>${escapeHtml(EMBED_CODE)}</pre>`, { 'text/plain': EMBED_CODE });
    expect(editor.getText()).toBe(EMBED_CODE);
    expect(links(editor.getJSON())).toEqual(BOTH_LINKED);
  });

  it('typed: a URL then a quote links the URL alone', () => {
    const editor = emptyBody();
    typeText(editor, `Код: ${EMBED_CODE} `);
    expect(links(editor.getJSON())).toEqual(BOTH_LINKED);
  });

  it('typed: the quote right after a URL stays out of the link', () => {
    const editor = emptyBody();
    typeText(editor, `Див. ${POST}" далі`);
    expect(links(editor.getJSON())).toEqual([{ text: POST, href: POST }]);
    expect(editor.getText()).toMatch(/^Див\. https:\/\/example\.com\/p\/42\S далі$/);
  });
});

describe('a link ends where the sentence takes over', () => {
  const WIKI = 'https://uk.wikipedia.org/wiki/Київ_(значення)';

  it.each([
    ['pasted', (editor: Editor, text: string) => pasteText(editor, text)],
    ['typed', (editor: Editor, text: string) => typeText(editor, `${text} `)],
  ])('%s: a balanced bracket stays in the link, the closing one of the sentence does not', (_how, enter) => {
    const editor = emptyBody();
    enter(editor, `(див. ${WIKI})`);
    expect(links(editor.getJSON())).toEqual([{ text: WIKI, href: new URL(WIKI).href }]);
    // The href is what the safety check parsed: percent-encoded, not the spelling.
    expect(links(editor.getJSON())[0]?.href).toBe(
      'https://uk.wikipedia.org/wiki/%D0%9A%D0%B8%D1%97%D0%B2_(%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD%D0%BD%D1%8F)',
    );
  });

  it.each([
    ['pasted', (editor: Editor, text: string) => pasteText(editor, text)],
    ['typed', (editor: Editor, text: string) => typeText(editor, `${text} `)],
  ])('%s: the full stop after an address is the sentence’s', (_how, enter) => {
    const editor = emptyBody();
    enter(editor, 'Джерело: https://example.com.');
    expect(links(editor.getJSON())).toEqual([{ text: 'https://example.com', href: 'https://example.com/' }]);
  });

  it('closing quotes and ellipses after an address are the sentence’s', () => {
    const editor = emptyBody();
    pasteText(editor, '«https://example.com/a», “https://example.com/b”… https://example.com/c!');
    expect(links(editor.getJSON()).map((link) => link.text)).toEqual([
      'https://example.com/a',
      'https://example.com/b',
      'https://example.com/c',
    ]);
  });
});

describe('what auto-linking leaves alone', () => {
  it('a link pasted as HTML keeps its own href, whatever its text says', () => {
    const editor = emptyBody();
    pasteHtml(editor, '<p><a href="https://example.com/real">https://example.org/shown</a></p>');
    expect(links(editor.getJSON())).toEqual([{ text: 'https://example.org/shown', href: 'https://example.com/real' }]);
  });

  it('a bare site name, a scheme-less address and javascript: stay text', () => {
    const editor = emptyBody();
    pasteText(editor, 'Forbes.ua, www.example.com і javascript:alert(1)');
    typeText(editor, ' Forbes.ua www.example.com ');
    expect(links(editor.getJSON())).toEqual([]);
  });

  it('undo takes a typed link back with the space that made it', () => {
    const editor = emptyBody();
    typeText(editor, `${POST} `);
    expect(links(editor.getJSON())).toHaveLength(1);
    editor.commands.undo();
    expect(links(editor.getJSON())).toEqual([]);
  });
});

describe('a link made from an address loses the underline around it, as a pasted link does', () => {
  /** A body whose one paragraph is underlined up to the caret, at its end. */
  function underlined(): Editor {
    const editor = createEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Джерело: ', marks: [{ type: 'underline' }] }] }],
    });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    return editor;
  }

  const UNDERLINED_AROUND_LINK = [
    { text: 'Джерело: ', marks: ['underline'] },
    { text: POST, marks: ['link'] },
    { text: ' далі', marks: ['underline'] },
  ];

  it('typed inside underlined text', () => {
    const editor = underlined();
    typeText(editor, `${POST} далі`);
    expect(runs(editor.getJSON())).toEqual(UNDERLINED_AROUND_LINK);
  });

  it('pasted as text into underlined text (the text takes the underline around it)', () => {
    const editor = underlined();
    editor.view.dom.dispatchEvent(clipboardEvent({ 'text/plain': `${POST} далі` }));
    expect(runs(editor.getJSON())).toEqual(UNDERLINED_AROUND_LINK);
  });

  it('pasted as underlined HTML', () => {
    const editor = emptyBody();
    pasteHtml(editor, `<p><u>Джерело: ${POST} далі</u></p>`);
    expect(runs(editor.getJSON())).toEqual(UNDERLINED_AROUND_LINK);
  });
});

describe('pasting an address over selected text', () => {
  it('links the text to the address', () => {
    const editor = createEditor('<p>Читайте на сайті</p>');
    editor.commands.setTextSelection({ from: 12, to: 17 });
    editor.view.pasteText(POST, clipboardEvent({ 'text/plain': POST }));
    expect(links(editor.getJSON())).toEqual([{ text: 'сайті', href: POST }]);
    expect(editor.getText()).toBe('Читайте на сайті');
  });

  it('replaces the text with an embed code rather than linking it to one', () => {
    const editor = createEditor('<p>сайт</p>');
    editor.commands.setTextSelection({ from: 1, to: 5 });
    editor.view.pasteText(EMBED_CODE, clipboardEvent({ 'text/plain': EMBED_CODE }));
    expect(editor.getText()).toBe(EMBED_CODE);
    expect(links(editor.getJSON())).toEqual(BOTH_LINKED);
  });
});
