import { describe, expect, it } from 'vitest';
import {
  facebookCardTitle,
  googleBreadcrumb,
  googleSnippet,
  googleTitle,
  siteDomain,
  xCardTitle,
} from '../../../shared/share/card-text';
import { measure } from '../../../shared/share/limits';

const LONG_TITLE = 'Верховна Рада ухвалила державний бюджет на наступний рік у другому читанні після тривалих дискусій';

describe('googleTitle', () => {
  it('leaves a title that fits in 600 px as it is', () => {
    expect(googleTitle('НБУ підвищив облікову ставку')).toBe('НБУ підвищив облікову ставку');
  });

  it('cuts a wider title at a whole word, «…» included within 600 px', () => {
    expect(measure('seoTitle', LONG_TITLE).over).toBe(true);
    const cut = googleTitle(LONG_TITLE);
    expect(cut.endsWith('…')).toBe(true);
    expect(LONG_TITLE.startsWith(cut.slice(0, -1))).toBe(true);
    expect(LONG_TITLE[cut.length - 1]).toBe(' ');
    expect(measure('seoTitle', cut).length).toBeLessThanOrEqual(600);
    // The next word would not have fitted.
    const nextWord = LONG_TITLE.slice(0, LONG_TITLE.indexOf(' ', cut.length)) + '…';
    expect(measure('seoTitle', nextWord).length).toBeGreaterThan(600);
  });

  it('cuts a single word too wide for the line inside it', () => {
    const word = 'Ш'.repeat(60);
    const cut = googleTitle(word);
    expect(cut).toMatch(/^Ш+…$/);
    expect(measure('seoTitle', cut).length).toBeLessThanOrEqual(600);
  });

  it('measures at any width asked for', () => {
    expect(googleTitle('Київ Львів Одеса', 80)).toBe('Київ…');
  });
});

describe('facebookCardTitle and xCardTitle', () => {
  it('cut at 60 and 70 characters at a whole word', () => {
    const facebook = facebookCardTitle(LONG_TITLE);
    const x = xCardTitle(LONG_TITLE);
    expect([...facebook].length).toBeLessThanOrEqual(60);
    expect([...x].length).toBeLessThanOrEqual(70);
    expect(facebook).toBe('Верховна Рада ухвалила державний бюджет на наступний рік у…');
    expect(x).toBe('Верховна Рада ухвалила державний бюджет на наступний рік у другому…');
  });

  it('leave a short title whole', () => {
    expect(facebookCardTitle('Коротко')).toBe('Коротко');
    expect(xCardTitle('Коротко')).toBe('Коротко');
  });
});

describe('googleSnippet', () => {
  it('cuts a description at about 156 characters', () => {
    const description = 'Слово '.repeat(40).trim();
    const snippet = googleSnippet(description);
    expect([...snippet].length).toBeLessThanOrEqual(156);
    expect(snippet.endsWith('…')).toBe(true);
  });
});

describe('siteDomain and googleBreadcrumb', () => {
  it('read the host and the path of the article’s address', () => {
    expect(siteDomain('https://www.pravda.com.ua/news/stavka/')).toBe('pravda.com.ua');
    expect(googleBreadcrumb('https://pravda.com.ua/news/stavka/')).toBe('https://pravda.com.ua › news › stavka');
  });

  it('give nothing for a relative address (no site address set yet)', () => {
    expect(siteDomain('/stavka/')).toBe('');
    expect(googleBreadcrumb('/stavka/')).toBe('');
  });
});
