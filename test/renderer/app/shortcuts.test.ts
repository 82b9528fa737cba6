import { describe, expect, it } from 'vitest';
import { isNewArticleShortcut, isSaveShortcut } from '../../../renderer/src/app/shortcuts';

type KeyLike = Parameters<typeof isSaveShortcut>[0];

const key = (code: string, mods: Partial<Omit<KeyLike, 'key' | 'code'>> = {}, keyValue?: string): KeyLike => ({
  code,
  key: keyValue ?? code.replace(/^Key/, '').toLowerCase(),
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isNewArticleShortcut', () => {
  it('Ctrl+Alt+N and Cmd+Alt+N', () => {
    expect(isNewArticleShortcut(key('KeyN', { ctrlKey: true, altKey: true }))).toBe(true);
    expect(isNewArticleShortcut(key('KeyN', { metaKey: true, altKey: true }))).toBe(true);
  });

  it('works by physical key: Ukrainian layout (т) and macOS Option characters (˜)', () => {
    expect(isNewArticleShortcut(key('KeyN', { ctrlKey: true, altKey: true }, 'т'))).toBe(true);
    expect(isNewArticleShortcut(key('KeyN', { metaKey: true, altKey: true }, '˜'))).toBe(true);
  });

  it('not Ctrl+N alone, not Alt+N alone, not with Shift, not another key', () => {
    expect(isNewArticleShortcut(key('KeyN', { ctrlKey: true }))).toBe(false);
    expect(isNewArticleShortcut(key('KeyN', { metaKey: true }))).toBe(false);
    expect(isNewArticleShortcut(key('KeyN', { altKey: true }))).toBe(false);
    expect(isNewArticleShortcut(key('KeyN', { ctrlKey: true, altKey: true, shiftKey: true }))).toBe(false);
    expect(isNewArticleShortcut(key('KeyM', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isNewArticleShortcut(key('KeyN'))).toBe(false);
  });
});

describe('isSaveShortcut', () => {
  it('Ctrl+S and Cmd+S, in any layout', () => {
    expect(isSaveShortcut(key('KeyS', { ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { metaKey: true }))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { ctrlKey: true }, 'і'))).toBe(true);
  });

  it('not Ctrl+Shift+S, not Ctrl+Alt+S, not S alone, not Ctrl+N', () => {
    expect(isSaveShortcut(key('KeyS', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key('KeyS', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSaveShortcut(key('KeyS'))).toBe(false);
    expect(isSaveShortcut(key('KeyS', { shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key('KeyN', { ctrlKey: true }))).toBe(false);
  });

  it('accepts a real KeyboardEvent', () => {
    expect(isSaveShortcut(new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true }))).toBe(true);
    expect(isNewArticleShortcut(new KeyboardEvent('keydown', { code: 'KeyN', key: 'n', ctrlKey: true }))).toBe(false);
  });
});
