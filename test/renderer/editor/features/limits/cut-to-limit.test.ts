import { describe, expect, it } from 'vitest';
import { cutToLimit, limitList } from '../../../../../renderer/src/editor/features/limits/cut-to-limit';

describe('cutToLimit', () => {
  it('leaves a value within the limit as it is', () => {
    expect(cutToLimit('Київ', 4)).toEqual({ value: 'Київ', cut: 0 });
  });

  it('cuts the end and says how much', () => {
    expect(cutToLimit('Київ вітає', 4)).toEqual({ value: 'Київ', cut: 6 });
  });

  it('never splits an emoji in half', () => {
    const result = cutToLimit('аб🙂в', 3);
    expect(result).toEqual({ value: 'аб', cut: 3 });
  });
});

describe('limitList', () => {
  it('keeps at most so many items of at most so many characters', () => {
    expect(limitList(['війна', 'економіка', 'спорт'], 2, 5)).toEqual({ items: ['війна', 'еконо'], dropped: true });
    expect(limitList(['війна'], 2, 5)).toEqual({ items: ['війна'], dropped: false });
  });
});
