import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import type { CropBox } from '../../../../shared/media/crop';
import { defaultSettings } from '../../../../shared/settings/schema';
import { FacebookCard } from '../../../../renderer/src/preview/cards/FacebookCard';
import { shareCardsModel } from '../../../../renderer/src/preview/cards/share-cards-model';
import { TelegramPost } from '../../../../renderer/src/preview/cards/TelegramPost';
import { XCard } from '../../../../renderer/src/preview/cards/XCard';

const OUTLET = { ...defaultSettings('/library').outlet, name: 'Вісник', siteUrl: 'https://visnyk.ua' };
const PHOTO = 'media/photo.jpg';
const DATA_URL = 'data:image/png;base64,AAAA';

function withPhoto(wide: CropBox | undefined, fields: Partial<Article> = {}) {
  const article: Article = {
    ...newArticle('a1', '2025-12-01T09:00:00Z', {
      headline: 'Міст через Дніпро відкрили',
      body: docFromParagraphs(['Перший абзац.']),
      slug: 'mist',
    }),
    featuredImage: {
      src: PHOTO,
      alt: 'Новий міст увечері',
      caption: '',
      credit: '',
      width: 3000,
      height: 2000,
      crops: wide ? { wide } : {},
    },
    ...fields,
  };
  return shareCardsModel(article, OUTLET, (src) =>
    src === PHOTO ? { url: DATA_URL, width: 3000, height: 2000 } : null,
  );
}

const picture = () => screen.getByRole<HTMLImageElement>('img', { name: 'Новий міст увечері' });

describe('the cards’ picture', () => {
  it('a changed crop moves and scales the picture in the card', () => {
    const { rerender } = render(<FacebookCard model={withPhoto({ x: 0, y: 0, width: 0.5, height: 0.394 })} />);
    expect(picture().src).toBe(DATA_URL);
    expect(picture().style).toMatchObject({ width: '200%', left: '0%', top: '0%' });

    rerender(<FacebookCard model={withPhoto({ x: 0.5, y: 0.5, width: 0.25, height: 0.197 })} />);
    expect(picture().style).toMatchObject({ width: '400%', left: '-200%', top: '-253.8071%' });
  });

  it('without a chosen crop, the centred wide part shows, as the platforms take it', () => {
    render(<XCard model={withPhoto(undefined)} />);
    // 3000×2000 at 1200:630: the whole width, the middle 78.75% of the height.
    expect(picture().style).toMatchObject({ width: '100%', height: '126.9841%', left: '0%', top: '-13.4921%' });
  });

  it('a post that fits a caption goes as a photo with it', () => {
    render(<TelegramPost model={withPhoto(undefined)} channel="Вісник" />);
    expect(picture()).toBeTruthy();
    expect(screen.getByText('Піде як фото з підписом.')).toBeTruthy();
  });

  it('a post too long for a caption goes as text with the link’s card', () => {
    render(<TelegramPost model={withPhoto(undefined, { telegram: { text: 'я'.repeat(1100) } })} channel="Вісник" />);
    expect(screen.getByText('Піде як текстове повідомлення з карткою посилання.')).toBeTruthy();
    // The picture is the link card's, under the text.
    expect(picture().closest('.tg-link-card')).toBeTruthy();
  });
});
