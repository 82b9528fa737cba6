import { describe, expect, it } from 'vitest';
import { findUrls } from '../../../../../renderer/src/editor/features/auto-link/find-urls';

describe('addresses found in text', () => {
  it('finds both addresses of an embed code, each with the href the safety check parsed', () => {
    const text = '<a href="https://example.com/p/42">https://example.com/p/42</a>';
    expect(findUrls(text)).toEqual([
      { index: 9, text: 'https://example.com/p/42', href: 'https://example.com/p/42' },
      { index: 35, text: 'https://example.com/p/42', href: 'https://example.com/p/42' },
    ]);
  });

  it('keeps the normalised URL.href, not the spelling', () => {
    const [found] = findUrls('(див. https://uk.wikipedia.org/wiki/Київ_(значення))');
    expect(found?.text).toBe('https://uk.wikipedia.org/wiki/Київ_(значення)');
    expect(found?.href).toBe(new URL('https://uk.wikipedia.org/wiki/Київ_(значення)').href);
    expect(found?.href).toContain('%D0%9A');
    expect(findUrls('HTTPS://Example.COM')[0]?.href).toBe('https://example.com/');
  });

  it('needs the scheme at the start of a word, a host with a dot, and a safe scheme', () => {
    expect(findUrls('Forbes.ua, xhttps://example.com, https://news, javascript:alert(1), mailto:ivan')).toEqual([]);
    expect(findUrls('пишіть: mailto:news@example.com.').map((url) => url.href)).toEqual(['mailto:news@example.com']);
  });

  it('reads a scheme inside an address as part of it', () => {
    expect(findUrls('https://example.com/go?next=https://other.org/x').map((url) => url.text)).toEqual([
      'https://example.com/go?next=https://other.org/x',
    ]);
  });
});
