import { useCallback, useState } from 'react';
import { CrashMemory, withoutCrashMark, type CrashRecovery, type KeyValueStore } from './crash-memory';

let pageMemory: CrashMemory | null = null;

/** A store that forgets: where sessionStorage is blocked, the page still works, without the crash guard. */
const forgetful: KeyValueStore = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

function sessionStore(): KeyValueStore {
  try {
    return window.sessionStorage;
  } catch {
    return forgetful;
  }
}

/** One per page load: it reads what the last load left, and must do so before this load writes. */
function crashMemoryOfPage(): CrashMemory {
  if (pageMemory) return pageMemory;
  const url = new URL(window.location.href);
  pageMemory = CrashMemory.start(sessionStore(), url);
  const clean = withoutCrashMark(url);
  if (clean !== null) window.history.replaceState(window.history.state, '', clean);
  window.addEventListener('pagehide', () => pageMemory?.exited());
  return pageMemory;
}

/**
 * After a crash of the page, the article that was open is not opened by itself (it may be what crashed
 * it): the shell says so and offers to open it on purpose. See crash-memory.ts.
 */
export function useCrashRecovery() {
  const [memory] = useState(crashMemoryOfPage);
  const [recovered, setRecovered] = useState<CrashRecovery | null>(memory.recovered);
  /** Left out of the automatic choice until opened on purpose, also after the notice is closed. */
  const [skippedId, setSkippedId] = useState<string | null>(memory.recovered?.articleId ?? null);

  const opening = useCallback((id: string | null) => memory.opening(id), [memory]);
  const shown = useCallback((id: string) => memory.shown(id), [memory]);
  const dismiss = useCallback(() => setRecovered(null), []);
  const openedOnPurpose = useCallback(() => {
    setRecovered(null);
    setSkippedId(null);
  }, []);

  return { recovered, skippedId, opening, shown, dismiss, openedOnPurpose };
}
