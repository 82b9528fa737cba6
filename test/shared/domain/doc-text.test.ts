import { describe, expect, it } from 'vitest';
import { docFromParagraphs, DocSchema, emptyDoc, type Doc } from '../../../shared/domain/doc';
import { docToPlainText } from '../../../shared/domain/doc-text';
import { sampleArticle } from '../../../shared/domain/sample-article';

describe('docFromParagraphs / docToPlainText', () => {
  const paragraphs = [
    'Нацбанк знизив облікову ставку до 15%.',
    '«Ми бачимо уповільнення інфляції», — заявив голова НБУ.',
    'Нагадаємо, минулого місяця ставка не змінювалась; п’ятниця — день рішень.',
  ];

  it('round-trips paragraphs through plain text', () => {
    const doc = docFromParagraphs(paragraphs);
    expect(DocSchema.safeParse(doc).success).toBe(true);
    expect(doc.content).toHaveLength(3);
    expect(docToPlainText(doc)).toBe(paragraphs.join('\n\n'));
    expect(docToPlainText(docFromParagraphs(docToPlainText(doc).split('\n\n')))).toBe(docToPlainText(doc));
  });

  it('keeps empty paragraphs as empty blocks without a text node', () => {
    const doc = docFromParagraphs(['перший', '', 'третій']);
    expect(doc.content?.[1]).toEqual({ type: 'paragraph' });
    expect(docToPlainText(doc)).toBe('перший\n\n\n\nтретій');
  });

  it('an empty document has no text', () => {
    expect(docToPlainText(emptyDoc())).toBe('');
    expect(docToPlainText({ type: 'doc' })).toBe('');
  });

  it('joins marked text runs and turns hard breaks into new lines', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Курс ' },
            { type: 'text', text: 'гривні', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'стабільний' },
          ],
        },
      ],
    };
    expect(docToPlainText(doc)).toBe('Курс гривні\nстабільний');
  });

  it('walks headings, quotes and lists of the sample article block by block', () => {
    const text = docToPlainText(sampleArticle('a', new Date(0)).body);
    const blocks = text.split('\n\n');
    expect(blocks).toContain('Як це працює');
    expect(blocks).toContain('заголовок, лід і текст — у середній колонці;');
    expect(blocks.some((b) => b.startsWith('«Найгірше'))).toBe(true);
    expect(blocks.at(-1)).toMatch(/^Нагадаємо,/);
    expect(blocks).toHaveLength(8);
  });

  it('reads a table as its caption, then one line per row with its cells apart', () => {
    const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const doc: Doc = {
      type: 'doc',
      content: [
        p('До таблиці.'),
        {
          type: 'table',
          attrs: { caption: 'Курси валют' },
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableHeader', content: [p('Валюта')] },
                { type: 'tableHeader', content: [p('Курс')] },
              ],
            },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [p('Долар'), p('США')] },
                {
                  type: 'tableCell',
                  content: [
                    {
                      type: 'paragraph',
                      content: [{ type: 'text', text: '41,2' }, { type: 'hardBreak' }, { type: 'text', text: 'грн' }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(docToPlainText(doc)).toBe('До таблиці.\n\nКурси валют\n\nВалюта\tКурс\nДолар США\t41,2 грн');
  });
});
