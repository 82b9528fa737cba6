import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, reparse, roundTrip } from '../../support/block-editor';

const READ_ALSO = {
  type: 'readAlso',
  attrs: { articleId: 'm3k9x2ac-00000001', headline: 'Верховна Рада підтримала законопроєкт про копійку' },
};

afterEach(destroyEditors);

describe('readAlso node («Читайте також»)', () => {
  it('round-trips through JSON and through its own HTML', () => {
    const editor = createEditor({ type: 'doc', content: [READ_ALSO, READ_ALSO, { type: 'paragraph' }] });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [READ_ALSO, READ_ALSO, { type: 'paragraph' }] });
    const html = editor.getHTML();
    expect(html).toContain('<aside data-type="read-also" data-article-id="m3k9x2ac-00000001">');
    expect(html).toContain('Читайте також: ');
    expect(reparse(editor).getJSON().content?.slice(0, 2)).toEqual([READ_ALSO, READ_ALSO]);
  });

  it('insertReadAlso inserts the link; an id that is not an article id is refused', () => {
    const editor = createEditor('<p></p>');
    expect(editor.commands.insertReadAlso({ articleId: '../../etc', headline: 'x' })).toBe(false);
    expect(editor.commands.insertReadAlso(READ_ALSO.attrs)).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual(READ_ALSO);
  });

  it('an aside without a valid article id is read as text', () => {
    const editor = createEditor(
      '<aside data-type="read-also" data-article-id="<bad>"><span data-headline>Заголовок</span></aside>',
    );
    expect(JSON.stringify(editor.getJSON())).not.toContain('"readAlso"');
    expect(editor.getText()).toContain('Заголовок');
  });
});
