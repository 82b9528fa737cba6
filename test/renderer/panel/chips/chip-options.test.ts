import { describe, expect, it } from 'vitest';
import { authorOptions, tagOptions } from '../../../../renderer/src/panel/chips/chip-options';

const library = [
  { tag: 'Київ', count: 12 },
  { tag: 'Київщина', count: 4 },
  { tag: 'Горгани', count: 2 },
  { tag: 'Ґорґани', count: 1 },
  { tag: 'м’ясо', count: 3 },
  { tag: 'російсько-українська війна', count: 30 },
];

describe('tag options', () => {
  it('offers the library’s spelling of a variant first, so Enter takes it', () => {
    expect(tagOptions('київ', library, [])[0]).toEqual({ value: 'Київ', count: 12, kind: 'variant' });
    expect(tagOptions("м'ясо", library, [])[0]).toEqual({ value: 'м’ясо', count: 3, kind: 'variant' });
    // ґ typed for г (or the other way round): the most used spelling wins.
    expect(tagOptions('Ґорґани', library, [])[0]).toMatchObject({ value: 'Ґорґани', kind: 'existing' });
    expect(tagOptions('горгани', library, [])[0]).toMatchObject({ value: 'Горгани', kind: 'variant' });
  });

  it('puts a new tag first, so a prefix of another tag is never swapped for it', () => {
    const options = tagOptions('Київська', library, []);
    expect(options[0]).toEqual({ value: 'Київська', count: 0, kind: 'new' });
    expect(tagOptions('Киї', library, []).map((o) => o.value)).toEqual(['Киї', 'Київ', 'Київщина']);
  });

  it('finds a later word of a tag, drops # and leaves out the article’s own tags', () => {
    expect(tagOptions('#війна', library, []).map((o) => o.value)).toEqual(['війна', 'російсько-українська війна']);
    expect(tagOptions('Киї', library, ['Київ']).map((o) => o.value)).toEqual(['Киї', 'Київщина']);
    expect(tagOptions('київ', library, ['Київ']).map((o) => o.value)).toEqual(['Київщина']);
  });

  it('offers the most used tags when nothing is typed yet', () => {
    expect(tagOptions('', library, []).map((o) => o.value)[0]).toBe('російсько-українська війна');
  });
});

describe('author options', () => {
  const authors = [
    { tag: 'Олена Коваленко', count: 40 },
    { tag: 'Петро Коваль', count: 3 },
    { tag: 'Редакція', count: 9 },
  ];

  it('matches a first name or a surname, most credited first, after the name as typed', () => {
    expect(authorOptions('Ков', authors, []).map((o) => o.value)).toEqual(['Ков', 'Олена Коваленко', 'Петро Коваль']);
    expect(authorOptions('олена коваленко', authors, []).map((o) => o.value)).toEqual(['Олена Коваленко']);
  });

  it('leaves out the article’s authors', () => {
    expect(authorOptions('', authors, ['Редакція']).map((o) => o.value)).toEqual(['Олена Коваленко', 'Петро Коваль']);
  });
});
