import { describe, expect, it } from 'vitest';
import type { Doc, DocNode } from '../../../shared/domain/doc';
import { telegramBodyHtml } from '../../../shared/telegram/telegram-body';

const PAGE = 'https://site.example/news/yavka';
const doc = (...content: DocNode[]): Doc => ({ type: 'doc', content });
const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cell = (type: string, value: string): DocNode => ({ type, content: [p(text(value))] });
const table = (caption?: string): DocNode => ({
  type: 'table',
  ...(caption === undefined ? {} : { attrs: { caption } }),
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Область'), cell('tableHeader', 'Явка')] },
    { type: 'tableRow', content: [cell('tableCell', 'Львівська'), cell('tableCell', '61%')] },
  ],
});
const html = (body: Doc) => telegramBodyHtml(body, { pageUrl: PAGE });

describe('telegramBodyHtml', () => {
  it('puts paragraphs apart by a blank line, marks as Telegram’s tags, nested properly', () => {
    expect(
      html(
        doc(
          p(
            text('Жирне', [{ type: 'bold' }]),
            text(' і '),
            text('все', [{ type: 'strike' }, { type: 'italic' }, { type: 'bold' }]),
          ),
          p(
            text('посилання', [
              { type: 'link', attrs: { href: 'https://a.example/?x=1&y="2"' } },
              { type: 'underline' },
            ]),
          ),
          { type: 'paragraph' },
          p(text('рядок'), { type: 'hardBreak' }, text('другий')),
        ),
      ),
    ).toBe(
      '<b>Жирне</b> і <b><i><s>все</s></i></b>\n\n' +
        '<a href="https://a.example/?x=1&amp;y=%222%22"><u>посилання</u></a>\n\n' +
        'рядок\nдругий',
    );
  });

  it('escapes &, < and > of the text, and drops links that are not safe', () => {
    expect(
      html(
        doc(p(text('a < b && c > d <b>'), text(' тут', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
      ),
    ).toBe('a &lt; b &amp;&amp; c &gt; d &lt;b&gt; тут');
  });

  it('writes headings bold, lists as «• » and numbered lines, a quote with who said it, a recap with its label', () => {
    const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
    expect(
      html(
        doc(
          { type: 'heading', attrs: { level: 2 }, content: [text('Що ', [{ type: 'bold' }]), text('відомо')] },
          {
            type: 'bulletList',
            content: [
              item(p(text('перший')), {
                type: 'orderedList',
                attrs: { start: 3 },
                content: [item(p(text('вкладений')))],
              }),
              item(p(text('другий'))),
            ],
          },
          { type: 'blockquote', attrs: { attribution: 'Речник' }, content: [p(text('Цитата'))] },
          { type: 'recap', content: [text('торік було інакше.')] },
          { type: 'horizontalRule' },
          { type: 'figure', attrs: { src: 'media/x.jpg', alt: '', caption: 'Підпис', credit: '' } },
        ),
      ),
    ).toBe(
      '<b>Що відомо</b>\n\n' +
        '• перший\n   3. вкладений\n• другий\n\n' +
        '<blockquote>Цитата\n\n— Речник</blockquote>\n\n' +
        '<b>Нагадаємо,</b> торік було інакше.',
    );
  });

  it('names a table and links to it on the page instead of flattening its cells', () => {
    const body = doc(p(text('До таблиці.')), table('Явка за <областями>'), p(text('Після.')), table());
    expect(html(body)).toBe(
      'До таблиці.\n\n' +
        `Таблиця «Явка за &lt;областями&gt;» — на сайті: <a href="${PAGE}#table-1">${PAGE}</a>\n\n` +
        'Після.\n\n' +
        `Таблиця — на сайті: <a href="${PAGE}#table-2">${PAGE}</a>`,
    );
    expect(html(body)).not.toContain('Львівська');
  });

  it('gives an embed as a link and «Читайте також» with the pages it knows', () => {
    const body = doc(
      { type: 'embed', attrs: { provider: 'telegram', url: 'https://t.me/channel/12', id: 'channel/12' } },
      {
        type: 'readAlso',
        attrs: {
          articles: [
            { articleId: 'm3k9x2ab-00000001', headline: 'Перша & друга', date: null },
            { articleId: 'm3k9x2ab-00000002', headline: 'Без сторінки', date: null },
          ],
        },
      },
    );
    const articleUrl = (id: string) => (id === 'm3k9x2ab-00000001' ? 'https://site.example/persha' : null);
    expect(telegramBodyHtml(body, { pageUrl: PAGE, articleUrl })).toBe(
      '<a href="https://t.me/channel/12">Допис у Telegram</a>\n\n' +
        '<b>Читайте також:</b>\n• <a href="https://site.example/persha">Перша &amp; друга</a>\n• Без сторінки',
    );
  });
});
