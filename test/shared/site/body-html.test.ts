import { describe, expect, it } from 'vitest';
import type { Doc, DocNode } from '../../../shared/domain/doc';
import { bodyHtml, type BodyLinks } from '../../../shared/site/body-html';

const MEDIA = `media/${'b'.repeat(64)}.png`;
const links: BodyLinks = {
  media: (src) => (src === MEDIA ? { url: `https://site.example/${src}`, width: 800, height: 600 } : null),
  articleUrl: (id) => (id === 'known-article' ? 'https://site.example/known' : null),
  dateStyle: 'standard',
};
const doc = (...content: DocNode[]): Doc => ({ type: 'doc', content });
const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

describe('the body as the site page prints it', () => {
  it('paragraphs, headings, lists and marks', () => {
    const html = bodyHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Підзаголовок')] },
        p(text('Жирне', [{ type: 'bold' }]), text(' і '), text('курсив', [{ type: 'italic' }, { type: 'underline' }])),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('пункт'))] }] },
        {
          type: 'orderedList',
          attrs: { start: 3, type: '1' },
          content: [{ type: 'listItem', content: [p(text('третій'))] }],
        },
        p(text('рядок'), { type: 'hardBreak' }, text('ще')),
        { type: 'horizontalRule' },
        { type: 'paragraph' },
      ),
      links,
    );
    expect(html).toBe(
      '<h2>Підзаголовок</h2><p><strong>Жирне</strong> і <u><em>курсив</em></u></p><ul><li><p>пункт</p></li></ul>' +
        '<ol start="3"><li><p>третій</p></li></ol><p>рядок<br>ще</p><hr>',
    );
  });

  it('a quote with who said it, and the recap with its label', () => {
    const html = bodyHtml(
      doc(
        {
          type: 'blockquote',
          attrs: { attribution: 'Стівен Віткофф' },
          content: [p(text('Ми не говоримо про членство'))],
        },
        { type: 'recap', content: [text('офіційна реакція стримана.')] },
      ),
      links,
    );
    expect(html).toBe(
      '<blockquote><p>Ми не говоримо про членство</p><footer>Стівен Віткофф</footer></blockquote>' +
        '<p class="recap"><strong>Нагадаємо,</strong> офіційна реакція стримана.</p>',
    );
  });

  it('a figure with its size, caption and credit; one whose image is not found is left out', () => {
    const figure = (src: string): DocNode => ({
      type: 'figure',
      attrs: { src, alt: 'Київ "вночі"', caption: 'Хрещатик', credit: 'Олена' },
    });
    const html = bodyHtml(doc(figure(MEDIA), figure(`media/${'c'.repeat(64)}.png`)), links);
    expect(html).toBe(
      `<figure class="figure"><img src="https://site.example/${MEDIA}" alt="Київ &quot;вночі&quot;" width="800" height="600" loading="lazy" decoding="async">` +
        '<figcaption><span class="caption">Хрещатик</span> <span class="credit">Фото: Олена</span></figcaption></figure>',
    );
  });

  it('links only where the URL check lets them through; the text stays either way', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }];
    const html = bodyHtml(
      doc(p(text('так', link('https://example.com/a?b=1&c=2')), text(' і '), text('ні', link('javascript:alert(1)')))),
      links,
    );
    expect(html).toBe('<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener">так</a> і ні</p>');
  });

  it('«Читайте також» lists its articles with their dates, linked where the page is known', () => {
    const html = bodyHtml(
      doc({
        type: 'readAlso',
        attrs: {
          articles: [
            { articleId: 'known-article', headline: 'Відома', date: '2025-12-19T18:44:00Z' },
            { articleId: 'other-article', headline: 'Інша <b>', date: null },
          ],
        },
      }),
      links,
    );
    expect(html).toBe(
      '<div class="read-also-inline"><p class="read-also-label">Читайте також:</p><ul>' +
        '<li><a href="https://site.example/known">Відома</a> <time datetime="2025-12-19T18:44:00Z">19 грудня 2025 року, 20:44</time></li>' +
        '<li>Інша &lt;b&gt;</li></ul></div>',
    );
  });

  it('an embed is a card that links the post: no third-party script or frame', () => {
    const html = bodyHtml(
      doc({ type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', id: 'abc' } }),
      links,
    );
    expect(html).toBe(
      '<figure class="embed embed-youtube"><a href="https://www.youtube.com/watch?v=abc" rel="noopener" target="_blank">Відео на YouTube</a></figure>',
    );
  });

  it('what this version does not know is left out of the page, its known neighbours kept', () => {
    const html = bodyHtml(
      doc(p(text('до')), { type: 'table', content: [p(text('клітинка'))] }, p(text('після', [{ type: 'highlight' }]))),
      links,
    );
    expect(html).toBe('<p>до</p><p>після</p>');
  });

  it('a table: its caption as the figure’s, a first row of header cells as the head, cells with their marks', () => {
    const cell = (type: string, value: string, attrs?: Record<string, unknown>): DocNode => ({
      type,
      ...(attrs ? { attrs } : {}),
      content: [p(text(value, type === 'tableCell' && value === '52%' ? [{ type: 'bold' }] : undefined))],
    });
    const html = bodyHtml(
      doc({
        type: 'table',
        attrs: { caption: 'Явка <на> виборах' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Округ'), cell('tableHeader', 'Явка', { colspan: 2 })] },
          { type: 'tableRow', content: [cell('tableHeader', '№ 1'), cell('tableCell', '52%'), cell('tableCell', 'x')] },
        ],
      }),
      links,
    );
    expect(html).toBe(
      '<figure class="table" id="table-1"><figcaption>Явка &lt;на&gt; виборах</figcaption>' +
        '<section class="table-scroll" tabindex="0" aria-label="Явка &lt;на&gt; виборах"><table>' +
        '<thead><tr><th scope="col"><p>Округ</p></th><th scope="col" colspan="2"><p>Явка</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>№ 1</p></th><td><p><strong>52%</strong></p></td><td><p>x</p></td></tr></tbody>' +
        '</table></section></figure>',
    );
  });

  it('tables without a header row or caption: all rows in the body, the box named «Таблиця», each its own id', () => {
    const row: DocNode = { type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('а'))] }] };
    const table: DocNode = { type: 'table', content: [row, row] };
    const html = bodyHtml(doc(table, p(text('між')), table), links);
    expect(html).toBe(
      '<figure class="table" id="table-1"><section class="table-scroll" tabindex="0" aria-label="Таблиця"><table>' +
        '<tbody><tr><td><p>а</p></td></tr><tr><td><p>а</p></td></tr></tbody></table></section></figure>' +
        '<p>між</p>' +
        '<figure class="table" id="table-2"><section class="table-scroll" tabindex="0" aria-label="Таблиця"><table>' +
        '<tbody><tr><td><p>а</p></td></tr><tr><td><p>а</p></td></tr></tbody></table></section></figure>',
    );
  });
});
