import { describe, expect, it } from 'vitest';
import { articlePageUrl } from '../../../shared/site/page-url';

describe('the address of an article page', () => {
  it('is the slug under the site, with or without a trailing slash or a path', () => {
    expect(articlePageUrl('https://example.com.ua', 'bez-nato', 'id-1')).toBe('https://example.com.ua/bez-nato/');
    expect(articlePageUrl('https://example.com.ua/news/', 'bez-nato', 'id-1')).toBe(
      'https://example.com.ua/news/bez-nato/',
    );
  });

  it('falls back to the id without a slug, and stays relative without a site address', () => {
    expect(articlePageUrl('https://example.com.ua/', '  ', 'm3k9x2ab-1')).toBe('https://example.com.ua/m3k9x2ab-1/');
    expect(articlePageUrl('', 'bez-nato', 'id-1')).toBe('/bez-nato/');
  });

  it('encodes what a slug typed by hand may hold', () => {
    expect(articlePageUrl('https://example.com.ua/', 'a b/c?d', 'id-1')).toBe('https://example.com.ua/a%20b%2Fc%3Fd/');
  });
});
