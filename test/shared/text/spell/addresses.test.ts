import { describe, expect, it } from 'vitest';
import { addressRanges } from '../../../../shared/text/spell/addresses';

const found = (text: string) => addressRanges(text).map(([from, to]) => text.slice(from, to));

describe('addressRanges', () => {
  it('finds web addresses with and without a scheme', () => {
    expect(found('Деталі на https://mof.gov.ua/uk/news/stattia та на www.ukrinform.ua.')).toEqual([
      'https://mof.gov.ua/uk/news/stattia',
      'www.ukrinform.ua.',
    ]);
  });

  it('finds e-mail addresses and @handles, and stops at quotes and brackets', () => {
    expect(found('Пишіть на «press@rada.gov.ua» або (@ukrpravda_news)')).toEqual([
      'press@rada.gov.ua',
      '@ukrpravda_news',
    ]);
  });

  it('a text without addresses has none', () => {
    expect(addressRanges('Переговори тривали до ранку.')).toEqual([]);
  });
});
