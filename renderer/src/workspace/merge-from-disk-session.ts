import type { ArticleFile, ShpaltaApi } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';
import type { Autosave } from './autosave';
import type { EditedArticle } from './edited-article';
import { applyMergedBody, mergeFromDisk } from './merge-from-disk';

export interface MergeFromDiskOptions {
  api: ShpaltaApi;
  edited: EditedArticle;
  autosave: Autosave;
  /** The window now holds `merged` on top of the colleague's version: what shows the article follows it. */
  onMerged(merged: Article): void;
}

export interface MergeFromDisk {
  /** Merges the disk's version into the unsaved edits; false when it does not merge whole (both are kept then). */
  mergeFrom(file: ArticleFile): boolean;
  /** A save was refused because the disk has another version: read it and merge, if it merges whole. */
  mergeAfterRefusedSave(): Promise<boolean>;
}

/**
 * What another person changed arrives as an outside change does (issue 20): with nothing unsaved the article
 * reloads; with unsaved edits the two are merged, and only a real conflict asks the person to choose. Made
 * anew on every render, so it always works on the session as it is now.
 */
export function mergeFromDiskSession({ api, edited, autosave, onMerged }: MergeFromDiskOptions): MergeFromDisk {
  const mergeFrom = (file: ArticleFile): boolean => {
    const editor = edited.editor;
    if (edited.readOnly || !editor) return false;
    const merged = mergeFromDisk(edited.base, edited.current(), file);
    if (!merged) return false;
    applyMergedBody(editor, merged.body);
    edited.mergedOver(file, merged);
    // The merge is the window's version now, standing on the disk's: it is saved like any edit.
    autosave.unblock();
    autosave.touch();
    onMerged(merged);
    return true;
  };
  const mergeAfterRefusedSave = async (): Promise<boolean> => {
    const file = await api.invoke('article.get', { id: edited.id }).catch(() => null);
    if (file === null) return false;
    // The refused save left before the window merged this very version (its change was heard first): the
    // merge stands on it already, and only needs saving.
    if (file.hash === edited.baseHash) {
      autosave.unblock();
      autosave.touch();
      return true;
    }
    return mergeFrom(file);
  };
  return { mergeFrom, mergeAfterRefusedSave };
}
