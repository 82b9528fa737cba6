import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors } from '../../support/block-editor';
import { fixture, links, outline, pasteHtml, runs } from './support/clipboard';

afterEach(() => destroyEditors());

function pasteWriter(name: string): Editor {
  const editor = createEditor();
  pasteHtml(editor, fixture(`libreoffice/${name}`));
  return editor;
}

describe('paste from LibreOffice Writer', () => {
  it('kafka-formatting: <b>/<i> become marks, h1.western becomes h2, "font-weight: normal" inside <i> stays plain', () => {
    const editor = pasteWriter('kafka-formatting-5.2-macos.html');
    expect(outline(editor.getJSON())).toEqual([
      {
        p: 'One morning, when Gregor Samsa woke from troubled dreams, he found himself transformed in his bed into a horrible vermin.',
      },
      { h2: 'intermission' },
      {
        p: 'He lay on his armour-like back, and if he lifted his head a little he could see his brown belly, slightly domed and divided by arches into stiff sections. The bedding was hardly.',
      },
    ]);
    expect(runs(editor.getJSON()).filter((run) => run.marks.length > 0)).toEqual([
      { text: 'morning', marks: ['italic'] },
      { text: 'Gregor Samsa', marks: ['bold'] },
      { text: 'a', marks: ['bold'] },
      { text: 'rmour-lik', marks: ['bold', 'italic'] },
      { text: 'e ', marks: ['bold'] },
      { text: 'b', marks: ['italic'] },
      { text: 'ac', marks: ['bold', 'italic'] },
      { text: 'k', marks: ['italic'] },
    ]);
  });

  it('link: a link inside a paragraph keeps its address', () => {
    const editor = pasteWriter('link-5.0-macos.html');
    expect(outline(editor.getJSON())).toEqual([{ p: 'XXX' }]);
    expect(links(editor.getJSON())).toEqual([
      { text: 'X', href: 'https://en.wikipedia.org/wiki/United_States_Senate_election_in_Illinois,_2004' },
    ]);
  });

  it('basic-styles: <b>, <i>, <u>, <strike> become marks; <sup>/<sub> stay plain text', () => {
    const editor = pasteWriter('basic-styles-6.3-macos.html');
    expect(runs(editor.getJSON())).toEqual([
      { text: 'Basic inline styles', marks: [] },
      { text: 'bold', marks: ['bold'] },
      { text: 'italic', marks: ['italic'] },
      { text: 'underline', marks: ['underline'] },
      { text: 'strikethrough', marks: ['strike'] },
      { text: 'superscript', marks: [] },
      { text: 'subscript', marks: [] },
    ]);
  });

  it('fonts: <font> sizes and faces go, their text stays', () => {
    const editor = pasteWriter('fonts-6.3-macos.html');
    expect(outline(editor.getJSON())).toEqual([
      { p: 'Different font sizes: 6, 8, 10, 12, 16, 24, 32, 48, 80' },
      { p: 'Different font face: Courier New, Verdana, Times New Roman, Arial.' },
    ]);
    expect(editor.getHTML()).not.toMatch(/<font|face=|size=|style=/);
  });

  it('lists: levels written without an item above them (<ol><ol><li>) are lifted, real nesting stays', () => {
    const editor = pasteWriter('lists-6.3-macos.html');
    expect(outline(editor.getJSON())).toEqual([
      { p: 'Mixed list:' },
      { ul: [[{ p: 'AAA' }], [{ p: 'BBB' }], [{ p: 'CCC' }]] },
      { ol: [[{ p: '111' }], [{ p: '222' }], [{ p: '333' }]], start: 1 },
      { ul: [[{ p: 'AAA' }], [{ p: 'BBB' }]] },
      { ol: [[{ p: '111' }], [{ p: '222' }]], start: 1 },
      { ul: [[{ p: 'DDD' }]] },
      { ol: [[{ p: '111' }]], start: 1 },
      { ul: [[{ p: 'EEE' }, { ul: [[{ p: 'AAA' }], [{ p: 'BBB' }]] }]] },
      { p: 'Broken list:' },
      { ol: [[{ p: 'nest 4' }], [{ p: 'nest 3' }], [{ p: 'nest 2' }], [{ p: 'nest 1' }]], start: 1 },
      { p: '' },
    ]);
  });
});
