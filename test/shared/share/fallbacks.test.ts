import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../shared/domain/article';
import { docFromParagraphs, type Doc } from '../../../shared/domain/doc';
import {
  bodyTeaser,
  effectiveShareFields,
  firstParagraphText,
  seoDescription,
  seoTitle,
  shareDescription,
  shareTitle,
  telegramPost,
  xDescription,
  xTitle,
  type ShareSource,
} from '../../../shared/share/fallbacks';

const LINK = 'https://example.ua/news/kyiv';
const PARAGRAPH =
  'Національний банк України у четвер підвищив облікову ставку до 15,5% річних, щоб стримати інфляцію, яка у жовтні прискорилася вже третій місяць поспіль, повідомляє регулятор.';

function source(fields: Partial<ShareSource> = {}): ShareSource {
  return {
    headline: 'НБУ підвищив облікову ставку',
    lead: '',
    body: docFromParagraphs([PARAGRAPH]),
    seo: { title: '', description: '' },
    share: { title: '', description: '' },
    x: { text: '' },
    telegram: { text: '' },
    ...fields,
  };
}

describe('titles', () => {
  it('the SEO title is its own, else the headline', () => {
    expect(seoTitle(source())).toEqual({ value: 'НБУ підвищив облікову ставку', source: 'headline' });
    expect(seoTitle(source({ seo: { title: 'Ставка 15,5%', description: '' } }))).toEqual({
      value: 'Ставка 15,5%',
      source: 'own',
    });
  });

  it('the share title is its own, else the SEO title, else the headline', () => {
    const seo = { title: 'Ставка 15,5%', description: '' };
    expect(shareTitle(source())).toMatchObject({ source: 'headline' });
    expect(shareTitle(source({ seo }))).toEqual({ value: 'Ставка 15,5%', source: 'seo' });
    expect(shareTitle(source({ seo, share: { title: 'Кредити дорожчають', description: '' } }))).toEqual({
      value: 'Кредити дорожчають',
      source: 'own',
    });
  });

  it('a field of spaces counts as empty, and titles are one line', () => {
    expect(shareTitle(source({ share: { title: '  \n ', description: '' } })).source).toBe('headline');
    expect(seoTitle(source({ headline: 'НБУ\nпідвищив  ставку' })).value).toBe('НБУ підвищив ставку');
  });

  it('nothing at all is "none"', () => {
    expect(shareTitle(source({ headline: '' }))).toEqual({ value: '', source: 'none' });
  });
});

describe('descriptions', () => {
  it('the description is its own, else the lead, else a teaser of the first paragraph', () => {
    const teaser = seoDescription(source());
    expect(teaser.source).toBe('teaser');
    expect(teaser.value.endsWith('…')).toBe(true);
    expect([...teaser.value].length).toBeLessThanOrEqual(156);
    expect(PARAGRAPH.startsWith(teaser.value.slice(0, -1))).toBe(true);
    expect(seoDescription(source({ lead: 'Ставка зросла.' }))).toEqual({ value: 'Ставка зросла.', source: 'lead' });
    expect(seoDescription(source({ lead: 'Ставка зросла.', seo: { title: '', description: 'Опис' } }))).toEqual({
      value: 'Опис',
      source: 'own',
    });
  });

  it('the share description is its own, else the SEO one, else the same chain', () => {
    expect(shareDescription(source({ seo: { title: '', description: 'Опис' } }))).toEqual({
      value: 'Опис',
      source: 'seo',
    });
    expect(shareDescription(source({ lead: 'Лід' })).source).toBe('lead');
    expect(shareDescription(source({ share: { title: '', description: 'Свій' } })).source).toBe('own');
  });

  it('the teaser skips headings, figures and empty paragraphs', () => {
    const body: Doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Підзаголовок' }] },
        { type: 'figure', attrs: { src: 'media/a.jpg', alt: '', caption: 'Підпис', credit: '' } },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Перший ' },
            { type: 'text', text: 'абзац.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Другий.' }] },
      ],
    };
    expect(firstParagraphText(body)).toBe('Перший абзац.');
    expect(bodyTeaser(body)).toBe('Перший абзац.');
    expect(bodyTeaser(docFromParagraphs([]))).toBe('');
  });
});

describe('X card', () => {
  it('the title follows the share title, named "share" when that is filled in', () => {
    expect(xTitle(source({ share: { title: 'Свій', description: '' } }))).toEqual({ value: 'Свій', source: 'share' });
    expect(xTitle(source()).source).toBe('headline');
  });

  it('the description is the X card text, else the share description’s chain', () => {
    expect(xDescription(source({ x: { text: 'Для X' } }))).toEqual({ value: 'Для X', source: 'own' });
    expect(xDescription(source({ share: { title: '', description: 'Свій' } }))).toEqual({
      value: 'Свій',
      source: 'share',
    });
    expect(xDescription(source({ lead: 'Лід' })).source).toBe('lead');
  });
});

describe('telegramPost', () => {
  it('is headline, lead and link, one paragraph each, when it has no text of its own', () => {
    expect(telegramPost(source({ lead: 'Ставка зросла\nвтретє.' }), LINK)).toEqual({
      value: `НБУ підвищив облікову ставку\n\nСтавка зросла\nвтретє.\n\n${LINK}`,
      source: 'composed',
    });
    expect(telegramPost(source(), LINK).value).toBe(`НБУ підвищив облікову ставку\n\n${LINK}`);
  });

  it('keeps its own text as written, and is "none" with nothing to compose', () => {
    expect(telegramPost(source({ telegram: { text: ' Свій\n\nпост ' } }), LINK)).toEqual({
      value: 'Свій\n\nпост',
      source: 'own',
    });
    expect(telegramPost(source({ headline: '' }), '')).toEqual({ value: '', source: 'none' });
  });
});

describe('effectiveShareFields', () => {
  it('takes an article as it is and fills every field', () => {
    const article = newArticle('a1', '2025-12-19T20:44:00+02:00', {
      headline: 'Київ',
      lead: 'Лід',
      seo: { title: 'SEO', description: '' },
    });
    const fields = effectiveShareFields(article, LINK);
    expect(fields.seoTitle).toEqual({ value: 'SEO', source: 'own' });
    expect(fields.shareTitle).toEqual({ value: 'SEO', source: 'seo' });
    expect(fields.seoDescription).toEqual({ value: 'Лід', source: 'lead' });
    expect(fields.shareDescription.source).toBe('lead');
    expect(fields.xTitle.source).toBe('seo');
    expect(fields.xDescription.source).toBe('lead');
    expect(fields.telegramPost.value).toBe(`Київ\n\nЛід\n\n${LINK}`);
  });
});
