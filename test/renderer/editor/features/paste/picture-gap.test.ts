import { afterEach, describe, expect, it } from 'vitest';
import { closePictureGap } from '../../../../../renderer/src/editor/features/paste/picture-gap';
import { createEditor, destroyEditors } from '../../support/block-editor';

afterEach(() => destroyEditors());

/**
 * The text of a one-paragraph body after the picture written `#` is taken out of it, as the paste
 * cleaner takes out a marker: the character goes, then the gap it left is closed. Line breaks read `|`.
 */
function withoutPicture(html: string): { text: string; at: number } {
  const editor = createEditor(html);
  let pos = -1;
  editor.state.doc.descendants((node, nodePos) => {
    const offset = node.isText ? (node.text ?? '').indexOf('#') : -1;
    if (offset >= 0) pos = nodePos + offset;
  });
  const tr = editor.state.tr.delete(pos, pos + 1);
  const at = closePictureGap(tr, pos);
  const paragraph = tr.doc.firstChild;
  const text = paragraph?.textBetween(0, paragraph.content.size, undefined, '|') ?? '';
  return { text, at: at - 1 };
}

describe('the gap a picture leaves in the text', () => {
  it.each([
    ['<p>Котик: #</p>', 'Котик:'],
    ['<p># Підпис</p>', 'Підпис'],
    ['<p>до # після</p>', 'до після'],
    ['<p>до&nbsp;#&nbsp;після</p>', 'до\u00a0після'],
    ['<p>Котик: #<br>далі</p>', 'Котик:|далі'],
    ['<p>перше<br> # друге</p>', 'перше|друге'],
  ])('%s closes up to %s', (html, text) => {
    expect(withoutPicture(html).text).toBe(text);
  });

  it.each([
    ['<p>слово# з малюнком</p>', 'слово з малюнком'],
    ['<p>до #після</p>', 'до після'],
    ['<p>двоє&nbsp; #слів</p>', 'двоє\u00a0 слів'],
  ])('%s keeps the spaces that belong to a word: %s', (html, text) => {
    expect(withoutPicture(html).text).toBe(text);
  });

  it('says where the picture was once the spaces are gone', () => {
    expect(withoutPicture('<p>Котик:&nbsp; #</p>').at).toBe('Котик:'.length);
    expect(withoutPicture('<p>до # після</p>').at).toBe('до '.length);
  });
});
