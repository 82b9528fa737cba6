import { describe, expect, it } from 'vitest';
import { ALL_PINNED, readPinned, writePinned } from '../../../../renderer/src/app/layout/pinned-panels';

function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('pinned panels', () => {
  it('keeps what was written, and shows both panels when nothing was', () => {
    const store = memoryStore();
    expect(readPinned(store)).toEqual(ALL_PINNED);
    writePinned(store, { library: false, panel: true });
    expect(readPinned(store)).toEqual({ library: false, panel: true });
  });

  it('reads damaged or missing storage as both shown', () => {
    const store = memoryStore();
    store.setItem('shpalta.panels', '{not json');
    expect(readPinned(store)).toEqual(ALL_PINNED);
    expect(readPinned(null)).toEqual(ALL_PINNED);
  });
});
