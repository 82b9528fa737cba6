import { useEffect, useRef, useState } from 'react';
import type { ShpaltaApi } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';
import type { StatusStore } from '../status/status-store';
import { VIEW_ID } from '../api/view-id';
import { Autosave } from './autosave';
import { firstKept } from './drafts/first-kept';
import { useLocalDraft, type LocalDraftKeeper } from './drafts/use-local-draft';
import type { EditedArticle } from './edited-article';
import type { OpenArticle } from './open-article';
import { skippableIdle } from '../editor/when-idle';
import { unsavedReportOf } from '../updates/unsaved-report';

/**
 * Leaving an article waits at most this long for its edits to be saved or kept in this browser: a host that
 * hangs must not hold the window, and the journalist is told why the article stayed open.
 */
export const LEAVE_WAIT_MS = 5000;

/** How many unanswered saves a kept copy remembers (each may have landed). */
const UNCONFIRMED_KEPT = 3;

export interface AutosaveSessionOptions {
  api: ShpaltaApi;
  edited: EditedArticle;
  status: StatusStore;
  /** The article opened with edits this browser kept and the host never confirmed: they are sent at once. */
  restored: boolean;
  /** Lets the shell save now and secure the edits before the article is left. */
  registerArticle(article: OpenArticle | null): void;
  /** A save met another version on disk (true), or the next save state came (false). */
  onConflict(conflict: boolean): void;
}

export interface AutosaveSession {
  autosave: Autosave;
  localDraft: LocalDraftKeeper;
  /** An edit: a save is planned and the edits are kept in this browser meanwhile. */
  touch(): void;
}

/**
 * Saves the open article as the journalist types, keeps the unsaved edits in this browser until the host
 * confirms them, saves before the article or the page is left, and reports the save state in the status bar.
 */
export function useAutosaveSession({
  api,
  edited,
  status,
  restored,
  registerArticle,
  onConflict,
}: AutosaveSessionOptions): AutosaveSession {
  /**
   * What the saves sent since the last confirmed one, unanswered (on their way, or their answer lost): a copy
   * kept meanwhile knows its base may already have moved (drafts/with-kept-draft.ts). The last few only.
   */
  const unconfirmed = useRef<Article[]>([]);
  /** The session is the open article's (mounted): only then does it speak in the status bar. */
  const mounted = useRef(false);
  const localDraft = useLocalDraft(() =>
    unconfirmed.current.length > 0 ? { ...edited.draft(), unconfirmed: unconfirmed.current } : edited.draft(),
  );
  const [session] = useState(() => {
    /** The page is being left (beforeunload): the last save cannot wait for an idle moment. */
    let leaving = false;
    /** Ends the idle wait of a save already on its way, when the page is being left: no idle moment comes then. */
    let skipIdleWait: (() => void) | null = null;
    /** This article's say in whether the page holds unsaved edits (an update waits while it does). */
    const unsavedSource = {};
    const unsavedReport = unsavedReportOf(api);
    const autosave = new Autosave({
      save: async () => {
        // Serialising a long article takes a while: do it between keystrokes, not in front of one. When the
        // page is going away (reload, closing the tab) there is no later: an idle moment would never come, so
        // a save begins at once, and one already waiting for idle stops waiting (warnBeforeUnload).
        if (!leaving) {
          const idle = skippableIdle();
          skipIdleWait = idle.now;
          await idle.done;
          skipIdleWait = null;
        }
        const article = edited.current();
        unconfirmed.current = [...unconfirmed.current.slice(-(UNCONFIRMED_KEPT - 1)), article];
        const saved = await api.invoke('article.save', { ...edited.saveInput(article), view: VIEW_ID });
        edited.saved(saved, article);
        unconfirmed.current = [];
        return saved;
      },
      onState: (state) => {
        // Saved, or the disk's version taken instead (reset): nothing of this browser's is left to send.
        if (state.kind === 'saved' || state.kind === 'clean') localDraft.confirmed();
        // Told even once the article is left: its last save, on its way, still decides.
        unsavedReport?.set(unsavedSource, state.kind !== 'saved' && state.kind !== 'clean');
        // An article left with its save on the way still finishes it, but the status bar is the open one's:
        // a late «saved» from the one left would say so over edits of this one that are not.
        if (!mounted.current) return;
        status.update({ save: state });
        onConflict(state.kind === 'conflict');
      },
    });
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedChanges) return;
      // Neither the save below nor IndexedDB is sure to finish before a reload tears the page down.
      localDraft.keepBeforeThePageGoes();
      void localDraft.keepNow();
      // The request leaves before the page does; if the journalist stays, saving waits for idle again.
      leaving = true;
      skipIdleWait?.();
      void autosave.flush().finally(() => {
        leaving = false;
      });
      // The browser asks «leave the page?» only while a reload could lose words: neither the host confirmed
      // them nor this browser's IndexedDB holds them (they come back from it on the next open).
      if (!localDraft.holdsLatest()) event.preventDefault();
    };
    const touch = () => {
      autosave.touch();
      localDraft.changed();
    };
    // The page goes without asking (the journalist left anyway, or no prompt was allowed): the latest edits,
    // and what the save on its way sent, are kept as late as can be.
    const keepAsThePageGoes = () => {
      if (autosave.hasUnsavedChanges) localDraft.keepBeforeThePageGoes();
    };
    return { autosave, localDraft, touch, warnBeforeUnload, keepAsThePageGoes };
  });

  useEffect(() => {
    const { autosave, warnBeforeUnload, keepAsThePageGoes } = session;
    mounted.current = true;
    autosave.unblock();
    status.update({ save: { kind: 'clean' } });
    registerArticle({
      save: () => autosave.flush(),
      // Whichever comes first: the host confirms the save, or this browser holds the edits (host down or slow).
      secure: () =>
        autosave.hasUnsavedChanges
          ? firstKept([localDraft.keepNow(), autosave.flush().then(() => !autosave.hasUnsavedChanges)], LEAVE_WAIT_MS)
          : Promise.resolve(true),
    });
    window.addEventListener('beforeunload', warnBeforeUnload);
    window.addEventListener('pagehide', keepAsThePageGoes);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      window.removeEventListener('pagehide', keepAsThePageGoes);
      registerArticle(null);
      // Switching articles must not drop the last edits. (A remount, as StrictMode does, keeps it alive.)
      // They are kept in this browser first: with the host down, the flush fails and they would be gone.
      if (autosave.hasUnsavedChanges) void localDraft.keepNow();
      mounted.current = false;
      void autosave.flush().finally(() => {
        if (!mounted.current) autosave.dispose();
      });
      status.update({ save: null });
    };
  }, [session, localDraft, registerArticle, status]);

  useEffect(() => {
    if (restored) session.autosave.touch();
  }, [session, restored]);

  return session;
}
