import { describe, expect, it } from 'vitest';
import { focusIndexForKey } from '../../../../../renderer/src/editor/features/toolbar/focus-index';

const VERTICAL = { ArrowDown: 1, ArrowUp: -1 };

describe('focusIndexForKey', () => {
  it('moves one item along the arrows of its list', () => {
    expect(focusIndexForKey('ArrowDown', 1, 4, VERTICAL)).toBe(2);
    expect(focusIndexForKey('ArrowUp', 2, 4, VERTICAL)).toBe(1);
    expect(focusIndexForKey('ArrowRight', 1, 4, { ArrowRight: 1, ArrowLeft: -1 })).toBe(2);
  });

  it('wraps around at both ends', () => {
    expect(focusIndexForKey('ArrowDown', 3, 4, VERTICAL)).toBe(0);
    expect(focusIndexForKey('ArrowUp', 0, 4, VERTICAL)).toBe(3);
    expect(focusIndexForKey('ArrowDown', 0, 1, VERTICAL)).toBe(0);
  });

  it('Home and End go to the first and the last item', () => {
    expect(focusIndexForKey('Home', 2, 4, VERTICAL)).toBe(0);
    expect(focusIndexForKey('End', 1, 4, VERTICAL)).toBe(3);
  });

  it('leaves other keys, arrows of the other direction and empty lists alone', () => {
    expect(focusIndexForKey('Escape', 1, 4, VERTICAL)).toBeNull();
    expect(focusIndexForKey('ArrowRight', 1, 4, VERTICAL)).toBeNull();
    expect(focusIndexForKey('Home', 0, 0, VERTICAL)).toBeNull();
    expect(focusIndexForKey('ArrowDown', 0, 0, VERTICAL)).toBeNull();
  });
});
