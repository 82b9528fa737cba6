import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { fitsBeside, panelModes, type PanelId, type PanelMode } from './panel-layout';
import { readPinned, writePinned } from './pinned-panels';

const subscribeWidth = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const windowWidth = () => window.innerWidth;

function localStore() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface PanelLayout {
  modes: Record<PanelId, PanelMode>;
  /** Docks or hides a panel that fits beside the text (remembered); opens or closes one that does not, over it. */
  toggle(id: PanelId): void;
  /** Closes whichever panel is open over the text. */
  closeOverlay(): void;
}

/** The side panels' layout for the window's width, following it as the window is resized. */
export function usePanelLayout(): PanelLayout {
  const storage = useMemo(() => localStore(), []);
  const [pinned, setPinned] = useState(() => readPinned(storage));
  const [overlay, setOverlay] = useState<PanelId | null>(null);
  const width = useSyncExternalStore(subscribeWidth, windowWidth);

  const toggle = useCallback(
    (id: PanelId) => {
      if (!fitsBeside(width, pinned, id)) {
        setOverlay((open) => (open === id ? null : id));
        return;
      }
      const next = { ...pinned, [id]: !pinned[id] };
      setPinned(next);
      writePinned(storage, next);
      setOverlay(null);
    },
    [width, pinned, storage],
  );
  const closeOverlay = useCallback(() => setOverlay(null), []);

  return { modes: panelModes(width, pinned, overlay), toggle, closeOverlay };
}
