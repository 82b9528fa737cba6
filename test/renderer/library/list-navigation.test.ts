import { describe, expect, it } from 'vitest';
import {
  isSearchShortcut,
  neighbourAfterRemoval,
  nextIndex,
  resolveOpenId,
} from '../../../renderer/src/library/list-navigation';

const key = (
  k: string,
  code = '',
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const BODY = { tagName: 'DIV', isContentEditable: true };
const INPUT = { tagName: 'INPUT', isContentEditable: false };
const LIST = { tagName: 'LI', isContentEditable: false };

describe('nextIndex', () => {
  it('arrows move one and stop at the ends; Home and End jump', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
  });

  it('nothing selected: ArrowDown goes to the first; other keys and empty lists do nothing', () => {
    expect(nextIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 3)).toBe(0);
    expect(nextIndex('a', 0, 3)).toBeNull();
    expect(nextIndex('ArrowDown', -1, 0)).toBeNull();
  });
});

describe('neighbourAfterRemoval', () => {
  it('the next item, or the previous one at the end, or none', () => {
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'a')).toBe('b');
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'b')).toBe('c');
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'c')).toBe('b');
    expect(neighbourAfterRemoval(['a'], 'a')).toBeNull();
    expect(neighbourAfterRemoval(['a', 'b'], 'x')).toBeNull();
  });
});

describe('resolveOpenId', () => {
  const listed = [{ id: 'a' }, { id: 'b' }];

  it('nothing until the list arrives; then the newest unless one was chosen', () => {
    expect(resolveOpenId({ selectedId: 'a', listed: null })).toBeNull();
    expect(resolveOpenId({ selectedId: null, listed })).toBe('a');
    expect(resolveOpenId({ selectedId: 'b', listed })).toBe('b');
    expect(resolveOpenId({ selectedId: null, listed: [] })).toBeNull();
  });

  it('an open article whose file vanished stays open, so unsaved text is never taken away', () => {
    expect(resolveOpenId({ selectedId: 'gone', listed })).toBe('gone');
    expect(resolveOpenId({ selectedId: 'gone', listed: [] })).toBe('gone');
  });

  it('a chosen article hidden by a search or beyond the loaded pages stays open', () => {
    expect(resolveOpenId({ selectedId: 'hidden', listed })).toBe('hidden');
  });
});

describe('isSearchShortcut', () => {
  it('Ctrl+K and Cmd+K go to the search except in the body editor', () => {
    expect(isSearchShortcut(key('k', 'KeyK', { ctrlKey: true }), LIST)).toBe(true);
    expect(isSearchShortcut(key('л', 'KeyK', { metaKey: true }), INPUT, true)).toBe(true);
    expect(isSearchShortcut(key('k', 'KeyK', { ctrlKey: true }), null)).toBe(true);
    expect(isSearchShortcut(key('k', 'KeyK', { ctrlKey: true }), BODY)).toBe(false);
    expect(isSearchShortcut(key('K', 'KeyK', { ctrlKey: true, shiftKey: true }), LIST)).toBe(false);
  });

  it('«/» goes to the search only where it is not a typed character', () => {
    expect(isSearchShortcut(key('/', 'Slash'), LIST)).toBe(true);
    expect(isSearchShortcut(key('/', 'Slash'), null)).toBe(true);
    expect(isSearchShortcut(key('/', 'Slash'), INPUT)).toBe(false);
    expect(isSearchShortcut(key('/', 'Slash'), { tagName: 'TEXTAREA', isContentEditable: false })).toBe(false);
    expect(isSearchShortcut(key('/', 'Slash'), BODY)).toBe(false);
    expect(isSearchShortcut(key('/', 'Slash', { ctrlKey: true }), LIST)).toBe(false);
    expect(isSearchShortcut(key('k', 'KeyK'), LIST)).toBe(false);
  });

  it('«/» typed with Shift (where the layout keeps it there) still searches; the Ukrainian «.» on that key does not', () => {
    expect(isSearchShortcut(key('/', 'Digit7', { shiftKey: true }), LIST)).toBe(true);
    expect(isSearchShortcut(key('.', 'Slash'), LIST)).toBe(false);
  });
});
