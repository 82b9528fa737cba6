import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../../shared/domain/article';
import { articleImages, webImage } from '../../../../shared/publishing/wordpress/article-images';
import { postFields, postSlug, type PostFieldsInput } from '../../../../shared/publishing/wordpress/post-fields';
import {
  decodeRemoteMedia,
  encodeRemoteMedia,
  mediaFileName,
  mediaSlug,
} from '../../../../shared/publishing/wordpress/remote-media';

const FEATURED = `media/${'a'.repeat(64)}.jpg`;
const BODY = `media/${'b'.repeat(64)}.png`;

function article(fields: Parameters<typeof newArticle>[2] = {}) {
  return newArticle('art-1', '2026-12-01T08:00:00Z', {
    headline: 'Заголовок «з лапками» — і…',
    lead: 'Лід’',
    slug: 'zaholovok',
    featuredImage: { src: FEATURED, alt: 'Головне', caption: 'Підпис', credit: 'Олег Бондар', crops: {} },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Абзац' }] },
        { type: 'figure', attrs: { src: BODY, alt: 'Друге', caption: '', credit: '' } },
        { type: 'figure', attrs: { src: FEATURED, alt: 'Знову', caption: '', credit: '' } },
        { type: 'figure', attrs: { src: 'https://example.org/x.jpg', alt: 'Чуже', caption: '', credit: '' } },
        { type: 'figure', attrs: { src: 'javascript:alert(1)', alt: 'Погане', caption: '', credit: '' } },
      ],
    },
    ...fields,
  });
}

function input(overrides: Partial<PostFieldsInput> = {}): PostFieldsInput {
  return {
    article: article(),
    dateStyle: 'standard',
    marker: '<!-- shpalta:article=art_2d_1 job=j -->',
    media: new Map([
      [FEATURED, { id: 11, url: 'https://site.test/a.jpg', width: 800, height: 600 }],
      [BODY, { id: 12, url: 'https://site.test/b.png', width: 40, height: 30 }],
    ]),
    when: 'now',
    wasScheduled: false,
    now: new Date('2026-12-07T10:00:00Z'),
    categories: [3],
    tags: [4, 5],
    author: null,
    ...overrides,
  };
}

describe('articleImages', () => {
  it('lists the article’s own pictures once each, the featured first, with the credit in the caption', () => {
    expect(articleImages(article())).toEqual([
      { src: FEATURED, alt: 'Головне', caption: 'Підпис Фото: Олег Бондар' },
      { src: BODY, alt: 'Друге', caption: '' },
    ]);
  });

  it('links web pictures as they are and drops unsafe ones', () => {
    expect(webImage('https://example.org/x.jpg')).toBe('https://example.org/x.jpg');
    expect(webImage('javascript:alert(1)')).toBeNull();
    expect(webImage(BODY)).toBeNull();
  });
});

describe('postFields', () => {
  it('makes the post of the article: title, marked body with the site’s addresses, lead, slug, terms, featured', () => {
    const fields = postFields(input());
    expect(fields).toMatchObject({
      title: 'Заголовок «з лапками» — і…',
      excerpt: 'Лід’',
      slug: 'zaholovok',
      status: 'publish',
      featured_media: 11,
      categories: [3],
      tags: [4, 5],
    });
    expect(fields).not.toHaveProperty('date_gmt');
    expect(fields).not.toHaveProperty('author');
    const content = String(fields.content);
    expect(content.startsWith('<!-- shpalta:article=art_2d_1 job=j -->\n<p>Абзац</p>')).toBe(true);
    expect(content).toContain('src="https://site.test/b.png"');
    expect(content).toContain('src="https://example.org/x.jpg"');
    expect(content).not.toContain('javascript:');
    expect(content).not.toContain('media/');
  });

  it('schedules with the instant in UTC, without an offset WordPress would drop', () => {
    const fields = postFields(input({ when: '2031-05-04T09:30:00+03:00' }));
    expect(fields).toMatchObject({ status: 'future', date_gmt: '2031-05-04T06:30:00' });
  });

  it('moves a scheduled post’s date to now when it is published at once, and leaves a published one’s date', () => {
    expect(postFields(input({ wasScheduled: true })).date_gmt).toBe('2026-12-07T10:00:00');
    expect(postFields(input({ wasScheduled: false }))).not.toHaveProperty('date_gmt');
  });

  it('names the author where one was mapped, and no featured image where there is none', () => {
    const fields = postFields(input({ author: 7, article: article({ featuredImage: null }) }));
    expect(fields).toMatchObject({ author: 7, featured_media: 0 });
  });

  it('publishes under the article’s id when it has no slug, as the static site does', () => {
    expect(postSlug(article({ slug: '  ' }))).toBe('art-1');
  });
});

describe('remote media', () => {
  const sha = 'c'.repeat(64);

  it('names the upload by its hash: an ASCII file name and a slug the site finds again', () => {
    expect(mediaSlug(sha)).toBe(`shpalta-${'c'.repeat(40)}`);
    expect(mediaFileName(sha, 'фото.JPEG', 'image/jpeg')).toBe(`${'c'.repeat(16)}.jpeg`);
    expect(mediaFileName(sha, 'без розширення', 'image/jpeg')).toBe(`${'c'.repeat(16)}.jpg`);
  });

  it('keeps a picture in the record and reads it back; anything else reads as none', () => {
    const media = { id: 5, url: 'https://s/x.png', width: 4, height: 3, alt: 'Альт', caption: '' };
    expect(decodeRemoteMedia(encodeRemoteMedia(media))).toEqual(media);
    expect(decodeRemoteMedia(undefined)).toBeNull();
    expect(decodeRemoteMedia('not json')).toBeNull();
    expect(decodeRemoteMedia('{"id":"5"}')).toBeNull();
  });
});
