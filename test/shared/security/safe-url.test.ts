import { describe, expect, it } from 'vitest';
import { isWebUrl, safeImageSrc, safeLinkHref, safeWebUrl } from '../../../shared/security/safe-url';

const MEDIA = `media/${'a'.repeat(64)}.jpg`;

describe('safeLinkHref', () => {
  it.each([
    ['https://www.epravda.com.ua/news/2025/12/19/', 'https://www.epravda.com.ua/news/2025/12/19/'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:redakcia@example.com', 'mailto:redakcia@example.com'],
    ['tel:+380441234567', 'tel:+380441234567'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
  ])('keeps %s', (raw, expected) => {
    expect(safeLinkHref(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png',
    'vbscript:msgbox(1)',
    'chrome://settings',
    '/relative/path',
    '#anchor',
    'https://',
    '',
    null,
    undefined,
  ])('refuses %j', (raw) => {
    expect(safeLinkHref(raw)).toBeNull();
  });
});

describe('safeImageSrc', () => {
  it('keeps web images and the article media path', () => {
    expect(safeImageSrc('https://cdn.example.com/p.jpg')).toBe('https://cdn.example.com/p.jpg');
    expect(safeImageSrc(MEDIA)).toBe(MEDIA);
  });

  it.each([
    'file:///tmp/clip_image001.png',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'javascript:alert(1)',
    'mailto:a@b.c',
    'media/../../etc/passwd',
    'media/abc.jpg',
    `../${MEDIA}`,
    'blob:https://example.com/uuid',
    'http://example.com/p.jpg',
    `media/${'a'.repeat(64)}.toolong`,
    '\\\\host\\share\\p.png',
    'smb://host/share/p.png',
  ])('refuses %j', (raw) => {
    expect(safeImageSrc(raw)).toBeNull();
  });
});

describe('safeWebUrl', () => {
  it('keeps http(s) addresses only', () => {
    expect(safeWebUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(safeWebUrl('http://example.com')).toBe('http://example.com/');
    for (const raw of ['mailto:a@b.c', 'javascript:alert(1)', 'file:///etc/passwd', '\\\\host\\share', '']) {
      expect(safeWebUrl(raw)).toBeNull();
    }
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(isWebUrl('https://t.me/epravda/123')).toBe(true);
    expect(isWebUrl('t.me/epravda/123')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
  });
});
