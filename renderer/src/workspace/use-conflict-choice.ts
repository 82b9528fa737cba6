import type { ArticleFile, ShpaltaApi } from '../../../shared/api/contract';
import type { Autosave } from './autosave';
import type { EditedArticle } from './edited-article';

export interface ConflictChoiceOptions {
  api: ShpaltaApi;
  edited: EditedArticle;
  autosave: Autosave;
  /** The disk's version takes the window's place. */
  replaceWith(file: ArticleFile): void;
  /** The journalist chose: the conflict banner goes. */
  onChosen(): void;
  /** The choice was carried out: what became of the version that lost, in the catalogue's words. */
  onDone(notice: 'conflict.keptMine' | 'conflict.keptOther'): void;
  onError(error: unknown): void;
}

export interface ConflictChoice {
  /** «Взяти їхню»: the disk's version opens; the window's is kept as a revision. */
  takeTheirs(): Promise<void>;
  /**
   * «Записати мою»: the window's version is saved over the disk's, which is kept as a revision. `theirs`:
   * the hash of the other version as the compare view showed it; else the one on disk now.
   */
  keepMine(theirs?: string): Promise<void>;
}

/** The journalist's choice in a conflict with the disk. Both sides are kept: the one that loses becomes a revision. */
export function useConflictChoice({
  api,
  edited,
  autosave,
  replaceWith,
  onChosen,
  onDone,
  onError,
}: ConflictChoiceOptions): ConflictChoice {
  return {
    async takeTheirs() {
      try {
        await api.invoke('article.keepMineAsRevision', { article: edited.current() });
        replaceWith(await api.invoke('article.get', { id: edited.id }));
        onChosen();
        onDone('conflict.keptMine');
      } catch (error) {
        onError(error);
      }
    },
    async keepMine(theirs) {
      try {
        edited.writeOver(theirs ?? (await api.invoke('article.get', { id: edited.id })).hash);
        onChosen();
        autosave.touch();
        await autosave.flush();
        // A save that went through clears the choice; one that did not says so through the status bar.
        if (edited.overwrites === null) onDone('conflict.keptOther');
      } catch (error) {
        onError(error);
      }
    },
  };
}
