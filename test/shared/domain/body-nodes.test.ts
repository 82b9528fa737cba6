import { describe, expect, it } from 'vitest';
import {
  creditLine,
  figuresMissingAlt,
  readAlsoArticleIds,
  stripCreditPrefix,
  stripRecapLabel,
} from '../../../shared/domain/body-nodes';
import type { Doc } from '../../../shared/domain/doc';

const MEDIA = `media/${'a'.repeat(64)}.jpg`;

describe('body node helpers', () => {
  it('writes a credit as the site prints it, and nothing for nobody', () => {
    expect(creditLine('Олена Петренко')).toBe('Фото: Олена Петренко');
    expect(creditLine('  Укрінформ ')).toBe('Фото: Укрінформ');
    expect(creditLine('  ')).toBe('');
  });

  it('takes a typed «Фото:» off a credit', () => {
    expect(stripCreditPrefix('Фото: Олена Петренко')).toBe('Олена Петренко');
    expect(stripCreditPrefix('фото:Reuters')).toBe('Reuters');
    expect(stripCreditPrefix('Фотоагенція УНІАН')).toBe('Фотоагенція УНІАН');
  });

  it('takes the recap label off the start of a paragraph, only there', () => {
    expect(stripRecapLabel('Нагадаємо, офіційна реакція Москви поки стримана')).toBe(
      'офіційна реакція Москви поки стримана',
    );
    expect(stripRecapLabel('  нагадаємо ,текст')).toBe('текст');
    expect(stripRecapLabel('Ми нагадаємо, що')).toBe('Ми нагадаємо, що');
    expect(stripRecapLabel('Нагадаємо що')).toBe('Нагадаємо що');
  });

  it('counts figures without alt text anywhere in the body', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { src: MEDIA, alt: 'Засідання Верховної Ради', caption: '', credit: '' } },
        { type: 'figure', attrs: { src: MEDIA, alt: '  ', caption: '', credit: '' } },
        { type: 'blockquote', content: [{ type: 'figure', attrs: { src: MEDIA } }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'alt' }] },
      ],
    };
    expect(figuresMissingAlt(doc)).toBe(2);
    expect(figuresMissingAlt({ type: 'doc' })).toBe(0);
  });

  it('lists the articles linked by «Читайте також», in order, once each', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'readAlso', attrs: { articleId: 'm3k9x2ab-5f1c9e0d', headline: 'Перша' } },
        { type: 'paragraph' },
        { type: 'readAlso', attrs: { articleId: 'm3k9x2ac-00000000', headline: 'Друга' } },
        { type: 'readAlso', attrs: { articleId: 'm3k9x2ab-5f1c9e0d', headline: 'Перша' } },
        { type: 'readAlso', attrs: { articleId: '' } },
        // The list format, several in one block.
        {
          type: 'readAlso',
          attrs: {
            articles: [
              { articleId: 'm3k9x2ac-00000001', headline: 'Третя', date: null },
              { articleId: 'm3k9x2ab-5f1c9e0d', headline: 'Перша', date: null },
            ],
          },
        },
      ],
    };
    expect(readAlsoArticleIds(doc)).toEqual(['m3k9x2ab-5f1c9e0d', 'm3k9x2ac-00000000', 'm3k9x2ac-00000001']);
  });
});
