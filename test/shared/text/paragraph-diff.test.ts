import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../../../shared/text/paragraph-diff';

describe('diffParagraphs', () => {
  it('equal versions are all the same', () => {
    expect(diffParagraphs(['а', 'б'], ['а', 'б'])).toEqual([
      { kind: 'same', text: 'а' },
      { kind: 'same', text: 'б' },
    ]);
  });

  it('an edited paragraph reads as one change, untouched ones around it stay', () => {
    expect(diffParagraphs(['Вступ.', 'Стара думка.', 'Кінець.'], ['Вступ.', 'Нова думка.', 'Кінець.'])).toEqual([
      { kind: 'same', text: 'Вступ.' },
      { kind: 'changed', before: 'Стара думка.', after: 'Нова думка.' },
      { kind: 'same', text: 'Кінець.' },
    ]);
  });

  it('insertions and deletions in the middle are found by the common subsequence', () => {
    const rows = diffParagraphs(['1', '2', '3', '4', '5'], ['1', '3', 'x', '4', '5']);
    expect(rows).toEqual([
      { kind: 'same', text: '1' },
      { kind: 'removed', text: '2' },
      { kind: 'same', text: '3' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: '4' },
      { kind: 'same', text: '5' },
    ]);
  });

  it('one side empty', () => {
    expect(diffParagraphs([], ['а'])).toEqual([{ kind: 'added', text: 'а' }]);
    expect(diffParagraphs(['а'], [])).toEqual([{ kind: 'removed', text: 'а' }]);
  });

  it('past the size limit the differing middle is compared as one block, still complete', () => {
    const before = ['спільне', ...Array.from({ length: 30 }, (_, i) => `старе ${i}`), 'кінець'];
    const after = ['спільне', ...Array.from({ length: 20 }, (_, i) => `нове ${i}`), 'кінець'];
    const rows = diffParagraphs(before, after, 100);
    expect(rows[0]).toEqual({ kind: 'same', text: 'спільне' });
    expect(rows.at(-1)).toEqual({ kind: 'same', text: 'кінець' });
    expect(rows.filter((r) => r.kind === 'changed')).toHaveLength(20);
    expect(rows.filter((r) => r.kind === 'removed')).toHaveLength(10);
  });
});
