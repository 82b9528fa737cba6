import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { defaultSettings } from '../../../../shared/settings/schema';
import type { SiteMedia } from '../../../../shared/site/site-page';
import { shareCardsModel } from '../../../../renderer/src/preview/cards/share-cards-model';

const OUTLET = { ...defaultSettings('/library').outlet, name: 'Вісник', siteUrl: 'https://visnyk.ua' };
const PHOTO = 'media/photo.jpg';
const LEAD =
  'Рух мостом через Дніпро відновили вранці після ремонту, що тривав пів року; першими проїхали автобуси міських маршрутів.';

function article(fields: Partial<Article> = {}): Article {
  return {
    ...newArticle('a1', '2025-12-01T09:00:00Z', {
      headline: 'Міст через Дніпро відкрили',
      lead: LEAD,
      body: docFromParagraphs(['Перший абзац.']),
      slug: 'mist',
    }),
    ...fields,
  };
}

const loaded =
  (size: { width: number; height: number } | null) =>
  (src: string): SiteMedia | null =>
    src === PHOTO
      ? { url: 'data:image/png;base64,AAAA', width: size?.width ?? null, height: size?.height ?? null }
      : null;

describe('shareCardsModel', () => {
  it('links to the page and shows the fallbacks of empty fields', () => {
    const model = shareCardsModel(article(), OUTLET, () => null);
    expect(model.link).toBe('https://visnyk.ua/mist/');
    expect(model.fields.shareTitle).toEqual({ value: 'Міст через Дніпро відкрили', source: 'headline' });
    expect(model.fields.telegramPost.value).toBe(`Міст через Дніпро відкрили\n\n${LEAD}\n\nhttps://visnyk.ua/mist/`);
    expect(model.image).toBeNull();
    expect(model.telegramAsPhoto).toBe(false);
    expect(model.warnings.map((w) => w.code)).toContain('image.missing');
  });

  it('takes the featured image’s stored size and wide crop', () => {
    const wide = { x: 0.1, y: 0.2, width: 0.5, height: 0.4 };
    const featuredImage = {
      src: PHOTO,
      alt: 'Міст',
      caption: '',
      credit: '',
      width: 2000,
      height: 1500,
      crops: { wide },
    };
    const model = shareCardsModel(article({ featuredImage }), OUTLET, loaded(null));
    expect(model.image).toMatchObject({
      url: 'data:image/png;base64,AAAA',
      size: { width: 2000, height: 1500 },
      box: wide,
    });
    expect(model.telegramAsPhoto).toBe(true);
    expect(model.warnings).toEqual([]);
  });

  it('without a stored size, waits for the measured one, then centres the wide crop and checks the size', () => {
    const featuredImage = { src: PHOTO, alt: '', caption: '', credit: '', crops: {} };
    const loading = shareCardsModel(article({ featuredImage }), OUTLET, () => null);
    expect(loading.image).toMatchObject({ url: null, size: null, box: null });
    expect(loading.warnings.map((w) => w.code)).toEqual(['image.altMissing']);

    const measured = shareCardsModel(article({ featuredImage }), OUTLET, loaded({ width: 400, height: 400 }));
    expect(measured.image?.box).toEqual({
      x: 0,
      y: expect.closeTo(0.2375, 6),
      width: 1,
      height: expect.closeTo(0.525, 6),
    });
    expect(measured.warnings.map((w) => w.code)).toEqual(['image.altMissing', 'image.tooSmall', 'image.noWideCrop']);
  });

  it('a separate share image is used whole, with its measured size', () => {
    const featuredImage = {
      src: 'media/other.jpg',
      alt: 'Міст',
      caption: '',
      credit: '',
      crops: { wide: { x: 0, y: 0, width: 0.5, height: 0.5 } },
    };
    const share = { title: '', description: '', image: PHOTO };
    const model = shareCardsModel(article({ featuredImage, share }), OUTLET, loaded({ width: 1200, height: 630 }));
    expect(model.image).toMatchObject({ src: PHOTO, hasWideCrop: false, box: { x: 0, y: 0, width: 1, height: 1 } });
  });

  it('a post too long for a caption goes as a text message even with a picture', () => {
    const featuredImage = { src: PHOTO, alt: 'Міст', caption: '', credit: '', width: 1200, height: 630, crops: {} };
    const telegram = { text: 'я'.repeat(1025) };
    const model = shareCardsModel(article({ featuredImage, telegram }), OUTLET, loaded(null));
    expect(model.telegramAsPhoto).toBe(false);
    expect(model.warnings.map((w) => w.code)).toEqual(['telegram.captionTooLong']);
  });
});
