import { useState } from 'react';
import type { Message } from '../../../shared/i18n/message';
import type { Autosave } from './autosave';
import type { EditedArticle } from './edited-article';

export interface DamagedFileOptions {
  edited: EditedArticle;
  autosave: Autosave;
  /** The window's text is in the file again. */
  onRestored(): void;
  onError(error: unknown): void;
}

export interface DamagedFile {
  /** Why the file cannot be read; null while it can. */
  reason: Message | null;
  restoring: boolean;
  /** The file changed into one that cannot be read; `hash` is that of its bytes. */
  found(reason: Message, hash: string): void;
  /** The file can be read again (it was reloaded, or a sound version of it met the window's edits). */
  clear(): void;
  /** The window's text is written over the damaged file, which the service keeps as a revision. */
  restore(): Promise<void>;
}

/**
 * A file damaged while its article is open. Saves are never written over it on their own (a sync tool may
 * be half-way through it): they fail as a conflict and keep the edits in the app's backup, until the
 * journalist writes the window's text back, or the file becomes whole again.
 */
export function useDamagedFile({ edited, autosave, onRestored, onError }: DamagedFileOptions): DamagedFile {
  const [damage, setDamage] = useState<{ reason: Message; hash: string } | null>(null);
  const [restoring, setRestoring] = useState(false);
  return {
    reason: damage?.reason ?? null,
    restoring,
    found: (reason, hash) => setDamage({ reason, hash }),
    clear: () => setDamage(null),
    async restore() {
      if (!damage) return;
      setRestoring(true);
      try {
        edited.writeOver(damage.hash);
        autosave.touch();
        await autosave.flush();
        // A save that went through clears the choice; one that did not says why in the status bar.
        if (edited.overwrites === null) {
          setDamage(null);
          onRestored();
        }
      } catch (error) {
        onError(error);
      } finally {
        setRestoring(false);
      }
    },
  };
}
