import { describe, expect, it } from 'vitest';
import { docFromParagraphs, type DocNode } from '../../../shared/domain/doc';
import { newArticle, type Article } from '../../../shared/domain/article';
import { mergeArticle } from '../../../shared/sync/merge-article';

const CREATED = '2026-03-01T09:00:00.000Z';

function article(fields: Partial<Article> = {}): Article {
  return {
    ...newArticle('budget-2027', CREATED, {
      headline: 'Рада ухвалила бюджет на 2027 рік',
      lead: 'Депутати підтримали документ у другому читанні.',
      body: docFromParagraphs([
        'Верховна Рада ухвалила державний бюджет на 2027 рік.',
        'За документ проголосували 257 народних депутатів.',
        'Нагадаємо, уряд подав проєкт бюджету у вересні.',
      ]),
      tags: ['бюджет', 'Рада'],
      authors: [{ name: 'Олена Петренко' }],
      updatedAt: '2026-03-01T10:00:00.000Z',
    }),
    ...fields,
  };
}

/** The article with its body's paragraphs replaced (texts, in order). */
function withParagraphs(base: Article, paragraphs: string[], fields: Partial<Article> = {}): Article {
  return { ...base, body: docFromParagraphs(paragraphs), ...fields };
}

const paragraphs = (a: Article) => (a.body.content ?? []).map((node) => node.content?.[0]?.text ?? '');
const note = (noteId: string) => ({ type: 'comment', attrs: { noteId } });
const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

describe('mergeArticle: the editor and the journalist', () => {
  const base = article();
  const [first = '', second = '', third = ''] = paragraphs(base);

  it('lands the editor’s headline fix and the journalist’s lead edit together', () => {
    const editor = { ...base, headline: 'Рада ухвалила держбюджет-2027', updatedAt: '2026-03-01T11:00:00.000Z' };
    const journalist = {
      ...base,
      lead: 'Депутати підтримали документ у цілому.',
      updatedAt: '2026-03-01T10:30:00.000Z',
    };
    const { merged, conflicts } = mergeArticle(base, editor, journalist);
    expect(conflicts).toEqual([]);
    expect(merged.headline).toBe('Рада ухвалила держбюджет-2027');
    expect(merged.lead).toBe('Депутати підтримали документ у цілому.');
    expect(merged.updatedAt).toBe('2026-03-01T11:00:00.000Z');
    expect(mergeArticle(base, journalist, editor).merged).toEqual(merged);
  });

  it('keeps both paragraphs inserted at the same place: ours first, then theirs', () => {
    const ours = withParagraphs(base, [first, 'Наш новий абзац про голосування.', second, third]);
    const theirs = withParagraphs(base, [first, 'Їхній абзац про реакцію уряду.', second, third]);
    const forward = mergeArticle(base, ours, theirs);
    expect(forward.conflicts).toEqual([]);
    expect(paragraphs(forward.merged)).toEqual([
      first,
      'Наш новий абзац про голосування.',
      'Їхній абзац про реакцію уряду.',
      second,
      third,
    ]);
    expect(paragraphs(mergeArticle(base, theirs, ours).merged)).toEqual([
      first,
      'Їхній абзац про реакцію уряду.',
      'Наш новий абзац про голосування.',
      second,
      third,
    ]);
  });

  it('inserts one copy of a paragraph both sides inserted alike', () => {
    const both = withParagraphs(base, [first, second, 'Спільний абзац.', third]);
    const ours = withParagraphs(base, [first, second, 'Спільний абзац.', third], { headline: 'Інший заголовок' });
    expect(paragraphs(mergeArticle(base, ours, both).merged)).toEqual([first, second, 'Спільний абзац.', third]);
  });

  it('reports a block one side deleted and the other edited, by its place in the common version; ours decides', () => {
    const deleted = withParagraphs(base, [first, third]);
    const edited = withParagraphs(base, [first, 'За документ проголосували 258 народних депутатів.', third]);
    const oursDeleted = mergeArticle(base, deleted, edited);
    expect(oursDeleted.conflicts).toEqual([{ kind: 'block', index: 1 }]);
    expect(paragraphs(oursDeleted.merged)).toEqual([first, third]);
    const oursEdited = mergeArticle(base, edited, deleted);
    expect(oursEdited.conflicts).toEqual([{ kind: 'block', index: 1 }]);
    expect(paragraphs(oursEdited.merged)).toEqual([first, 'За документ проголосували 258 народних депутатів.', third]);
  });

  it('reports one block edited differently on both sides, and still lands their other edits', () => {
    const ours = withParagraphs(base, ['Верховна Рада нарешті ухвалила державний бюджет на 2027 рік.', second, third]);
    const theirs = withParagraphs(base, [
      'Верховна Рада ухвалила головний кошторис на 2027 рік.',
      second,
      'Новий кінець.',
    ]);
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([{ kind: 'block', index: 0 }]);
    expect(paragraphs(merged)).toEqual([
      'Верховна Рада нарешті ухвалила державний бюджет на 2027 рік.',
      second,
      'Новий кінець.',
    ]);
  });

  it('takes an edit of a block and a deletion of its neighbour from the two sides', () => {
    const ours = withParagraphs(base, [first, 'За документ проголосували 258 народних депутатів.', third]);
    const theirs = withParagraphs(base, [first, second]);
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(paragraphs(merged)).toEqual([first, 'За документ проголосували 258 народних депутатів.']);
  });
});

describe('mergeArticle: note anchors in the body', () => {
  const sentence = 'Верховна Рада ухвалила державний бюджет.';
  const body = (...content: DocNode[]) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content }] });
  const base = article({ body: body(text(sentence)) });

  it('keeps the anchors both sides added to one block, and drops the one a side removed', () => {
    const anchored = article({
      body: body(text('Верховна Рада', [note('note-old001')]), text(' ухвалила державний бюджет.')),
    });
    const ours = article({ body: body(text('Верховна Рада ухвалила державний бюджет.')) }); // resolved and removed
    const theirs = article({
      body: body(
        text('Верховна Рада', [note('note-old001')]),
        text(' ухвалила '),
        text('державний бюджет', [note('note-new002')]),
        text('.'),
      ),
    });
    const { merged, conflicts } = mergeArticle(anchored, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.body).toEqual(
      body(text('Верховна Рада ухвалила '), text('державний бюджет', [note('note-new002')]), text('.')),
    );
  });

  it('takes a text edit over the other side’s new anchor in that block, without a conflict', () => {
    const noted = article({
      body: body(text('Верховна Рада', [note('note-aaa001')]), text(' ухвалила державний бюджет.')),
    });
    const edited = article({ body: body(text('Верховна Рада ухвалила державний бюджет на 2027 рік.')) });
    const { merged, conflicts } = mergeArticle(base, noted, edited);
    expect(conflicts).toEqual([]);
    expect(merged.body).toEqual(edited.body);
  });

  it('merges the anchors of a block both sides edited to the same text', () => {
    const ours = article({ body: body(text('Рада', [note('note-aaa001')]), text(' ухвалила бюджет.')) });
    const theirs = article({ body: body(text('Рада ухвалила '), text('бюджет', [note('note-bbb002')]), text('.')) });
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.body).toEqual(
      body(text('Рада', [note('note-aaa001')]), text(' ухвалила '), text('бюджет', [note('note-bbb002')]), text('.')),
    );
  });
});

describe('mergeArticle: metadata', () => {
  const base = article({
    featuredImage: {
      src: `media/${'a'.repeat(64)}.jpg`,
      alt: 'Сесійна зала',
      caption: 'Голосування',
      credit: 'Олена Петренко',
      crops: { wide: { x: 0, y: 0, width: 1, height: 0.5 } },
    },
    remoteIds: { wordpress: '101' },
    related: [{ articleId: 'budget-2026', headline: 'Бюджет-2026', teaser: '' }],
  });

  it('merges tags as a set: additions and removals of both sides', () => {
    const ours = { ...base, tags: ['бюджет', 'Рада', 'економіка'] };
    const theirs = { ...base, tags: ['Рада', 'фінанси'] };
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.tags).toEqual(['Рада', 'економіка', 'фінанси']);
  });

  it('merges authors by name: added on one side, changed on the other', () => {
    const ours = { ...base, authors: [{ name: 'Олена Петренко', url: 'https://example.com/olena' }] };
    const theirs = { ...base, authors: [{ name: 'Олена Петренко' }, { name: 'Іван Коваль' }] };
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.authors).toEqual([
      { name: 'Олена Петренко', url: 'https://example.com/olena' },
      { name: 'Іван Коваль' },
    ]);
  });

  it('reports an author one side removed and the other changed; ours decides', () => {
    const ours = { ...base, authors: [] };
    const theirs = { ...base, authors: [{ name: 'Олена Петренко', url: 'https://example.com/olena' }] };
    expect(mergeArticle(base, ours, theirs)).toMatchObject({
      merged: { authors: [] },
      conflicts: [{ kind: 'field', field: 'authors' }],
    });
  });

  it('merges nested objects by their fields, crops by shape, remote ids by key', () => {
    const image = base.featuredImage!;
    const ours: Article = {
      ...base,
      seo: { ...base.seo, title: 'SEO заголовок' },
      featuredImage: { ...image, alt: 'Депутати в сесійній залі' },
      remoteIds: { wordpress: '101', telegram: '55' },
    };
    const theirs: Article = {
      ...base,
      seo: { ...base.seo, description: 'Опис для пошуку' },
      featuredImage: { ...image, crops: { ...image.crops, square: { x: 0.2, y: 0, width: 0.5, height: 1 } } },
      remoteIds: { wordpress: '102' },
    };
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.seo).toEqual({ title: 'SEO заголовок', description: 'Опис для пошуку' });
    expect(merged.featuredImage).toEqual({
      ...image,
      alt: 'Депутати в сесійній залі',
      crops: { wide: image.crops.wide, square: { x: 0.2, y: 0, width: 0.5, height: 1 } },
    });
    expect(merged.remoteIds).toEqual({ wordpress: '102', telegram: '55' });
  });

  it('names the field both sides changed differently, and keeps ours', () => {
    const ours = { ...base, share: { ...base.share, title: 'Наш' }, featuredImage: null };
    const theirs = {
      ...base,
      share: { ...base.share, title: 'Їхній' },
      featuredImage: { ...base.featuredImage!, alt: 'Інше' },
    };
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([
      { kind: 'field', field: 'featuredImage' },
      { kind: 'field', field: 'share.title' },
    ]);
    expect(merged.share.title).toBe('Наш');
    expect(merged.featuredImage).toBeNull();
  });

  it('takes the status of the side saved later, and the later updatedAt, never as a conflict', () => {
    const ours = { ...base, status: 'submitted' as const, updatedAt: '2026-03-01T12:00:00+02:00' };
    const theirs = { ...base, status: 'returned' as const, updatedAt: '2026-03-01T10:30:00.000Z' };
    // 12:00 in Kyiv is 10:00 UTC: theirs is the later one although its text sorts lower.
    expect(mergeArticle(base, ours, theirs)).toMatchObject({
      merged: { status: 'returned', updatedAt: '2026-03-01T10:30:00.000Z' },
      conflicts: [],
    });
  });

  it('keeps ours for a list whose merge would pass the schema’s limit', () => {
    const many = (prefix: string) => Array.from({ length: 60 }, (_, k) => `${prefix}${k}`);
    const ours = { ...base, tags: [...base.tags, ...many('наш')] };
    const theirs = { ...base, tags: [...base.tags, ...many('їхній')] };
    const { merged, conflicts } = mergeArticle(base, ours, theirs);
    expect(conflicts).toEqual([{ kind: 'field', field: 'tags' }]);
    expect(merged.tags).toEqual(ours.tags);
  });
});

describe('mergeArticle without a common version (both created the file)', () => {
  const ours = article();

  it('merges what both wrote alike and reports each field they wrote differently', () => {
    const theirs = { ...ours, headline: 'Інший заголовок', tags: ['бюджет', 'економіка'] };
    const { merged, conflicts } = mergeArticle(null, ours, theirs);
    expect(conflicts).toEqual([{ kind: 'field', field: 'headline' }]);
    expect(merged.headline).toBe(ours.headline);
    expect(merged.tags).toEqual(['бюджет', 'Рада', 'економіка']);
    expect(merged.body).toEqual(ours.body);
  });

  it('reports the body as one field when the two bodies differ at all', () => {
    const theirs = withParagraphs(ours, ['Зовсім інший текст.']);
    expect(mergeArticle(null, ours, theirs)).toMatchObject({
      merged: { body: ours.body },
      conflicts: [{ kind: 'field', field: 'body' }],
    });
  });
});
