import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors } from '../../support/block-editor';
import { fixture, links, outline, pasteHtml, runs } from './support/clipboard';

afterEach(() => destroyEditors());

function paste(html: string): Editor {
  const editor = createEditor();
  pasteHtml(editor, html);
  return editor;
}

describe('paste from web pages (real Chrome copies)', () => {
  it('chrome-linux-link-inline-styles: Chrome’s inline computed styles go, the link stays, nothing is bold', () => {
    const editor = paste(fixture('web/chrome-linux-link-inline-styles.html'));
    expect(outline(editor.getJSON())).toEqual([{ p: 'XXX' }]);
    expect(runs(editor.getJSON())).toEqual([
      { text: 'X', marks: [] },
      { text: 'X', marks: ['link'] },
      { text: 'X', marks: [] },
    ]);
    expect(links(editor.getJSON())).toEqual([
      { text: 'X', href: 'https://en.wikipedia.org/wiki/United_States_Senate_election_in_Illinois,_2004' },
    ]);
    expect(editor.getHTML()).not.toMatch(/style=|rgb\(|font-family/);
  });

  it('chrome-linux-two-paragraphs: two paragraphs, the trailing CRLF adds nothing', () => {
    const editor = paste(fixture('web/chrome-linux-two-paragraphs.html'));
    expect(outline(editor.getJSON())).toEqual([{ p: 'AAA' }, { p: 'BBB' }]);
  });
});

// Hand-written inputs (not captured from a browser): what a hostile or careless page could put on the clipboard.
describe('paste from web pages: what is refused', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['file:///C:/Users/olena/Documents/draft.docx'],
  ])('a %s link is dropped and its text kept', (href) => {
    const editor = paste(`<meta charset='utf-8'><p>Деталі <a href="${href}">тут</a>.</p>`);
    expect(outline(editor.getJSON())).toEqual([{ p: 'Деталі тут.' }]);
    expect(links(editor.getJSON())).toEqual([]);
  });

  it('an https image becomes a figure with the image’s alt text and its address checked', () => {
    const editor = paste(
      `<meta charset='utf-8'><p>Перший абзац.</p><img src="https://cdn.example.com/kyiv.jpg" alt="Київ уночі"><p>Другий абзац.</p>`,
    );
    expect(editor.getJSON().content?.slice(0, 3)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Перший абзац.' }] },
      {
        type: 'figure',
        attrs: { src: 'https://cdn.example.com/kyiv.jpg', alt: 'Київ уночі', caption: '', credit: '' },
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Другий абзац.' }] },
    ]);
  });

  it('an image inside a sentence goes after that paragraph, the sentence stays whole', () => {
    const editor = paste(`<p>Ось фото <img src="https://cdn.example.com/a.jpg" alt="А"> з місця подій.</p>`);
    expect(outline(editor.getJSON()).slice(0, 2)).toEqual([
      { p: 'Ось фото з місця подій.' },
      { figure: { src: 'https://cdn.example.com/a.jpg', alt: 'А', caption: '', credit: '' } },
    ]);
  });

  it('a page’s <figure> keeps its <figcaption> as the figure’s caption', () => {
    const editor = paste(
      '<figure class="wp-block-image"><img src="https://cdn.example.com/rada.jpg" alt="Зала">' +
        '<figcaption>Засідання Верховної Ради, 19 грудня</figcaption></figure><p>Текст.</p>',
    );
    expect(outline(editor.getJSON())).toEqual([
      {
        figure: {
          src: 'https://cdn.example.com/rada.jpg',
          alt: 'Зала',
          caption: 'Засідання Верховної Ради, 19 грудня',
          credit: '',
        },
      },
      { p: 'Текст.' },
    ]);
  });

  it('data:, javascript: and relative image sources are left out entirely', () => {
    const editor = paste(
      `<p>До</p><img src="data:image/png;base64,iVBORw0KGgo="><img src="javascript:alert(1)"><img src="/x.jpg"><p>Після</p>`,
    );
    expect(outline(editor.getJSON())).toEqual([{ p: 'До' }, { p: 'Після' }]);
  });
});
