import { useCallback } from 'react';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { neighbourAfterRemoval } from './list-navigation';
import type { LibraryView } from './use-library';

interface Options {
  library: LibraryView;
  /** The article open in the editor. */
  openId: string | null;
  select(id: string | null): void;
  /** Writes the open article's unsaved edits: copies and the trash take the file as it is on disk. */
  flush(): Promise<void>;
  /** A failure's message for the shell's error banner; null clears it after a success. */
  report(message: string | null): void;
  /** Runs what changes the open article with the editor inert (see use-article-switch.ts); false if it did not run. */
  runSwitch(task: () => Promise<void>): Promise<boolean>;
}

/** Duplicate and trash from the library list, with the selection moving the way the journalist expects. */
export function useLibraryActions({ library, openId, select, flush, report, runSwitch }: Options) {
  const api = useApi();
  const { listing, reload } = library;

  const duplicate = useCallback(
    async (id: string) => {
      await runSwitch(async () => {
        try {
          await flush();
          const copy = await api.invoke('article.duplicate', { id });
          await reload();
          select(copy.article.id);
          report(null);
        } catch (error) {
          report(toApiError(error).message);
        }
      });
    },
    [api, flush, reload, report, runSwitch, select],
  );

  const trash = useCallback(
    async (id: string): Promise<boolean> => {
      let trashed = false;
      const work = async () => {
        try {
          await flush();
          const next = neighbourAfterRemoval(listing?.articles.map((a) => a.id) ?? [], id);
          await api.invoke('article.trash', { id });
          // The article below the trashed one opens, as in a mail client, rather than the newest.
          if (id === openId) select(next);
          await reload();
          report(null);
          trashed = true;
        } catch (error) {
          report(toApiError(error).message);
        }
      };
      // Only the open article's editor must stop taking edits; trashing another leaves it as it is.
      if (id === openId) await runSwitch(work);
      else await work();
      return trashed;
    },
    [api, flush, listing, openId, reload, report, runSwitch, select],
  );

  return { duplicate, trash };
}
