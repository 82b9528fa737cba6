import { describe, expect, it } from 'vitest';
import { mediaDisplayUrl } from '../../../../../renderer/src/editor/nodes/figure/media-url';

const HASH = 'c'.repeat(64);
const ID = 'm3k9x2ab-5f1c9e0d';

describe('mediaDisplayUrl', () => {
  it('serves a stored image from the page’s own origin, with no secret in its address', () => {
    expect(mediaDisplayUrl(ID, `media/${HASH}.png`)).toBe(`/media/${ID}/${HASH}.png`);
    expect(mediaDisplayUrl(ID, `media/${HASH}.webp`)).toBe(`/media/${ID}/${HASH}.webp`);
  });

  it.each([
    ['a web image (never loaded in the editor)', 'https://example.com/a.jpg'],
    ['data:', 'data:image/png;base64,AAAA'],
    ['a path out of the folder', `media/../../${HASH}.png`],
    ['nothing', null],
    ['empty', ''],
  ])('has no address for %s', (_what, src) => {
    expect(mediaDisplayUrl(ID, src)).toBeNull();
  });
});
