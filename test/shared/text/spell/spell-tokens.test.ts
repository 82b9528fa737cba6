import { describe, expect, it } from 'vitest';
import { spellTokens } from '../../../../shared/text/spell/spell-tokens';
import { cpuMsSince } from '../../../fixtures/cpu-time';

const keys = (text: string) => spellTokens(text).map((t) => t.key);

describe('spellTokens', () => {
  it('gives each word with its offsets in the text and its lookup form', () => {
    const text = 'Переговори про гарантії безпеки.';
    const tokens = spellTokens(text);
    expect(tokens.map((t) => text.slice(t.from, t.to))).toEqual(['Переговори', 'про', 'гарантії', 'безпеки']);
    expect(tokens[0]).toEqual({ from: 0, to: 10, key: 'Переговори' });
  });

  it('keeps apostrophes inside words and hyphenated words whole, in the dictionary’s form', () => {
    expect(keys("П’ять, пʼять і п'ять; південно-східний будь\u2011який")).toEqual([
      "П'ять",
      "п'ять",
      "п'ять",
      'південно-східний',
      'будь-який',
    ]);
  });

  it('quotes around a word are not part of it', () => {
    expect(keys("«Укренерго» та \u2019переговори\u2019 і 'пареговори'")).toEqual([
      'Укренерго',
      'та',
      'переговори',
      'пареговори',
    ]);
  });

  it('skips numbers, words with digits, abbreviations, one-letter words and Latin or mixed words', () => {
    expect(keys('У 2025 році НАТО і ЗСУ отримали 5-го травня 15,5% COVID-19 Су-27 Telegram iPhone Kиїв ціни')).toEqual([
      'році',
      'отримали',
      'травня',
      'ціни',
    ]);
  });

  it('skips addresses and e-mails but not the words around them', () => {
    expect(keys('Див. https://mof.gov.ua/uk/новини або пишіть press@rada.gov.ua сьогодні')).toEqual([
      'або',
      'пишіть',
      'сьогодні',
    ]);
  });

  it('skips known abbreviations only right before their period', () => {
    expect(keys('на вул. Хрещатик у Київській обл. проф. Коваль')).toEqual(['на', 'Хрещатик', 'Київській', 'Коваль']);
    expect(keys('вул Хрещатик')).toEqual(['вул', 'Хрещатик']);
  });

  it('a leaf placeholder (U+FFFC) and line breaks separate words', () => {
    const text = 'перший\uFFFCдругий\nтретій';
    expect(spellTokens(text).map((t) => [t.key, t.from])).toEqual([
      ['перший', 0],
      ['другий', 7],
      ['третій', 14],
    ]);
  });

  it('tokenises a 50,000-word text quickly enough to be sliced into short tasks', () => {
    const text = Array.from(
      { length: 5000 },
      () => 'Переговори про гарантії безпеки тривали до пізнього вечора, а п’ять',
    ).join(' ');
    const started = process.cpuUsage();
    // Ten words a sentence, of which the one-letter `а` is not looked up.
    expect(spellTokens(text)).toHaveLength(45_000);
    // A generous bound in CPU time: ~30 ms; it would be seconds if the scan were quadratic.
    expect(cpuMsSince(started)).toBeLessThan(1000);
  });
});
