import type { KeyValueStore } from '../crash-memory';
import type { Pinned } from './panel-layout';

/**
 * Which panels the journalist keeps shown, remembered in localStorage: the layout belongs to this screen and
 * this window, not to the person's settings or the newsroom's library, and it is read synchronously, so the
 * first paint after a reload already has it (no panel jumping in once the settings arrive).
 */
const KEY = 'shpalta.panels';

export const ALL_PINNED: Pinned = { library: true, panel: true };

export function readPinned(storage: KeyValueStore | null): Pinned {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Record<string, unknown>> | null;
    if (!raw || typeof raw !== 'object') return ALL_PINNED;
    return { library: raw.library !== false, panel: raw.panel !== false };
  } catch {
    return ALL_PINNED;
  }
}

export function writePinned(storage: KeyValueStore | null, pinned: Pinned): void {
  try {
    storage?.setItem(KEY, JSON.stringify(pinned));
  } catch {
    // A full or refused storage only costs the memory of the layout, never the app.
  }
}
