import { describe, expect, it } from 'vitest';
import {
  docFromParagraphs,
  docToPlainText,
  DocSchema,
  emptyDoc,
  withTrailingParagraph,
  type Doc,
} from '../../../shared/domain/doc';
import { sampleArticle } from '../../../electron/services/library/sample-article';

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
    expect(DocSchema.safeParse(emptyDoc()).success).toBe(true);
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
});

describe('DocSchema', () => {
  it('rejects documents that are not docs or hold malformed nodes', () => {
    expect(DocSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: 'text' }).success).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: [{ type: '' }] }).success).toBe(false);
    expect(
      DocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ text: 'x' }] }] }).success,
    ).toBe(false);
    expect(DocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', marks: [{ type: 1 }] }] }).success).toBe(
      false,
    );
  });
});

describe('withTrailingParagraph', () => {
  it('adds an empty paragraph after a last block that is not a paragraph, and nothing otherwise', () => {
    const recapLast: Doc = { type: 'doc', content: [{ type: 'recap', content: [{ type: 'text', text: 'x' }] }] };
    expect(withTrailingParagraph(recapLast).content?.map((n) => n.type)).toEqual(['recap', 'paragraph']);
    const paragraphLast = docFromParagraphs(['Текст.']);
    expect(withTrailingParagraph(paragraphLast)).toBe(paragraphLast);
    expect(withTrailingParagraph({ type: 'doc' }).content).toEqual([{ type: 'paragraph' }]);
  });
});
