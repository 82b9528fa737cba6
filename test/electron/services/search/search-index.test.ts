import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../../electron/services/search/search-index';
import type { LibraryItem } from '../../../../electron/services/search/types';
import { article, entry, ids, useIndexes } from './search-fixtures';

const { open, reopen } = useIndexes();

/** An index holding `items`, newest change last in the list given. */
async function indexOf(...items: ReturnType<typeof article>[]): Promise<SearchIndex> {
  const { index } = await open();
  index.upsertMany(items.map((item) => entry(item)));
  return index;
}

const found = (index: SearchIndex, text: string) => ids(index.list({ text }));

/** The words a snippet marks, as written in it. */
function marked(item: LibraryItem | undefined): string[] {
  const snippet = item?.snippet;
  if (!snippet) return [];
  return snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
}

describe('SearchIndex: inflected forms find each other', () => {
  const vectors: [string, string[]][] = [
    ['Питання безпеки залишається головним.', ['безпека', 'безпеки', 'безпеку', 'безпекою', 'Безпека']],
    ['Партнери надали гарантії.', ['гарантія', 'гарантій', 'гарантіями', 'гарантіях', 'гарантії']],
    ['Делегації домовилися на переговорах.', ['переговори', 'переговорах', 'переговорів']],
    ['Парламент підтримав Україну.', ['Україна', 'України', 'Україні', 'Україною']],
  ];

  for (const [body, queries] of vectors) {
    it(`«${body}» is found by ${queries.join(', ')}`, async () => {
      const index = await indexOf(article('target', { headline: 'Новина', body: [body] }), article('other'));
      for (const query of queries) {
        // A trailing space ends the word: the whole word is searched, not a prefix.
        expect(found(index, `${query} `), query).toEqual(['target']);
        expect(found(index, query), query).toEqual(['target']);
      }
    });
  }

  it('every word must occur (AND)', async () => {
    const index = await indexOf(
      article('both', { body: ['Гарантії безпеки обговорили на переговорах.'] }),
      article('one', { body: ['Гарантії надали швидко.'] }),
    );
    expect(found(index, 'гарантій безпеку')).toEqual(['both']);
    expect(found(index, 'гарантіями').sort()).toEqual(['both', 'one']);
    expect(found(index, 'гарантії енергетика')).toEqual([]);
  });

  it('the three apostrophes and letter case are one', async () => {
    const index = await indexOf(article('five', { body: ['Уряд виділив П’ЯТЬ мільйонів.'] }), article('other'));
    for (const query of ["п'ять", 'п’ять', 'пʼять', 'ПʼЯТЬ', 'п’я\u0301ть'])
      expect(found(index, query), query).toEqual(['five']);
  });

  it('each part of a hyphenated word finds it', async () => {
    const index = await indexOf(article('se', { body: ['У південно-східних районах відновили світло.'] }));
    expect(found(index, 'східний')).toEqual(['se']);
    expect(found(index, 'південно-східні')).toEqual(['se']);
  });

  it('searches the headline, lead, body and tags', async () => {
    const index = await indexOf(
      article('h', { headline: 'Тарифи зросли' }),
      article('l', { lead: 'Нові тарифи набули чинності.' }),
      article('b', { body: ['Про тарифи говорили довго.'] }),
      article('t', { tags: ['тарифи'] }),
      article('none', { headline: 'Інше', body: ['Зовсім про інше.'] }),
    );
    expect(found(index, 'тариф').sort()).toEqual(['b', 'h', 'l', 't']);
  });
});

describe('SearchIndex: authors and rubrics', () => {
  const byline = [{ name: 'Ольга О’Браєн' }, { name: 'Петро Коваленко' }];

  it('an author is found by any form of the name, with case and apostrophes folded', async () => {
    const index = await indexOf(
      article('by', { headline: 'Новина', authors: byline, body: ['Уряд ухвалив рішення.'] }),
      article('other', { headline: 'Інше', authors: [{ name: 'Ірина Шевчук' }] }),
    );
    for (const query of ['Коваленко', 'коваленка ', 'КОВАЛЕНКОМ', 'ковал', "о'браєн", 'ОʼБРАЄНА', 'о’браєном петро'])
      expect(found(index, query), query).toEqual(['by']);
    expect(found(index, 'шевчука')).toEqual(['other']);
  });

  it('a rubric is found by any form of its name', async () => {
    const index = await indexOf(
      article('econ', { rubric: 'Економіка', body: ['Кредит надано.'] }),
      article('pol', { rubric: 'Політика', body: ['Парламент засідав.'] }),
    );
    expect(found(index, 'економіки')).toEqual(['econ']);
    expect(found(index, 'Політика ')).toEqual(['pol']);
  });

  it('a new byline replaces the old one in the index', async () => {
    const index = await indexOf(article('a', { authors: [{ name: 'Петро Коваленко' }] }));
    index.upsert(entry(article('a', { authors: [{ name: 'Ірина Шевчук' }], updatedAt: '2025-01-02T10:00:00.000Z' })));
    expect(found(index, 'коваленко')).toEqual([]);
    expect(found(index, 'шевчук')).toEqual(['a']);
  });

  it('when only the byline matched, the snippet is the byline with the name marked', async () => {
    const index = await indexOf(article('a', { authors: byline, body: ['Уряд ухвалив рішення.'] }));
    const item = index.list({ text: 'коваленка' }).items[0];
    expect(item?.snippet).toMatchObject({ text: 'Ольга О’Браєн, Петро Коваленко', source: 'authors' });
    expect(marked(item)).toEqual(['Коваленко']);
    expect(marked(index.list({ text: "о'браєн" }).items[0])).toEqual(['О’Браєн']);
  });

  it('when only the rubric matched, the snippet is the rubric, marked', async () => {
    const index = await indexOf(article('a', { rubric: 'Економіка', body: ['Кредит надано.'] }));
    const item = index.list({ text: 'економіки' }).items[0];
    expect(item?.snippet).toEqual({ text: 'Економіка', highlights: [[0, 9]], source: 'rubric' });
  });

  it('a match in the text still makes the snippet, even when the author matches too', async () => {
    const index = await indexOf(
      article('a', { authors: [{ name: 'Петро Коваленко' }], body: ['Коментар дав Петро Коваленко.'] }),
    );
    const item = index.list({ text: 'коваленко' }).items[0];
    expect(item?.snippet).toEqual({ text: 'Коментар дав Петро Коваленко.', highlights: [[19, 28]] });
  });
});

describe('SearchIndex: prefix search while typing', () => {
  it('the last word is a prefix until a space or punctuation follows it', async () => {
    const index = await indexOf(
      article('safety', { body: ['Гарантії безпеки.'] }),
      article('bez', { body: ['Без світла.'] }),
    );
    expect(found(index, 'безп')).toEqual(['safety']);
    expect(found(index, 'гарантії безп')).toEqual(['safety']);
    expect(found(index, 'без').sort()).toEqual(['bez', 'safety']);
    expect(found(index, 'без ')).toEqual(['bez']);
    expect(found(index, 'без,')).toEqual(['bez']);
    expect(found(index, 'безп ')).toEqual([]);
  });

  it('every prefix of a word, typed letter by letter from the second, keeps finding it', async () => {
    const index = await indexOf(article('target', { body: ['Делегації працювали на переговорах.'] }), article('other'));
    const word = 'переговорах';
    for (let length = 2; length <= word.length; length += 1) {
      expect(found(index, word.slice(0, length)), word.slice(0, length)).toEqual(['target']);
    }
  });

  it('a lone first letter is not searched yet: the list stays as it was', async () => {
    const index = await indexOf(article('a'), article('b'));
    expect(index.list({ text: 'б' }).total).toBe(2);
    expect(index.list({ text: '  ' }).total).toBe(2);
  });

  it('an apostrophe or hyphen being typed keeps the word a prefix', async () => {
    const index = await indexOf(article('five', { body: ['П’ятеро депутатів.'] }), article('other'));
    expect(index.list({ text: "п'" }).total).toBe(2);
    expect(found(index, "п'я")).toEqual(['five']);
    expect(found(index, 'депутат-')).toEqual(['five']);
  });
});

describe('SearchIndex: query text is never FTS5 syntax', () => {
  const hostile = [
    '"',
    '""',
    '"безпека',
    'безпека"',
    '*',
    'безп*',
    '* безпека',
    ':',
    'body:безпека',
    'headline : безпека',
    '-безпека',
    '- безпека',
    'NOT безпека',
    'безпека NOT',
    'безпека AND',
    'AND',
    'OR',
    'безпека OR гарантії',
    'NEAR(безпека гарантії)',
    'NEAR',
    '^безпека',
    '(безпека',
    ')',
    '{headline body}: безпека',
    '+',
    '15,5',
    "''",
    '\\',
    '\u0000',
    '«»',
    '😀 безпека',
  ];

  it.each(hostile)('%j does not throw', async (text) => {
    const index = await indexOf(article('a', { body: ['Гарантії безпеки: 15,5 відсотка. And or not near.'] }));
    expect(() => index.list({ text })).not.toThrow();
    expect(() => index.list({ text, status: ['draft'], sort: 'relevance', tag: '"', rubric: "'" })).not.toThrow();
  });

  it('operators are searched as words', async () => {
    const index = await indexOf(
      article('words', { body: ['Gates AND doors, NEAR the river, NOT far.'] }),
      article('other', { body: ['Безпека.'] }),
    );
    expect(found(index, 'AND')).toEqual(['words']);
    expect(found(index, 'near')).toEqual(['words']);
    expect(found(index, 'безпека OR')).toEqual([]);
    expect(found(index, 'body:безпека')).toEqual([]);
    expect(found(index, '-безпека')).toEqual(['other']);
    expect(found(index, '"безпека"')).toEqual(['other']);
  });

  it('a decimal number is one word', async () => {
    const index = await indexOf(
      article('rate', { body: ['Ставку підвищили до 15,5%.'] }),
      article('other', { body: ['15 і 5'] }),
    );
    expect(found(index, '15,5 ')).toEqual(['rate']);
  });
});

describe('SearchIndex: filters', () => {
  const library = () =>
    indexOf(
      article('d1', {
        status: 'draft',
        rubric: 'Політика',
        tags: ['вибори', 'Київ'],
        authors: [{ name: 'Олена Коваль' }],
        updatedAt: '2025-03-01T09:00:00.000Z',
        body: ['Бюджет міста.'],
      }),
      article('p1', {
        status: 'published',
        rubric: 'Економіка',
        tags: ['бюджет'],
        authors: [{ name: 'Олена Коваль' }, { name: 'Андрій Мельник' }],
        updatedAt: '2025-03-10T09:00:00.000Z',
        publishAt: '2025-03-02T08:00:00.000Z',
        body: ['Бюджет області.'],
      }),
      article('p2', {
        status: 'published',
        rubric: 'Економіка',
        tags: ['Київ'],
        authors: [{ name: 'Андрій Мельник' }],
        updatedAt: '2025-03-05T09:00:00.000Z',
        publishAt: '2025-03-04T22:30:00.000Z',
        body: ['Тарифи.'],
      }),
      article('s1', {
        status: 'scheduled',
        rubric: 'Політика',
        updatedAt: '2025-03-07T09:00:00.000Z',
        publishAt: '2025-04-01T06:00:00.000Z',
        body: ['Бюджет країни.'],
      }),
    );

  it('by status, one or several; an empty list is no filter', async () => {
    const index = await library();
    expect(ids(index.list({ status: ['draft'] }))).toEqual(['d1']);
    expect(ids(index.list({ status: ['published', 'scheduled'] }))).toEqual(['p1', 's1', 'p2']);
    expect(index.list({ status: [] }).total).toBe(4);
  });

  it('by rubric, tag and author, exactly', async () => {
    const index = await library();
    expect(ids(index.list({ rubric: 'Економіка' }))).toEqual(['p1', 'p2']);
    expect(ids(index.list({ tag: 'Київ' }))).toEqual(['p2', 'd1']);
    expect(ids(index.list({ tag: 'київ' }))).toEqual([]);
    expect(ids(index.list({ author: 'Олена Коваль' }))).toEqual(['p1', 'd1']);
    expect(ids(index.list({ author: 'Андрій Мельник', tag: 'бюджет' }))).toEqual(['p1']);
    expect(ids(index.list({ rubric: 'Спорт' }))).toEqual([]);
  });

  it('by a range of the last change, whole Kyiv days, both ends included', async () => {
    const index = await library();
    expect(ids(index.list({ from: '2025-03-05', to: '2025-03-07' }))).toEqual(['s1', 'p2']);
    expect(ids(index.list({ from: '2025-03-07' }))).toEqual(['p1', 's1']);
    expect(ids(index.list({ to: '2025-03-01' }))).toEqual(['d1']);
  });

  it('by a range of the publish date when sorting by it; unpublished articles drop out', async () => {
    const index = await library();
    // 2025-03-04T22:30Z is already 5 March in Kyiv (UTC+2 until the end of March).
    expect(ids(index.list({ sort: 'published', from: '2025-03-05', to: '2025-03-05' }))).toEqual(['p2']);
    expect(ids(index.list({ sort: 'published', from: '2025-03-01', to: '2025-03-31' }))).toEqual(['p2', 'p1']);
  });

  it('filters combine with text', async () => {
    const index = await library();
    expect(ids(index.list({ text: 'бюджету', sort: 'updated' }))).toEqual(['p1', 's1', 'd1']);
    expect(ids(index.list({ text: 'бюджету', status: ['published'] }))).toEqual(['p1']);
    expect(ids(index.list({ text: 'бюджет', rubric: 'Політика', sort: 'updated' }))).toEqual(['s1', 'd1']);
    expect(index.list({ text: 'бюджет', rubric: 'Політика' }).total).toBe(2);
  });

  it('a date that is not a date is refused, not misread', async () => {
    const index = await library();
    expect(() => index.list({ from: 'вчора' })).toThrow(RangeError);
  });
});

describe('SearchIndex: sort, pages, total', () => {
  it('by last change, newest first, by default', async () => {
    const index = await indexOf(
      article('old', { updatedAt: '2025-01-01T00:00:00.000Z' }),
      article('new', { updatedAt: '2025-06-01T00:00:00.000Z' }),
      article('mid', { updatedAt: '2025-03-01T00:00:00.000Z' }),
    );
    expect(ids(index.list())).toEqual(['new', 'mid', 'old']);
  });

  it('by publish date, newest first, unpublished last', async () => {
    const index = await indexOf(
      article('never', { updatedAt: '2025-09-01T00:00:00.000Z' }),
      article('early', { publishAt: '2025-01-01T00:00:00.000Z' }),
      article('late', { publishAt: '2025-05-01T00:00:00.000Z' }),
    );
    expect(ids(index.list({ sort: 'published' }))).toEqual(['late', 'early', 'never']);
  });

  it('by relevance when there is text: a headline match comes before a body match', async () => {
    const index = await indexOf(
      article('body', {
        headline: 'Новини дня',
        body: ['Тарифи на світло переглянуть.'],
        updatedAt: '2025-06-01T00:00:00.000Z',
      }),
      article('headline', { headline: 'Тарифи на світло', updatedAt: '2025-01-01T00:00:00.000Z' }),
      // bm25 needs the word to be rarer than in half the library to weigh anything.
      ...['x1', 'x2', 'x3', 'x4'].map((id) => article(id, { body: ['Інша новина.'] })),
    );
    expect(found(index, 'тарифи')).toEqual(['headline', 'body']);
    expect(ids(index.list({ text: 'тарифи', sort: 'updated' }))).toEqual(['body', 'headline']);
  });

  it('a query of only a word’s first two or three letters lists matches newest first', async () => {
    const index = await indexOf(
      article('old', { headline: 'Тарифи, тарифи, тарифи', updatedAt: '2025-01-01T00:00:00.000Z' }),
      article('new', { body: ['Про тарифи.'], updatedAt: '2025-06-01T00:00:00.000Z' }),
      ...['x1', 'x2', 'x3', 'x4'].map((id) => article(id, { body: ['Інша новина.'] })),
    );
    expect(found(index, 'тар')).toEqual(['new', 'old']);
    expect(found(index, 'тариф')).toEqual(['old', 'new']);
  });

  it('limit and offset page through; total counts all matches', async () => {
    const items = Array.from({ length: 7 }, (_, i) =>
      article(`a${i}`, { updatedAt: `2025-01-0${i + 1}T00:00:00.000Z`, body: ['Бюджет.'] }),
    );
    const index = await indexOf(...items);
    expect(index.list({ limit: 3 })).toMatchObject({ total: 7 });
    expect(ids(index.list({ limit: 3 }))).toEqual(['a6', 'a5', 'a4']);
    expect(ids(index.list({ limit: 3, offset: 3 }))).toEqual(['a3', 'a2', 'a1']);
    expect(ids(index.list({ limit: 3, offset: 6 }))).toEqual(['a0']);
    expect(index.list({ text: 'бюджет', limit: 2, offset: 100 })).toEqual({ total: 7, items: [] });
  });

  it('items carry what the list shows', async () => {
    const index = await indexOf(
      article('x', {
        headline: 'Заголовок',
        status: 'published',
        rubric: 'Економіка',
        tags: ['бюджет', 'бюджет', 'Київ'],
        authors: [{ name: 'Олена Коваль', url: 'https://example.com' }],
        updatedAt: '2025-03-10T09:00:00.000Z',
        publishAt: '2025-03-02T08:00:00.000+02:00',
      }),
    );
    expect(index.list().items).toEqual([
      {
        id: 'x',
        headline: 'Заголовок',
        status: 'published',
        rubric: 'Економіка',
        updatedAt: '2025-03-10T09:00:00.000Z',
        publishAt: '2025-03-02T08:00:00.000+02:00',
        tags: ['бюджет', 'Київ'],
        authors: ['Олена Коваль'],
        snippet: null,
      },
    ]);
  });
});

describe('SearchIndex: snippets', () => {
  const long = Array.from({ length: 80 }, (_, i) => `слово${i}`);

  it('marks every word whose stem answers the query, as [start, end) in the snippet', async () => {
    const index = await indexOf(
      article('a', { body: ['Гарантії безпеки обговорили. Безпека понад усе, а безпечний режим — окремо.'] }),
    );
    const item = index.list({ text: 'безпеку ' }).items[0];
    expect(item?.snippet?.text).toBe('Гарантії безпеки обговорили. Безпека понад усе, а безпечний режим — окремо.');
    expect(marked(item)).toEqual(['безпеки', 'Безпека']);
    expect(marked(index.list({ text: 'гарантія безп' }).items[0])).toEqual([
      'Гарантії',
      'безпеки',
      'Безпека',
      'безпечний',
    ]);
  });

  it('a window of about 30 words around the first match, cut at words, «…» where cut', async () => {
    const words = [...long.slice(0, 40), 'переговорах,', ...long.slice(40)];
    const index = await indexOf(article('a', { body: [words.join(' ')] }));
    const snippet = index.list({ text: 'переговори' }).items[0]?.snippet;
    expect(snippet?.text.startsWith('…слово32 ')).toBe(true);
    expect(snippet?.text.endsWith(' слово60…')).toBe(true);
    expect(snippet?.text.split(' ')).toHaveLength(30);
    expect(marked(index.list({ text: 'переговори' }).items[0])).toEqual(['переговорах']);
  });

  it('at the start and the end of the text there is no «…»', async () => {
    const index = await indexOf(
      article('start', { body: [`Переговори тривали. ${long.slice(0, 10).join(' ')}`] }),
      article('end', { body: [`${long.slice(0, 60).join(' ')} Переговори завершено.`] }),
    );
    const byId = Object.fromEntries(index.list({ text: 'переговори' }).items.map((item) => [item.id, item]));
    expect(byId.start?.snippet?.text).toBe(`Переговори тривали. ${long.slice(0, 10).join(' ')}`);
    expect(byId.end?.snippet?.text).toBe(`…${long.slice(32, 60).join(' ')} Переговори завершено.`);
    expect(marked(byId.end)).toEqual(['Переговори']);
  });

  it('the lead comes before the body; paragraphs join into one line', async () => {
    const index = await indexOf(
      article('a', { lead: 'Коротко про тарифи.', body: ['Перший абзац.', 'Другий\nрядок про тарифи.'] }),
    );
    const item = index.list({ text: 'тарифи' }).items[0];
    expect(item?.snippet?.text).toBe('Коротко про тарифи. Перший абзац. Другий рядок про тарифи.');
    expect(marked(item)).toEqual(['тарифи', 'тарифи']);
  });

  it('when only the headline or a tag matched, the snippet is the opening with nothing marked', async () => {
    const index = await indexOf(
      article('a', { headline: 'Тарифи', tags: ['енергетика'], body: ['Уряд ухвалив рішення.'] }),
    );
    expect(index.list({ text: 'тарифи' }).items[0]?.snippet).toEqual({ text: 'Уряд ухвалив рішення.', highlights: [] });
    expect(index.list({ text: 'енергетика' }).items[0]?.snippet).toEqual({
      text: 'Уряд ухвалив рішення.',
      highlights: [],
    });
  });

  it('quotes and punctuation stay with their word; apostrophes are matched in any form', async () => {
    const index = await indexOf(article('a', { body: ['Він сказав: «П’ять років». (п’ять)'] }));
    const item = index.list({ text: "п'ять" }).items[0];
    expect(item?.snippet?.text).toBe('Він сказав: «П’ять років». (п’ять)');
    expect(marked(item)).toEqual(['П’ять', 'п’ять']);
  });
});

describe('SearchIndex: writes', () => {
  it('upsert replaces what the index had for the id', async () => {
    const index = await indexOf(article('a', { headline: 'Тарифи', tags: ['енергетика'], rubric: 'Економіка' }));
    index.upsert(entry(article('a', { headline: 'Бюджет', tags: ['фінанси'], rubric: 'Політика' })));
    expect(index.count()).toBe(1);
    expect(found(index, 'тарифи')).toEqual([]);
    expect(found(index, 'бюджету')).toEqual(['a']);
    expect(index.facets()).toEqual({
      rubrics: [{ name: 'Політика', count: 1 }],
      tags: [{ name: 'фінанси', count: 1 }],
      authors: [],
    });
    expect(index.list().items[0]).toMatchObject({ headline: 'Бюджет', rubric: 'Політика', tags: ['фінанси'] });
  });

  it('remove removes, and says whether there was anything', async () => {
    const index = await indexOf(
      article('a', { headline: 'Тарифи', tags: ['т'] }),
      article('b', { headline: 'Тарифи' }),
    );
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(found(index, 'тарифи')).toEqual(['b']);
    expect(index.count()).toBe(1);
    expect([...index.known().keys()]).toEqual(['b']);
    expect(index.facets().tags).toEqual([]);
  });

  it('upsertMany writes all in one go and says how many', async () => {
    const { index } = await open();
    const items = Array.from({ length: 50 }, (_, i) => entry(article(`a${i}`, { body: ['Бюджет.'] })));
    expect(index.upsertMany(items)).toBe(50);
    expect(index.count()).toBe(50);
    expect(index.list({ text: 'бюджет' }).total).toBe(50);
  });

  it('known() returns hash, mtime and size per id, also after reopening', async () => {
    const { index, file } = await open();
    index.upsert({ article: article('a'), hash: 'h1', mtimeMs: 1734633840123.5, size: 4321 });
    index.upsert({ article: article('b'), hash: 'h2', mtimeMs: 2, size: 5 });
    index.upsert({ article: article('a'), hash: 'h3', mtimeMs: 3, size: 6 });
    const expected = new Map([
      ['a', { hash: 'h3', mtimeMs: 3, size: 6 }],
      ['b', { hash: 'h2', mtimeMs: 2, size: 5 }],
    ]);
    expect(index.known()).toEqual(expected);
    index.close();
    const again = reopen(file);
    expect(again.openStatus).toBe('existing');
    expect(again.known()).toEqual(expected);
  });
});

describe('SearchIndex: facets', () => {
  it('rubrics, tags and authors in use, most used first, then alphabetically (Ukrainian order)', async () => {
    const index = await indexOf(
      article('a', { rubric: 'Економіка', tags: ['бюджет', 'Київ'], authors: [{ name: 'Олена Коваль' }] }),
      article('b', {
        rubric: 'Економіка',
        tags: ['Київ'],
        authors: [{ name: 'Андрій Мельник' }, { name: 'Олена Коваль' }],
      }),
      article('c', { rubric: 'Політика', tags: ['їжа', 'ґанок', 'вибори'] }),
      article('d', { rubric: '' }),
    );
    expect(index.facets()).toEqual({
      rubrics: [
        { name: 'Економіка', count: 2 },
        { name: 'Політика', count: 1 },
      ],
      tags: [
        { name: 'Київ', count: 2 },
        { name: 'бюджет', count: 1 },
        { name: 'вибори', count: 1 },
        { name: 'ґанок', count: 1 },
        { name: 'їжа', count: 1 },
      ],
      authors: [
        { name: 'Олена Коваль', count: 2 },
        { name: 'Андрій Мельник', count: 1 },
      ],
    });
    expect(index.count()).toBe(4);
  });
});

describe('SearchIndex: the workflow views’ counts', () => {
  it('counts articles by status, all and those the author wrote, and tells one article’s status', async () => {
    const index = await indexOf(
      article('a', { status: 'draft', authors: [{ name: 'Олена Петренко' }] }),
      article('b', { status: 'draft', authors: [{ name: 'Іван Марчук' }] }),
      article('c', { status: 'submitted', authors: [{ name: 'Олена Петренко' }, { name: 'Іван Марчук' }] }),
      article('d', { status: 'published' }),
    );
    expect(index.statusCounts('Олена Петренко')).toEqual({
      all: { draft: 2, submitted: 1, published: 1 },
      mine: { draft: 1, submitted: 1 },
    });
    expect(index.statusCounts('').mine).toEqual({});
    expect(index.statusOf('c')).toBe('submitted');
    expect(index.statusOf('nobody')).toBeNull();
  });
});
