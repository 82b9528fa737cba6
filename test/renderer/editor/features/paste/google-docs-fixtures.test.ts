import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors } from '../../support/block-editor';
import { fixture, links, outline, pasteHtml, runs, squash } from './support/clipboard';

afterEach(() => destroyEditors());

function pasteDocs(name: string): Editor {
  const editor = createEditor();
  pasteHtml(editor, fixture(`google-docs/${name}`));
  return editor;
}

/** Runs with marks, whitespace squashed (the Mr0grog samples are stored indented). */
const formatted = (doc: JSONContent) =>
  runs(doc)
    .filter((run) => run.marks.length > 0)
    .map((run) => ({ text: squash(run.text), marks: run.marks }));

describe('paste from Google Docs', () => {
  it('chrome-kafka-formatting: the docs-internal-guid wrapper does not make the paste bold', () => {
    const editor = pasteDocs('chrome-kafka-formatting.html');
    expect(outline(editor.getJSON())).toEqual([
      {
        p: 'One morning, when Gregor Samsa woke from troubled dreams, he found himself transformed in his bed into a horrible vermin.',
      },
      { h2: 'intermission' },
      {
        p: 'He lay on his armour-like back, and if he lifted his head a little he could see his brown belly, slightly domed and divided by arches into stiff sections. The bedding was hardly.',
      },
    ]);
    // Only Docs' font-weight:700 / font-style:italic spans carry marks; super- and subscript are plain.
    expect(formatted(editor.getJSON())).toEqual([
      { text: 'morning', marks: ['italic'] },
      { text: 'Gregor Samsa', marks: ['bold'] },
      { text: 'a', marks: ['bold'] },
      { text: 'rmour-lik', marks: ['bold', 'italic'] },
      { text: 'e', marks: ['bold'] },
      { text: 'b', marks: ['italic'] },
      { text: 'ac', marks: ['bold', 'italic'] },
      { text: 'k', marks: ['italic'] },
    ]);
  });

  it('headings-and-paragraphs: h1 → h2, h2, h3; spacing <br>s go; a line break inside a paragraph stays', () => {
    const editor = pasteDocs('headings-and-paragraphs.html');
    expect(outline(editor.getJSON())).toEqual([
      { p: 'This is a test of headings and paragraphs.' },
      { h2: 'Heading 1' },
      { p: 'Some text.' },
      { p: 'Another paragraph.' },
      { h2: 'Heading 2' },
      { p: 'Another paragraph in the middle. But with a line break.' },
      { h3: 'Heading 3' },
      { p: 'Some final text.' },
    ]);
    const broken = editor.getJSON().content?.[5]?.content?.map((node) => node.type);
    expect(broken).toEqual(['text', 'hardBreak', 'text']);
  });

  it('inline-formatting: bold, italic, underline, strike and a link, with no underline on the link', () => {
    const editor = pasteDocs('inline-formatting.html');
    expect(formatted(editor.getJSON())).toEqual([
      { text: 'is bold', marks: ['bold'] },
      { text: 'and italic', marks: ['bold', 'italic'] },
      { text: 'or just italic', marks: ['italic'] },
      { text: 'underlined', marks: ['underline'] },
      { text: 'struck through', marks: ['strike'] },
      { text: 'linked (to GitHub)', marks: ['link'] },
    ]);
    expect(links(editor.getJSON()).map((link) => link.href)).toEqual(['https://github.com/']);
    expect(outline(editor.getJSON()).at(-1)).toEqual({ p: 'Some text is superscript and some is subscript .' });
  });

  it('lists: nested bullets and numbers of four levels, mixed types, Docs’ sibling nesting repaired', () => {
    const editor = pasteDocs('lists.html');
    const blocks = outline(editor.getJSON());
    expect(blocks.slice(0, 5)).toEqual([
      { p: 'This is a test of lists.' },
      { p: 'A bulleted list:' },
      {
        ul: [
          [{ p: 'This is' }],
          [{ p: 'A bulleted' }],
          [
            { p: 'List of stuff.' },
            {
              ul: [
                [{ p: 'With' }],
                [
                  { p: 'Subitems' },
                  {
                    ul: [
                      [{ p: 'And' }],
                      [{ p: 'Sub-subitems' }, { ol: [[{ p: 'But numbered not bulleted!' }]], start: 1 }],
                    ],
                  },
                ],
              ],
            },
          ],
          [{ p: 'This item has line breaks. Here is a second line.' }],
        ],
      },
      { p: 'And a numbered list:' },
      {
        ol: [
          [{ p: 'This is' }],
          [{ p: 'A numbered' }],
          [
            { p: 'List of stuff.' },
            {
              ol: [
                [{ p: 'With' }],
                [
                  { p: 'Subitems' },
                  {
                    ol: [[{ p: 'And' }], [{ p: 'Sub-subitems' }, { ul: [[{ p: 'But bulleted not numbered!' }]] }]],
                    start: 1,
                  },
                ],
              ],
              start: 1,
            },
          ],
          [{ p: 'This item has line breaks. Here is a second line.' }],
        ],
        start: 1,
      },
    ]);
    expect(blocks.slice(5, 7)).toEqual([
      { p: 'And a checklist:' },
      { ul: [[{ p: 'This is' }], [{ p: 'A checklist.' }]] },
    ]);
  });

  it('lists: the checklist’s data: checkbox pictures are refused, not turned into figures', () => {
    const editor = pasteDocs('lists.html');
    expect(JSON.stringify(editor.getJSON())).not.toMatch(/data:image|"figure"|\uFFFC/);
  });

  it.each(['chrome-kafka-formatting.html', 'headings-and-paragraphs.html', 'inline-formatting.html', 'lists.html'])(
    '%s leaves no Docs markup in the body',
    (name) => {
      expect(pasteDocs(name).getHTML()).not.toMatch(/docs-internal-guid|style=|dir=|role=|<span|<b>/);
    },
  );
});
