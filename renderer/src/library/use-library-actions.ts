import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { neighbourAfterRemoval } from './list-navigation';
import type { LibraryView } from './use-library';

interface Options {
  library: LibraryView;
  /** The article open in the editor. */
  openId: string | null;
  select(id: string | null): void;
  /**
   * The open article is about to be left (its copy opens, or it goes to the trash): false when its edits are
   * neither saved nor kept in this browser, and the shell has said so; then nothing is done.
   */
  leave(): Promise<boolean>;
  /** A failure's message for the shell's error banner; null clears it after a success. */
  report(message: string | null): void;
  /** Runs what changes the open article with the editor inert (see use-article-switch.ts); false if it did not run. */
  runSwitch(task: () => Promise<void>): Promise<boolean>;
}

/** Duplicate and trash from the library list, with the selection moving the way the journalist expects. */
export function useLibraryActions({ library, openId, select, leave, report, runSwitch }: Options) {
  const api = useApi();
  const { t } = useI18n();
  const { listing, reload } = library;

  const duplicate = useCallback(
    async (id: string) => {
      await runSwitch(async () => {
        if (!(await leave())) return;
        try {
          const copy = await api.invoke('article.duplicate', { id });
          await reload();
          select(copy.article.id);
          report(null);
        } catch (error) {
          report(describeError(t, error));
        }
      });
    },
    [api, leave, reload, report, runSwitch, select, t],
  );

  const trash = useCallback(
    async (id: string): Promise<boolean> => {
      let trashed = false;
      const work = async () => {
        try {
          const next = neighbourAfterRemoval(listing?.articles.map((a) => a.id) ?? [], id);
          await api.invoke('article.trash', { id });
          // The list is read again first: were the trashed article still listed when nothing is left to open
          // (it was the last), the shell would open it again as the list's first, under «file vanished».
          await reload();
          // The article below the trashed one opens, as in a mail client, rather than the newest.
          if (id === openId) select(next);
          report(null);
          trashed = true;
        } catch (error) {
          report(describeError(t, error));
        }
      };
      // Only the open article is left, and its editor must stop taking edits; trashing another leaves it as it is.
      if (id === openId)
        await runSwitch(async () => {
          if (await leave()) await work();
        });
      else await work();
      return trashed;
    },
    [api, leave, listing, openId, reload, report, runSwitch, select, t],
  );

  return { duplicate, trash };
}
