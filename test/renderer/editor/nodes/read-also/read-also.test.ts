import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, reparse, roundTrip } from '../../support/block-editor';

const KOPIYKA = {
  articleId: 'm3k9x2ac-00000001',
  headline: 'Верховна Рада підтримала законопроєкт про копійку',
  date: '2025-12-19T18:44:00.000Z',
};
const HIIT = { articleId: 'm3k9x2ac-00000002', headline: 'Заняття HIIT очолюють списки трендів', date: null };
const READ_ALSO = { type: 'readAlso', attrs: { articles: [KOPIYKA, HIIT] } };

afterEach(destroyEditors);

describe('readAlso node («Читайте також»)', () => {
  it('round-trips several articles through JSON and through its own HTML', () => {
    const editor = createEditor({ type: 'doc', content: [READ_ALSO, { type: 'paragraph' }] });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [READ_ALSO, { type: 'paragraph' }] });
    const html = editor.getHTML();
    expect(html).toContain('<aside data-type="read-also">');
    expect(html).toContain(`<li data-article-id="${KOPIYKA.articleId}"><time datetime="${KOPIYKA.date}">`);
    expect(reparse(editor).getJSON().content?.[0]).toEqual(READ_ALSO);
  });

  it('reads the first format’s HTML (one article on the aside) as a list of one', () => {
    const editor = createEditor(
      `<aside data-type="read-also" data-article-id="${HIIT.articleId}"><span data-label>Читайте також: </span><span data-headline>${HIIT.headline}</span></aside>`,
    );
    expect(editor.getJSON().content?.[0]).toEqual({ type: 'readAlso', attrs: { articles: [HIIT] } });
  });

  it('insertReadAlso inserts the list; an empty list or an id that is not an article id is refused', () => {
    const editor = createEditor('<p></p>');
    expect(editor.commands.insertReadAlso({ articles: [] })).toBe(false);
    expect(editor.commands.insertReadAlso({ articles: [{ ...HIIT, articleId: '../../etc' }] })).toBe(false);
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
