import { describe, expect, it } from 'vitest';
import { newArticle, type Article, type ArticleInput } from '../../../shared/domain/article';
import type { DocNode } from '../../../shared/domain/doc';
import { compareArticles, type BodyEntry } from '../../../shared/versions/compare-articles';

const PARAGRAPHS = [
  'Кабінет міністрів ухвалив зміни до бюджету на 2026 рік, які збільшують видатки на оборону.',
  'За словами міністра фінансів, додаткові 12,5 млрд грн підуть на закупівлю дронів і ремонт техніки.',
  'Опозиція критикує рішення: на її думку, уряд скоротив програми для громад, що постраждали від обстрілів.',
  'Експерти кажуть, що будь-який перерозподіл коштів має пройти обговорення в профільному комітеті.',
  'Нагадаємо, минулого тижня Верховна Рада ухвалила в першому читанні законопроєкт про п’ятирічний план відновлення.',
];

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function article(fields: Partial<ArticleInput> = {}, blocks: DocNode[] = PARAGRAPHS.map(paragraph)): Article {
  return newArticle('m3k9x2ab-budget01', '2025-12-19T18:44:00+02:00', {
    headline: 'Уряд збільшив видатки на оборону',
    lead: 'Зміни до бюджету ухвалено на засіданні Кабміну в п’ятницю.',
    rubric: 'Економіка',
    tags: ['бюджет', 'оборона'],
    authors: [{ name: 'Олена Петренко' }],
    slug: 'uriad-zbilshyv-vydatky',
    body: { type: 'doc', content: [...blocks, { type: 'paragraph' }] },
    ...fields,
  });
}

const kinds = (body: BodyEntry[]) =>
  body.map((entry) => (entry.kind === 'same' ? `same×${entry.blocks.length}` : entry.kind));

describe('compareArticles', () => {
  it('reports nothing for identical articles', () => {
    const result = compareArticles(article(), article());
    expect(result.identical).toBe(true);
    expect(result.headline.changed).toBe(false);
    expect(result.metadata).toEqual([]);
    expect(kinds(result.body)).toEqual(['same×5']);
  });

  it('an inserted paragraph is one addition; the paragraphs after it stay unchanged', () => {
    const inserted = 'Прем’єр-міністр пообіцяв звіт про виконання бюджету щокварталу.';
    const blocks = PARAGRAPHS.map(paragraph);
    blocks.splice(1, 0, paragraph(inserted));
    const result = compareArticles(article(), article({}, blocks));
    expect(kinds(result.body)).toEqual(['same×1', 'added', 'same×4']);
    expect(result.body[1]).toMatchObject({ kind: 'added', block: { text: inserted }, moved: false });
    expect(result.counts).toMatchObject({ changed: 0, added: 1, removed: 0 });
  });

  it('a deleted paragraph is one removal', () => {
    const blocks = PARAGRAPHS.map(paragraph).filter((_, i) => i !== 2);
    const result = compareArticles(article(), article({}, blocks));
    expect(kinds(result.body)).toEqual(['same×2', 'removed', 'same×2']);
    expect(result.counts).toMatchObject({ removed: 1, added: 0, changed: 0 });
  });

  it('a paragraph moved elsewhere is said to be moved, not rewritten', () => {
    const [a, b, c, d, e] = PARAGRAPHS.map(paragraph) as [DocNode, DocNode, DocNode, DocNode, DocNode];
    const result = compareArticles(article(), article({}, [a, c, d, b, e]));
    const moved = result.body.filter((entry) => entry.kind !== 'same');
    expect(moved.map((entry) => [entry.kind, 'moved' in entry && entry.moved])).toEqual([
      ['removed', true],
      ['added', true],
    ]);
    expect(result.counts).toMatchObject({ moved: 1, added: 0, removed: 0, changed: 0 });
  });

  it('a word changed inside a long paragraph is marked alone, with its apostrophe and hyphen', () => {
    const long = `${PARAGRAPHS.join(' ')} Будь-який звіт оприлюднять на сайті.`;
    const edited = long.replace('п’ятирічний', 'десятирічний').replace('Будь-який', 'Кожен');
    const result = compareArticles(article({}, [paragraph(long)]), article({}, [paragraph(edited)]));
    const [entry] = result.body;
    if (entry?.kind !== 'changed') throw new Error(`expected a changed paragraph, got ${entry?.kind}`);
    expect(entry.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'п’ятирічний' },
      { kind: 'added', text: 'десятирічний' },
      { kind: 'removed', text: 'Будь-який' },
      { kind: 'added', text: 'Кожен' },
    ]);
    expect(result.counts.changed).toBe(1);
  });

  it('the headline changed is compared word by word', () => {
    const result = compareArticles(article(), article({ headline: 'Уряд скоротив видатки на оборону' }));
    expect(result.headline.parts).toEqual([
      { kind: 'same', text: 'Уряд ' },
      { kind: 'removed', text: 'збільшив' },
      { kind: 'added', text: 'скоротив' },
      { kind: 'same', text: ' видатки на оборону' },
    ]);
    expect(result.counts.changed).toBe(1);
    expect(result.identical).toBe(false);
  });

  it('tags added and removed, the rubric and publish time changed are listed as fields', () => {
    const result = compareArticles(
      article({ publishAt: '2025-12-19T20:44:00+02:00' }),
      article({ tags: ['оборона', 'дрони', 'Кабмін'], rubric: 'Політика', publishAt: '2025-12-20T08:00:00+02:00' }),
    );
    expect(result.metadata).toEqual([
      { field: 'rubric', kind: 'text', before: 'Економіка', after: 'Політика', parts: expect.any(Array) },
      { field: 'tags', kind: 'list', added: ['дрони', 'Кабмін'], removed: ['бюджет'], reordered: false },
      {
        field: 'publishAt',
        kind: 'time',
        before: '2025-12-19T20:44:00+02:00',
        after: '2025-12-20T08:00:00+02:00',
      },
    ]);
  });

  it('the same publish instant in another offset, and tags in the same order, are no change', () => {
    const result = compareArticles(
      article({ publishAt: '2025-12-19T20:44:00+02:00' }),
      article({ publishAt: '2025-12-19T18:44:00Z' }),
    );
    expect(result.identical).toBe(true);
  });

  it('authors, share texts, related articles and the featured image are each a change of their own', () => {
    const image = { src: 'media/a.jpg', alt: 'Засідання', caption: 'Засідання уряду', credit: 'Кабмін', crops: {} };
    const result = compareArticles(
      article({ featuredImage: image, related: [{ articleId: 'old-one', headline: 'Бюджет-2025' }] }),
      article({
        authors: [{ name: 'Олена Петренко' }, { name: 'Іван Коваль' }],
        featuredImage: { ...image, caption: 'Засідання уряду в п’ятницю' },
        related: [{ articleId: 'new-one', headline: 'Що змінилося в бюджеті' }],
        x: { text: 'Уряд збільшив видатки' },
        telegram: { text: '⚡️ Уряд збільшив видатки на оборону' },
      }),
    );
    expect(result.metadata.map((change) => change.field)).toEqual([
      'authors',
      'featuredImage',
      'related',
      'xText',
      'telegramText',
    ]);
    expect(result.metadata[0]).toMatchObject({ added: ['Іван Коваль'], removed: [] });
    expect(result.metadata[1]).toMatchObject({
      before: true,
      after: true,
      attributes: [{ name: 'caption', after: 'Засідання уряду в п’ятницю' }],
    });
    expect(result.metadata[2]).toMatchObject({ added: ['Що змінилося в бюджеті'], removed: ['Бюджет-2025'] });
  });

  it('a table cell changed is one changed table with the word marked in its row', () => {
    const cell = (text: string): DocNode => ({ type: 'tableCell', content: [paragraph(text)] });
    const table = (kyiv: string): DocNode => ({
      type: 'table',
      attrs: { caption: 'Видатки за областями' },
      content: [
        { type: 'tableRow', content: [cell('Область'), cell('Млрд грн')] },
        { type: 'tableRow', content: [cell('Київська'), cell(kyiv)] },
        { type: 'tableRow', content: [cell('Львівська'), cell('3,1')] },
      ],
    });
    const [first, second] = PARAGRAPHS.map(paragraph) as [DocNode, DocNode];
    const result = compareArticles(
      article({}, [first, table('4,2'), second]),
      article({}, [first, table('4,7'), second]),
    );
    expect(kinds(result.body)).toEqual(['same×1', 'changed', 'same×1']);
    const entry = result.body[1];
    if (entry?.kind !== 'changed') throw new Error('expected a changed table');
    expect(entry.before.kind).toBe('table');
    expect(entry.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '2' },
      { kind: 'added', text: '7' },
    ]);
    expect(entry.after.text).toContain('Київська | 4,7');
  });

  it('an image whose caption changed is the same image with its caption compared', () => {
    const figure = (caption: string): DocNode => ({
      type: 'figure',
      attrs: { src: 'media/abc.jpg', alt: 'Засідання уряду', caption, credit: 'Олена Петренко' },
    });
    const [first, second] = PARAGRAPHS.map(paragraph) as [DocNode, DocNode];
    const result = compareArticles(
      article({}, [first, figure('Міністри на засіданні'), second]),
      article({}, [first, figure('Міністри на засіданні в п’ятницю'), second]),
    );
    const entry = result.body[1];
    if (entry?.kind !== 'changed') throw new Error('expected a changed image');
    expect(entry.before.kind).toBe('image');
    expect(entry.attributes).toEqual([
      {
        name: 'caption',
        before: 'Міністри на засіданні',
        after: 'Міністри на засіданні в п’ятницю',
        parts: [
          { kind: 'same', text: 'Міністри на засіданні' },
          { kind: 'added', text: ' в п’ятницю' },
        ],
      },
    ]);
  });

  it('an edited paragraph next to an inserted one is still paired with its old self', () => {
    const blocks = PARAGRAPHS.map(paragraph);
    blocks[2] = paragraph(PARAGRAPHS[2]?.replace('критикує', 'різко критикує') ?? '');
    blocks.splice(2, 0, paragraph('Зовсім новий абзац про інше.'));
    const result = compareArticles(article(), article({}, blocks));
    expect(kinds(result.body)).toEqual(['same×2', 'added', 'changed', 'same×2']);
  });
});
