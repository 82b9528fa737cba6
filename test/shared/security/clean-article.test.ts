import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../shared/domain/article';
import type { DocNode } from '../../../shared/domain/doc';
import { cleanArticle, cleanDoc } from '../../../shared/security/clean-article';

const MEDIA = `media/${'c'.repeat(64)}.png`;
const HOSTILE = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  '\\\\evil-host\\share\\x.png',
  'smb://evil-host/share',
];

const linked = (href: unknown, extra: Record<string, unknown> = {}): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text: 'клік', marks: [{ type: 'bold' }, { type: 'link', attrs: { href, ...extra } }] }],
});
const body = (...content: DocNode[]) => ({ type: 'doc' as const, content });

describe('cleanDoc', () => {
  it.each(HOSTILE)('drops a link to %j and keeps its text and other marks', (href) => {
    expect(cleanDoc(body(linked(href)))).toEqual(
      body({ type: 'paragraph', content: [{ type: 'text', text: 'клік', marks: [{ type: 'bold' }] }] }),
    );
  });

  it('keeps a safe link with its address alone: class, target and other attributes go', () => {
    const cleaned = cleanDoc(body(linked('https://example.com/a', { class: 'x', target: '_top', onclick: 'y' })));
    expect(cleaned.content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'bold' },
      { type: 'link', attrs: { href: 'https://example.com/a' } },
    ]);
  });

  it.each([...HOSTILE, 'http://example.com/p.jpg', 'media/../../etc/passwd'])(
    'removes a figure source %j, keeping its words',
    (src) => {
      const figure = { type: 'figure', attrs: { src, alt: 'Опис', caption: 'Підпис', credit: 'Автор', onload: 'x' } };
      expect(cleanDoc(body(figure))).toEqual(
        body({ type: 'figure', attrs: { src: null, alt: 'Опис', caption: 'Підпис', credit: 'Автор' } }),
      );
    },
  );

  it('keeps a figure of the article’s media or of https', () => {
    for (const src of [MEDIA, 'https://cdn.example.com/p.jpg']) {
      const figure = { type: 'figure', attrs: { src, alt: 'a', caption: '', credit: '' } };
      expect(cleanDoc(body(figure))).toEqual(body(figure));
    }
  });

  it('rebuilds an embed from its URL, whatever provider and id the file claims', () => {
    const embed = { type: 'embed', attrs: { provider: 'x', url: 'https://t.me/s/epravda/123?x=1', id: '"><script>' } };
    expect(cleanDoc(body(embed))).toEqual(
      body({ type: 'embed', attrs: { provider: 'telegram', url: 'https://t.me/epravda/123', id: 'epravda/123' } }),
    );
  });

  it('turns an embed of an unknown site into its URL as text, so no word is lost', () => {
    const embed = { type: 'embed', attrs: { provider: 'youtube', url: 'javascript:alert(1)', id: 'dQw4w9WgXcQ' } };
    expect(cleanDoc(body(embed))).toEqual(
      body({ type: 'paragraph', content: [{ type: 'text', text: 'javascript:alert(1)' }] }),
    );
  });

  it('cleans inside lists and quotes, leaves unknown node types to the reader, and returns a clean doc as it is', () => {
    const nested = body({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [linked('javascript:alert(1)')] }],
    });
    expect(JSON.stringify(cleanDoc(nested))).not.toContain('javascript');
    const unknown = body({ type: 'table', attrs: { src: 'file:///x' } }, linked('https://example.com/'));
    const clean = cleanDoc(unknown);
    expect(clean.content?.[0]).toEqual({ type: 'table', attrs: { src: 'file:///x' } });
    const already = body({ type: 'paragraph', content: [{ type: 'text', text: 'текст' }] });
    expect(cleanDoc(already)).toBe(already);
  });
});

describe('cleanArticle', () => {
  it('cleans the article’s own addresses and keeps the words around them', () => {
    const article = newArticle('a1', '2025-12-19T18:44:00.000Z', {
      featuredImage: { src: 'file:///etc/passwd', alt: 'Опис', caption: 'Підпис', credit: 'Автор' },
      share: { title: 'T', description: 'D', image: 'data:image/svg+xml,<svg onload=alert(1)>' },
      related: [
        { headline: 'Інша', url: 'javascript:alert(1)' },
        { headline: 'Добра', url: 'https://example.com/news' },
      ],
      authors: [
        { name: 'Олена', url: '\\\\evil\\share' },
        { name: 'Іван', url: 'mailto:ivan@example.com' },
      ],
    });
    const cleaned = cleanArticle(article);
    expect(cleaned.featuredImage).toEqual({ src: '', alt: 'Опис', caption: 'Підпис', credit: 'Автор', crops: {} });
    expect(cleaned.share.image).toBeNull();
    expect(cleaned.related.map((r) => [r.headline, r.url])).toEqual([
      ['Інша', undefined],
      ['Добра', 'https://example.com/news'],
    ]);
    expect(cleaned.authors).toEqual([{ name: 'Олена' }, { name: 'Іван', url: 'mailto:ivan@example.com' }]);
  });
});
