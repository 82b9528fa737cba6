import type { ArticleFile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import type { ArticleStatus } from '../../../shared/domain/article';
import type { LibrarySession } from '../library/library-session';
import { outletState } from '../outlet/outlet-state';
import { WorkflowService } from '../workflow/workflow-service';
import type { PublishingLibrary } from './publishing-service';

/** A save that met a newer file (an autosave, a colleague's change) tries again this often on the newer one. */
const SAVE_ATTEMPTS = 5;

export interface SessionHooks {
  /** Takes a workflow step with everything the API's step does (index, version, newsroom, views told). */
  step(
    session: LibrarySession,
    request: { id: string; to: ArticleStatus; note: string; baseHash: string },
  ): Promise<void>;
  /** The article was written by publishing: index, newsroom and every open view hear of it. */
  written(session: LibrarySession, id: string, hash: string): void;
  onDesk(id: string): Promise<boolean>;
}

/** Publishing's view of an open library session. */
export function sessionLibrary(session: LibrarySession, hooks: SessionHooks): PublishingLibrary {
  const store = session.store;
  const workflow = new WorkflowService(store);
  /** Runs `write` on the newest file, again when another save came first. */
  const onNewest = async (id: string, write: (file: ArticleFile) => Promise<void>): Promise<void> => {
    for (let attempt = 1; ; attempt += 1) {
      const file = await store.get(id);
      try {
        return await write(file);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'conflict') || attempt >= SAVE_ATTEMPTS) throw error;
      }
    }
  };
  return {
    get: (id) => store.get(id),
    log: async (id) => (await workflow.log(id)).entries,
    lookup: (ids) => session.catalog.lookup(ids),
    outlet: () => outletState(session.outlet),
    updateRemoteIds: (id, change) =>
      onNewest(id, async ({ article, hash }) => {
        const saved = await store.save(article, hash, {
          // Only the records change, on the version on disk: nobody's text or status is touched.
          prepare: (onDisk) => {
            const kept = onDisk?.article();
            if (!kept) throw new ApiError('conflict', message('error.article.changedOutside'));
            return { ...kept, remoteIds: change(kept.remoteIds) };
          },
        });
        hooks.written(session, id, saved.hash);
      }),
    step: (id, to, note) => onNewest(id, ({ hash }) => hooks.step(session, { id, to, note, baseHash: hash })),
    onDesk: (id) => hooks.onDesk(id),
  };
}
