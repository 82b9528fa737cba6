import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../../electron/services/search/search-index';
import { article, entry, useIndexes } from './search-fixtures';

const { open, reopen } = useIndexes();

async function indexOf(...items: ReturnType<typeof article>[]): Promise<SearchIndex> {
  const { index } = await open();
  index.upsertMany(items.map((item) => entry(item)));
  return index;
}

const suggested = (index: SearchIndex, id: string, exclude?: string[]) =>
  index.related({ id, ...(exclude ? { exclude } : {}) }).map((suggestion) => suggestion.id);

/** Unrelated articles of ordinary news, so that tags and words have a library to be rare in. */
const filler = Array.from({ length: 12 }, (_, i) =>
  article(`filler-${i}`, {
    headline: `Новина дня номер ${i}`,
    tags: [i % 2 === 0 ? 'суспільство' : 'регіони'],
    body: ['Міська рада зібралася на чергове засідання і розглянула поточні питання.'],
  }),
);

describe('SearchIndex.related: shared tags, weighted by rarity', () => {
  it('ranks an article sharing a rare tag above one sharing only a common tag', async () => {
    const index = await indexOf(
      ...filler,
      article('self', { headline: 'Нацбанк знизив облікову ставку', tags: ['НБУ', 'суспільство'] }),
      article('rare', { headline: 'Гривня після рішення регулятора', tags: ['НБУ'] }),
      article('common', { headline: 'Ярмарок у неділю', tags: ['суспільство'] }),
    );
    const ids = suggested(index, 'self');
    expect(ids.indexOf('rare')).toBe(0);
    expect(ids).toContain('common');
    const [first] = index.related({ id: 'self' });
    expect(first?.sharedTags).toEqual(['НБУ']);
    expect(first?.score).toBeGreaterThan(0);
    expect(first?.score).toBeLessThanOrEqual(1);
  });

  it('more shared tags rank higher, and the reason lists every shared tag', async () => {
    const index = await indexOf(
      ...filler,
      article('self', { tags: ['енергетика', 'укриття', 'Харків'] }),
      article('two', { tags: ['енергетика', 'Харків'] }),
      article('one', { tags: ['укриття'] }),
    );
    const suggestions = index.related({ id: 'self' });
    expect(suggestions.map((s) => s.id).slice(0, 2)).toEqual(['two', 'one']);
    expect(suggestions[0]?.sharedTags).toEqual(['енергетика', 'Харків']);
  });
});

describe('SearchIndex.related: equally related', () => {
  it('come newest first, by publish time, else last change', async () => {
    const index = await indexOf(
      ...filler,
      article('self', { tags: ['НБУ'] }),
      article('old', { tags: ['НБУ'], publishAt: '2025-03-01T09:00:00.000Z' }),
      article('new', { tags: ['НБУ'], publishAt: '2025-12-01T09:00:00.000Z' }),
      article('changed', { tags: ['НБУ'], updatedAt: '2025-06-01T09:00:00.000Z' }),
    );
    expect(suggested(index, 'self')).toEqual(['new', 'changed', 'old']);
  });
});

describe('SearchIndex.related: similar text', () => {
  it('finds an untagged article on the same story by its distinctive words, in other inflections', async () => {
    const index = await indexOf(
      ...filler,
      article('self', {
        headline: 'Тролейбуси повернулися на маршрути Миколаєва',
        body: ['Після ремонту контактної мережі тролейбуси знову курсують Миколаєвом.'],
      }),
      article('same-story', {
        headline: 'У Миколаєві запустили ще два тролейбусні маршрути',
        body: ['Тролейбус номер три курсуватиме щодня, повідомили в міськраді Миколаєва.'],
      }),
      article('other-town', {
        headline: 'У Черкасах ремонтують дороги',
        body: ['Міська рада виділила кошти на ремонт доріг.'],
      }),
    );
    expect(suggested(index, 'self')[0]).toBe('same-story');
    const [first] = index.related({ id: 'self' });
    expect(first?.sharedTags).toEqual([]);
  });

  it('in a small library, one word in common weighs less than a shared tag', async () => {
    const index = await indexOf(
      article('self', {
        headline: 'Редакція перейшла на новий редактор',
        tags: ['енергетика', 'Харків'],
        body: ['Новий редактор зберігає чернетки офлайн.'],
      }),
      article('both-tags', { headline: 'Харків: енергетики відновили живлення', tags: ['енергетика', 'Харків'] }),
      article('one-tag', { headline: 'Енергетики попередили про графіки', tags: ['енергетика'] }),
      article('one-word', { headline: 'У Львові відкрили новий парк', tags: ['Львів'] }),
    );
    expect(suggested(index, 'self')).toEqual(['both-tags', 'one-tag', 'one-word']);
  });

  it('an article sharing tags and text ranks above one sharing only the tags', async () => {
    const index = await indexOf(
      ...filler,
      article('self', { headline: 'Повінь на Закарпатті: евакуювали село', tags: ['регіони'] }),
      article('text-and-tag', { headline: 'Закарпаття після повені: евакуйовані повертаються', tags: ['регіони'] }),
    );
    expect(suggested(index, 'self')[0]).toBe('text-and-tag');
  });
});

describe('SearchIndex.related: what is never suggested', () => {
  it('leaves out the article itself, the ones already listed and removed ones', async () => {
    const index = await indexOf(
      ...filler,
      article('self', { tags: ['НБУ'] }),
      article('listed', { tags: ['НБУ'] }),
      article('removed', { tags: ['НБУ'] }),
      article('free', { tags: ['НБУ'] }),
    );
    index.remove('removed');
    expect(suggested(index, 'self', ['listed'])).toEqual(['free']);
  });

  it('an article the index does not have gets no suggestions', async () => {
    const index = await indexOf(...filler);
    expect(index.related({ id: 'unknown' })).toEqual([]);
  });

  it('respects the limit', async () => {
    const index = await indexOf(...filler, article('self', { tags: ['суспільство'] }));
    expect(index.related({ id: 'self', limit: 3 })).toHaveLength(3);
  });
});

describe('SearchIndex: cards for «Читайте також»', () => {
  it('carry the slug, dates and the teaser of the lead, else of the first paragraph, and survive a reopen', async () => {
    const { index, file } = await open();
    index.upsertMany([
      entry(
        article('with-lead', {
          headline: 'З лідом',
          slug: 'z-lidom',
          lead: 'Лід статті.',
          publishAt: '2025-12-19T18:44:00.000Z',
          body: ['Перший абзац.'],
        }),
      ),
      entry(article('no-lead', { headline: 'Без ліду', body: ['Перший абзац тексту.', 'Другий абзац.'] })),
    ]);
    index.close();
    const cards = reopen(file).lookup(['no-lead', 'missing', 'with-lead']);
    expect(cards).toEqual([
      {
        id: 'no-lead',
        headline: 'Без ліду',
        slug: '',
        teaser: 'Перший абзац тексту.',
        status: 'draft',
        updatedAt: '2025-01-01T10:00:00.000Z',
        publishAt: null,
      },
      {
        id: 'with-lead',
        headline: 'З лідом',
        slug: 'z-lidom',
        teaser: 'Лід статті.',
        status: 'draft',
        updatedAt: '2025-01-01T10:00:00.000Z',
        publishAt: '2025-12-19T18:44:00.000Z',
      },
    ]);
  });
});
