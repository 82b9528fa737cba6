import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, reparse, roundTrip } from '../../support/block-editor';

const SRC = `media/${'a'.repeat(64)}.jpg`;
const FIGURE = {
  type: 'figure',
  attrs: {
    src: SRC,
    alt: 'Депутати голосують у сесійній залі',
    caption: 'Засідання Ради 19 грудня',
    credit: 'Олена Петренко',
  },
};

afterEach(destroyEditors);

describe('figure node', () => {
  it('keeps its name and attributes through JSON (the file) and back', () => {
    const editor = createEditor({ type: 'doc', content: [FIGURE, { type: 'paragraph' }] });
    expect(editor.getJSON().content?.[0]).toEqual(FIGURE);
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [FIGURE, { type: 'paragraph' }] });
  });

  it('writes <figure><img><figcaption> with «Фото:» and reads it back unchanged', () => {
    const editor = createEditor({ type: 'doc', content: [FIGURE] });
    const html = editor.getHTML();
    expect(html).toContain(`<img src="${SRC}" alt="Депутати голосують у сесійній залі">`);
    expect(html).toContain('<span data-credit="">Фото: Олена Петренко</span>');
    expect(html).toContain('<span data-caption="">Засідання Ради 19 грудня</span>');
    expect(reparse(editor).getJSON().content?.[0]).toEqual(FIGURE);
  });

  it('reads a figure from a web page: its caption, and an https image', () => {
    const editor = createEditor(
      '<figure><img src="https://www.epravda.com.ua/images/photo.jpg" alt="Фото"><figcaption>Підпис з сайту</figcaption></figure>',
    );
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: 'https://www.epravda.com.ua/images/photo.jpg', alt: 'Фото', caption: 'Підпис з сайту', credit: '' },
    });
  });

  it.each([
    'data:image/png;base64,AAAA',
    'file:///C:/Users/olena/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png',
    'javascript:alert(1)',
    'media/../../article.json',
  ])('never makes a figure of an unsafe image (%s)', (src) => {
    const editor = createEditor(`<figure><img src="${src}" alt="x"><figcaption>Текст лишається</figcaption></figure>`);
    const json = JSON.stringify(editor.getJSON());
    expect(json).not.toContain('"figure"');
    expect(json).not.toContain(src);
    expect(editor.getText()).toContain('Текст лишається');
  });

  it('insertFigure puts an image in place of the empty paragraph, with empty fields by default', () => {
    const editor = createEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }, { type: 'paragraph' }],
    });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertFigure({ src: SRC, credit: 'Фото: Reuters' })).toBe(true);
    const blocks = editor.getJSON().content ?? [];
    expect(blocks[0]?.type).toBe('paragraph');
    expect(blocks[1]).toEqual({ type: 'figure', attrs: { src: SRC, alt: '', caption: '', credit: 'Reuters' } });
  });

  it('insertFigure refuses an unsafe src and changes nothing', () => {
    const editor = createEditor('<p>Текст</p>');
    const before = editor.getJSON();
    expect(editor.commands.insertFigure({ src: 'javascript:alert(1)' })).toBe(false);
    expect(editor.commands.insertFigure({ src: 'data:image/png;base64,AAAA' })).toBe(false);
    expect(editor.getJSON()).toEqual(before);
  });

  it('is deleted as one unit from the paragraph after it', () => {
    const editor = createEditor({ type: 'doc', content: [FIGURE, { type: 'paragraph' }] });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.joinBackward();
    editor.commands.deleteSelection();
    expect(JSON.stringify(editor.getJSON())).not.toContain('"figure"');
  });
});
