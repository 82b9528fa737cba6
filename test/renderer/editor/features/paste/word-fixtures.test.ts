import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors } from '../../support/block-editor';
import { heldImagesKey } from '../../../../../renderer/src/editor/features/paste/held-images';
import { fixture, links, outline, pasteHtml, runs, textOf } from './support/clipboard';

afterEach(() => destroyEditors());

/** Pastes a Word sample into an empty body, through ProseMirror's own paste path. */
function pasteWord(name: string): Editor {
  const editor = createEditor();
  pasteHtml(editor, fixture(`word/${name}`));
  return editor;
}

const items = (...texts: string[]) => texts.map((text) => [{ p: text }]);

describe('paste from Word: fake lists become real lists', () => {
  it.each(['simple-list.html', 'unordered-list-simple.html'])('%s: bullets', (name) => {
    const editor = pasteWord(name);
    expect(outline(editor.getJSON())).toEqual([{ ul: items('LE 1', 'LE 2', 'LE 3') }, { p: '' }]);
  });

  it('ordered-list-simple: numbers from 1', () => {
    const editor = pasteWord('ordered-list-simple.html');
    expect(outline(editor.getJSON())).toEqual([{ ol: items('LE 1', 'LE 2', 'LE 3'), start: 1 }, { p: '' }]);
  });

  it('ordered-list-start-offset: a list Word numbered from 4 still starts at 4', () => {
    const editor = pasteWord('ordered-list-start-offset.html');
    expect(outline(editor.getJSON())).toEqual([{ ol: items('LE 1', 'LE 2', 'LE 3'), start: 4 }, { p: '' }]);
  });

  it('unordered-list-with-sublists: three levels of nesting', () => {
    const editor = pasteWord('unordered-list-with-sublists.html');
    expect(outline(editor.getJSON())).toEqual([
      {
        ul: [
          [{ p: 'LE 1' }],
          [
            { p: 'LE 2' },
            { ul: [[{ p: 'LE 2.1' }], [{ p: 'LE 2.2' }, { ul: items('LE 2.2.1', 'LE 2.2.1') }], [{ p: 'LE 2.3' }]] },
          ],
          [{ p: 'LE 3' }],
        ],
      },
      { p: '' },
    ]);
  });

  it('ordered-list-sublists-different-types: 1. / a. / i. levels stay numbered and nested', () => {
    const editor = pasteWord('ordered-list-sublists-different-types.html');
    expect(outline(editor.getJSON())).toEqual([
      {
        ol: [
          [{ p: 'LE 1' }],
          [
            { p: 'LE 2' },
            {
              ol: [
                [{ p: 'LE 2.1' }],
                [{ p: 'LE 2.2' }, { ol: items('LE 2.2.1', 'LE 2.2.1'), start: 1 }],
                [{ p: 'LE 2.3' }],
              ],
              start: 1,
            },
          ],
          [{ p: 'LE 3' }],
        ],
        start: 1,
      },
      { p: '' },
    ]);
  });

  it('types no bullet or number of its own into the text', () => {
    for (const name of ['simple-list.html', 'ordered-list-simple.html', 'unordered-list-with-sublists.html']) {
      const text = pasteWord(name).getText();
      expect(text).not.toMatch(/[·§●]|^\s*o\s|\d\.\s*LE/m);
    }
  });
});

describe('paste from Word: headings, formatting and what is dropped', () => {
  it('test-headers: numbered h2/h3 keep their text without the numbers or the Word bookmarks', () => {
    const editor = pasteWord('test-headers.html');
    expect(outline(editor.getJSON())).toEqual([
      { h2: 'Het communicatieproces' },
      { h3: 'Zender – boodschap – ontvanger' },
      { p: 'Als' },
    ]);
    expect(runs(editor.getJSON()).flatMap((run) => run.marks)).toEqual([]);
  });

  it('table-lists: h1 becomes h2, bullets keep bold/italic/underline/strike, the table stays a table', () => {
    const editor = pasteWord('table-lists.html');
    const blocks = outline(editor.getJSON());
    expect(blocks.slice(0, 5)).toEqual([
      { h2: 'Exploring DOCX import/export capabilities' },
      {
        p: "Welcome to this demonstration of our editor's ability to export a wide array of formatting options to DOCX, ensuring that your content retains its intended appearance in Word.",
      },
      { h2: 'Text styles' },
      { p: 'This document showcases a variety of text styles:' },
      {
        ul: items(
          'Bold text is used to emphasize strong points.',
          'Italic text adds subtle emphasis or indicates titles.',
          'Bold Italic combines both styles for extra emphasis.',
          'Underlined text highlights key information.',
          'Strikethrough text shows corrections or deletions.',
        ),
      },
    ]);
    expect(blocks).toContainEqual({ h3: 'Unordered list' });
    // The table's rows are table-fixtures.test.ts' to check; here it is one block, last before the empty line.
    expect(blocks.slice(-2)).toEqual([{ table: expect.any(Array) }, { p: '' }]);
    expect(runs(editor.getJSON()).filter((run) => run.marks.length > 0)).toEqual([
      { text: 'Bold', marks: ['bold'] },
      { text: 'Italic', marks: ['italic'] },
      { text: 'Bold Italic', marks: ['bold', 'italic'] },
      { text: 'Underlined', marks: ['underline'] },
      { text: 'Strikethrough', marks: ['strike'] },
    ]);
  });

  it('table-lists: the picture from a temp file is neither loaded nor inserted', () => {
    const editor = pasteWord('table-lists.html');
    const json = JSON.stringify(editor.getJSON());
    expect(json).not.toMatch(/file:|clip_image|"figure"|\uFFFC/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('bookmark-lost-text: text inside bookmarks survives and links to bookmarks are dropped', () => {
    const editor = pasteWord('bookmark-lost-text.html');
    expect(outline(editor.getJSON())).toEqual([
      { p: 'This is a sentence with a bookmark.' },
      { p: 'Test' },
      { p: 'Bookmark' },
    ]);
    expect(links(editor.getJSON())).toEqual([]);
  });

  it('line-numbers: the text of numbered lines stays, one paragraph each', () => {
    const editor = pasteWord('line-numbers.html');
    expect(outline(editor.getJSON())).toEqual([
      { p: 'Hier Text.' },
      { p: 'Hier Text.' },
      { p: 'Hier Text.' },
      { p: 'Hier Text.' },
    ]);
  });

  it.each([
    'bookmark-lost-text.html',
    'line-numbers.html',
    'ordered-list-sublists-different-types.html',
    'table-lists.html',
    'test-headers.html',
    'images-constructed.html',
    'images-inline-constructed.html',
  ])('%s leaves no Word markup in the body', (name) => {
    const html = pasteWord(name).getHTML();
    expect(html).not.toMatch(/mso|Mso|style=|o:p|<span|<font|file:|&lt;!|\[if/);
  });
});

describe('paste from Word: a picture left out leaves no space behind', () => {
  it('images-inline-constructed: the spaces beside each picture close up, the spaces between words stay', () => {
    const editor = pasteWord('images-inline-constructed.html');
    // Compared as they are, not squashed: a trailing or doubled space is the bug.
    expect(editor.getJSON().content?.map(textOf)).toEqual([
      'Котик:',
      'Ліворуч праворуч, між словами.',
      'До після, а слово з малюнком.',
      'Підпис під малюнком.',
    ]);
  });

  it('images-inline-constructed: the pictures still wait, one after each paragraph they stood in', () => {
    const editor = pasteWord('images-inline-constructed.html');
    const held = heldImagesKey.getState(editor.state);
    const blockEnds: number[] = [];
    editor.state.doc.forEach((block, offset) => blockEnds.push(offset + block.nodeSize));
    expect(held?.anchors).toEqual([blockEnds[0], blockEnds[1], blockEnds[1], blockEnds[2], blockEnds[2], blockEnds[3]]);
  });
});
