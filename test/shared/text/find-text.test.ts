import { describe, expect, it } from 'vitest';
import { findInText, foldForFind } from '../../../shared/text/find-text';

const found = (text: string, query: string) => findInText(text, query).map(({ from, to }) => text.slice(from, to));

describe('findInText', () => {
  it('takes the three apostrophes and either case as one', () => {
    expect(found("П’ять, пʼять і п'ять; ПЯТЬ ні", "п'ять")).toEqual(['П’ять', 'пʼять', "п'ять"]);
    expect(found('ПʼЯТЬ годин', 'п’ять')).toEqual(['ПʼЯТЬ']);
  });

  it('finds words typography joined with a no-break space, and «» by straight quotes', () => {
    expect(found('у\u00A0Києві та «Укренерго»', 'у києві')).toEqual(['у\u00A0Києві']);
    expect(found('компанія «Укренерго»', '"укренерго"')).toEqual(['«Укренерго»']);
  });

  it('keeps offsets where folding changes the length', () => {
    // İ folds to two units, ß to «ss», the stress mark to nothing: the matches still cover the original text.
    expect(found('İstanbul і Straße, безпе́ка', 'straße')).toEqual(['Straße']);
    expect(found('İstanbul і Strasse', 'strasse')).toEqual(['Strasse']);
    expect(found('İstanbul і STRAẞE', 'strasse')).toEqual(['STRAẞE']);
    expect(found('безпе́ка та безпека', 'безпека')).toEqual(['безпе́ка', 'безпека']);
    expect(found('İstanbul, İSTANBUL', 'i̇stanbul')).toEqual(['İstanbul', 'İSTANBUL']);
    // Half of a letter's folding is not a match.
    expect(found('İ', 'i')).toEqual([]);
  });

  it('finds matches one after another, none inside another', () => {
    expect(found('ааааа', 'аа')).toEqual(['аа', 'аа']);
    expect(found('текст', '')).toEqual([]);
  });

  it('leaves plain text unit for unit', () => {
    expect(foldForFind('Київ’').offsets).toBeNull();
    expect(foldForFind('Київ’').text).toBe("київ'");
  });
});
