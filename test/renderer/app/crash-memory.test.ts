import { describe, expect, it } from 'vitest';
import { CrashMemory, withoutCrashMark, type KeyValueStore } from '../../../renderer/src/app/crash-memory';

/** sessionStorage's behaviour for the three methods used: a map of strings that outlives one page load. */
function tabStorage(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const PAGE = new URL('http://127.0.0.1:4777/?token=abc');
const CRASH_RELOAD = new URL('app://shpalta/?recovered=crash');

describe('CrashMemory', () => {
  it('a first load of the tab is no crash', () => {
    expect(CrashMemory.start(tabStorage(), PAGE).recovered).toBeNull();
  });

  it('a load that died while opening an article names that article', () => {
    const storage = tabStorage();
    const first = CrashMemory.start(storage, PAGE);
    first.opening('a1');
    // No pagehide: the renderer died.
    expect(CrashMemory.start(storage, PAGE).recovered).toEqual({ articleId: 'a1' });
  });

  it('a load that died with an article open names it; one still opening the next names the next', () => {
    const storage = tabStorage();
    const first = CrashMemory.start(storage, PAGE);
    first.opening('a1');
    first.shown('a1');
    expect(CrashMemory.start(storage, PAGE).recovered).toEqual({ articleId: 'a1' });

    const third = CrashMemory.start(storage, PAGE);
    third.opening('a1');
    third.shown('a1');
    third.opening('b2');
    expect(CrashMemory.start(storage, PAGE).recovered).toEqual({ articleId: 'b2' });
  });

  it('a reload after a normal end of the page is no crash', () => {
    const storage = tabStorage();
    const first = CrashMemory.start(storage, PAGE);
    first.opening('a1');
    first.exited();
    expect(CrashMemory.start(storage, PAGE).recovered).toBeNull();
  });

  it('the desktop host’s mark is a crash even when the page lost its note', () => {
    expect(CrashMemory.start(tabStorage(), CRASH_RELOAD).recovered).toEqual({ articleId: null });
  });

  it('a note that is not ours is ignored', () => {
    const storage = tabStorage();
    storage.setItem('shpalta.load', '{not json');
    expect(CrashMemory.start(storage, PAGE).recovered).toBeNull();
  });
});

describe('withoutCrashMark', () => {
  it('drops the mark and keeps the rest of the address', () => {
    expect(withoutCrashMark(new URL('http://127.0.0.1:4777/?token=abc&recovered=crash#x'))).toBe('/?token=abc#x');
    expect(withoutCrashMark(PAGE)).toBeNull();
  });
});
