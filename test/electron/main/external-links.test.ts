import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/external-links';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.example.com/news/2025/12/19/article',
    'http://example.com',
    'https://t.me/shpalta_news',
    'https://uk.wikipedia.org/wiki/%D0%A8%D0%BF%D0%B0%D0%BB%D1%8C%D1%82%D0%B0',
    'https://приклад.укр/новини',
    'mailto:redakciya@example.com',
    'mailto:redakciya@example.com?subject=%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0',
    'HTTPS://EXAMPLE.COM/',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'app://shpalta/index.html',
    'app://evil/index.html',
    'ftp://example.com/file',
    'smb://server/share',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:',
    'https://bank.example@evil.example/',
    'https://user:password@example.com/',
    'https://',
    'http//example.com',
    '//example.com/path',
    '/relative/path',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(9000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
    expect(isSafeExternalUrl(new URL('https://example.com'))).toBe(false);
  });
});
