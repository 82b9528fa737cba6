import { describe, expect, it } from 'vitest';
import { linkHrefFromInput } from '../../../../../renderer/src/editor/features/menus/link-href';

const href = (input: string) => {
  const result = linkHrefFromInput(input);
  return result.ok ? result.href : result.problem;
};

describe('linkHrefFromInput', () => {
  it('keeps full web, mail and phone addresses (as the URL parser writes them)', () => {
    expect(href('https://www.ukrinform.ua/rubric-polytics/4061234.html')).toBe(
      'https://www.ukrinform.ua/rubric-polytics/4061234.html',
    );
    expect(href('  http://example.com  ')).toBe('http://example.com/');
    expect(href('mailto:news@example.com')).toBe('mailto:news@example.com');
    expect(href('tel:+380441234567')).toBe('tel:+380441234567');
    expect(href('HTTPS://Example.com/Шлях')).toBe('https://example.com/%D0%A8%D0%BB%D1%8F%D1%85');
  });

  it('a bare address becomes https://', () => {
    expect(href('example.com')).toBe('https://example.com/');
    expect(href('www.pravda.com.ua/news/2025/12/19/')).toBe('https://www.pravda.com.ua/news/2025/12/19/');
    expect(href('example.com:8080/path')).toBe('https://example.com:8080/path');
    expect(href('localhost:3000')).toBe('https://localhost:3000/');
    expect(href('//cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg');
    expect(href('київ.укр')).toBe('https://xn--b1alf1j.xn--j1amh/');
  });

  it('an e-mail becomes mailto:, a phone number tel:', () => {
    expect(href('redakciya@example.com')).toBe('mailto:redakciya@example.com');
    expect(href('+380 (44) 123-45-67')).toBe('tel:+380441234567');
  });

  it('refuses unsafe schemes by name, however they are disguised', () => {
    for (const input of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///C:/Users/ivan/secret.docx',
      'vbscript:msgbox',
      'ftp://files.example.com/',
      'chrome://settings',
    ]) {
      expect(href(input), input).toBe('unsafe');
    }
  });

  it('says what is wrong with the rest: empty, or not an address', () => {
    expect(href('')).toBe('empty');
    expect(href('   ')).toBe('empty');
    expect(href('просто слова')).toBe('invalid');
    expect(href('example')).toBe('invalid');
    expect(href('/relative/path')).toBe('invalid');
    expect(href('https://')).toBe('invalid');
    expect(href('http://exa mple.com')).toBe('invalid');
  });
});
