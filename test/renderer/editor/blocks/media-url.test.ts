import { afterEach, describe, expect, it } from 'vitest';
import { mediaDisplayUrl, pageToken } from '../../../../renderer/src/editor/blocks/media-url';

const HASH = 'c'.repeat(64);
const ID = 'm3k9x2ab-5f1c9e0d';

describe('mediaDisplayUrl', () => {
  it('serves a stored image from the page’s own origin, with the token in browser mode', () => {
    expect(mediaDisplayUrl(ID, `media/${HASH}.png`, 'tok/+=')).toBe(`/media/${ID}/${HASH}.png?token=tok%2F%2B%3D`);
  });

  it('needs no token in Electron', () => {
    expect(mediaDisplayUrl(ID, `media/${HASH}.webp`, null)).toBe(`/media/${ID}/${HASH}.webp`);
  });

  it.each([
    ['a web image (never loaded in the editor)', 'https://example.com/a.jpg'],
    ['data:', 'data:image/png;base64,AAAA'],
    ['a path out of the folder', `media/../../${HASH}.png`],
    ['nothing', null],
    ['empty', ''],
  ])('has no address for %s', (_what, src) => {
    expect(mediaDisplayUrl(ID, src, 'tok')).toBeNull();
  });
});

describe('pageToken', () => {
  afterEach(() => sessionStorage.clear());

  it('is the token the API client keeps for this tab', () => {
    sessionStorage.setItem('shpalta.token', 'per-run-token');
    expect(pageToken()).toBe('per-run-token');
  });

  it('is null where there is none (Electron)', () => {
    expect(pageToken()).toBeNull();
  });
});
