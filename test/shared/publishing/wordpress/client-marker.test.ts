import { describe, expect, it } from 'vitest';
import { clientMarker, markerSearch, readMarker } from '../../../../shared/publishing/wordpress/client-marker';

describe('clientMarker', () => {
  it('is one HTML comment naming the article and the job', () => {
    expect(clientMarker('m3k9x2ab-seed0001', 'job7')).toBe('<!-- shpalta:article=m3k9x2ab_2d_seed0001 job=job7 -->');
  });

  it('writes ids in an alphabet no WordPress filter changes: no `--`, no `>`, no spaces', () => {
    const marker = clientMarker('a--b', 'job --> <script> _x');
    const inner = marker.slice('<!-- '.length, -' -->'.length);
    expect(inner).not.toMatch(/--|>|<|\s(?!job=)/);
    expect(inner).toMatch(/^shpalta:article=[A-Za-z0-9_]+ job=[A-Za-z0-9_]+$/);
  });

  it('keeps different ids apart (`_` itself is written as a code too)', () => {
    expect(clientMarker('a-b', 'j')).not.toBe(clientMarker('a_2d_b', 'j'));
    expect(clientMarker('x', 'a_b')).not.toBe(clientMarker('x', 'a-b'));
  });
});

describe('markerSearch', () => {
  it('is a single search word that the marker contains', () => {
    const search = markerSearch('my-article');
    expect(search).not.toMatch(/[\s",+]/); // WordPress splits search terms on these
    expect(search.startsWith('-')).toBe(false); // a leading dash would exclude the term
    expect(clientMarker('my-article', 'j1')).toContain(search);
  });
});

describe('readMarker', () => {
  const content = `${clientMarker('art-1', 'job-2')}\n<p>Текст</p>`;

  it('tells the article’s post and the job that wrote it last', () => {
    expect(readMarker(content, 'art-1', 'job-2')).toEqual({ article: true, job: true });
    expect(readMarker(content, 'art-1', 'job-3')).toEqual({ article: true, job: false });
  });

  it('does not take an article whose id starts alike for this one', () => {
    expect(readMarker(content, 'art', 'job-2')).toEqual({ article: false, job: false });
    expect(readMarker(`${clientMarker('art-10', 'job-2')}`, 'art-1', 'job-2').article).toBe(false);
  });

  it('finds nothing in a post without a marker', () => {
    expect(readMarker('<p>shpalta:article=art_2d_1</p>', 'art-1', 'job-2')).toEqual({ article: false, job: false });
  });
});
