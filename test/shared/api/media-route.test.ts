import { describe, expect, it } from 'vitest';
import { mediaRoutePath, parseMediaRoutePath } from '../../../shared/api/media-route';

const HASH = 'ab'.repeat(32);
const ID = 'm3k9x2ab-5f1c9e0d';

describe('media route', () => {
  it('builds the path of a stored image and parses it back', () => {
    const path = mediaRoutePath(ID, `media/${HASH}.jpg`);
    expect(path).toBe(`/media/${ID}/${HASH}.jpg`);
    expect(parseMediaRoutePath(path ?? '')).toEqual({ articleId: ID, src: `media/${HASH}.jpg` });
  });

  it.each([
    ['a web image', 'https://example.com/a.jpg'],
    ['a data: image', 'data:image/png;base64,AAAA'],
    ['a path out of the folder', `media/../${HASH}.jpg`],
    ['a name that is not a hash', 'media/photo.jpg'],
    ['an upper-case hash', `media/${HASH.toUpperCase()}.jpg`],
    ['no folder', `${HASH}.jpg`],
  ])('has no path for %s', (_what, src) => {
    expect(mediaRoutePath(ID, src)).toBeNull();
  });

  it('has no path for an id that is not an article id', () => {
    expect(mediaRoutePath('../etc', `media/${HASH}.jpg`)).toBeNull();
    expect(mediaRoutePath('', `media/${HASH}.jpg`)).toBeNull();
  });

  it.each([
    `/media/${ID}/../${HASH}.jpg`,
    `/media/${ID}/%2e%2e/${HASH}.jpg`,
    `/media/..%2f..%2f/${HASH}.jpg`,
    `/media/${ID}/${HASH}.jpg/extra`,
    `/media/${ID}`,
    `/media/${ID}/`,
    `/media//${HASH}.jpg`,
    `/media/${ID.toUpperCase()}/${HASH}.jpg`,
    `/media/${ID}/${HASH}`,
    `/media/${ID}/${HASH}.jpg%00.html`,
    `/media/${ID}/article.json`,
    `/api/media/${ID}/${HASH}.jpg`,
    `/assets/${ID}/${HASH}.jpg`,
  ])('refuses %s', (path) => {
    expect(parseMediaRoutePath(path)).toBeNull();
  });
});
