import { useCallback, useRef, useState } from 'react';

/**
 * Creating, duplicating or trashing the open article first saves it, then waits for the disk, and only then
 * opens the next one. Meanwhile the open article must take no edits: a headline typed there went into the old
 * article and was saved over it while the journalist thought they were writing the new one. So the shell
 * makes the editor inert for the switch, and runs one switch at a time (a double click or a held
 * Ctrl+Alt+N makes one article, not several).
 */
export function useArticleSwitch() {
  const [switching, setSwitching] = useState(false);
  const running = useRef(false);

  /** Runs the switch; false when another one was still running and this one did not run. */
  const run = useCallback(async (task: () => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    const focused = document.activeElement;
    setSwitching(true);
    try {
      await task();
    } finally {
      running.current = false;
      setSwitching(false);
      // Inert took the focus away. If nothing claims it by the next frame (the switch failed, or the next
      // article does not take it), it goes back where it was, when that is still on the page.
      if (document.activeElement === document.body && focused instanceof HTMLElement && focused.isConnected) {
        requestAnimationFrame(() => {
          if (document.activeElement === document.body && focused.isConnected) focused.focus();
        });
      }
    }
    return true;
  }, []);

  return { switching, run };
}
