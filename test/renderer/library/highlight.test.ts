import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../renderer/src/library/highlight';

describe('highlightSegments', () => {
  it('splits the text into plain and matched runs', () => {
    expect(
      highlightSegments({
        text: 'Питання безпеки та гарантій',
        highlights: [
          [8, 15],
          [19, 27],
        ],
      }),
    ).toEqual([
      { text: 'Питання ', highlighted: false },
      { text: 'безпеки', highlighted: true },
      { text: ' та ', highlighted: false },
      { text: 'гарантій', highlighted: true },
    ]);
  });

  it('no ranges: one plain run; empty text: nothing', () => {
    expect(highlightSegments({ text: 'Без збігів', highlights: [] })).toEqual([
      { text: 'Без збігів', highlighted: false },
    ]);
    expect(highlightSegments({ text: '', highlights: [[0, 3]] })).toEqual([]);
  });

  it('ranges out of order, overlapping or touching are merged', () => {
    expect(
      highlightSegments({
        text: 'абвгдеж',
        highlights: [
          [4, 6],
          [0, 2],
          [1, 3],
          [3, 4],
        ],
      }),
    ).toEqual([
      { text: 'абвгде', highlighted: true },
      { text: 'ж', highlighted: false },
    ]);
  });

  it('ranges past the end, negative, empty or backwards are clamped or dropped', () => {
    expect(
      highlightSegments({
        text: 'Київ',
        highlights: [
          [-5, 1],
          [2, 2],
          [3, 1],
          [3, 99],
        ],
      }),
    ).toEqual([
      { text: 'К', highlighted: true },
      { text: 'иї', highlighted: false },
      { text: 'в', highlighted: true },
    ]);
  });

  it('markup in the text stays text', () => {
    const segments = highlightSegments({ text: '<b>alert</b>', highlights: [[3, 8]] });
    expect(segments.map((s) => s.text).join('')).toBe('<b>alert</b>');
    expect(segments[1]).toEqual({ text: 'alert', highlighted: true });
  });
});
