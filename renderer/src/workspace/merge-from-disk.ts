import type { Editor } from '@tiptap/core';
import type { ArticleFile } from '../../../shared/api/contract';
import type { Article } from '../../../shared/domain/article';
import type { Doc } from '../../../shared/domain/doc';
import { mergeArticle } from '../../../shared/sync/merge-article';

/**
 * A colleague's version of the open article (the newsroom server's, another window's) merged into the edits the
 * window has not saved yet: field by field and block by block from the version they both started from. Null
 * when it does not merge whole, when the status moved (a workflow step decides what may be edited: the usual
 * reload or conflict handles it), or when the disk's version holds what this editor cannot show: then both
 * versions are kept and the person chooses, as before.
 */
export function mergeFromDisk(base: Article, mine: Article, disk: ArticleFile): Article | null {
  if (disk.unsupported || disk.article.status !== mine.status || disk.article.id !== mine.id) return null;
  const { merged, conflicts } = mergeArticle(base, mine, disk.article);
  return conflicts.length === 0 ? { ...merged, status: disk.article.status } : null;
}

/**
 * Puts a merged body into the open editor as one change of only the blocks that differ, so the caret, the
 * selection and the person's own undo steps stay where they are; the colleague's part is not undone by Ctrl+Z.
 */
export function applyMergedBody(editor: Editor, body: Doc): void {
  const next = editor.schema.nodeFromJSON(body);
  const { doc } = editor.state;
  const start = doc.content.findDiffStart(next.content);
  if (start === null) return;
  const end = doc.content.findDiffEnd(next.content);
  let endA = end?.a ?? doc.content.size;
  let endB = end?.b ?? next.content.size;
  // Both ends of a change inside repeated text can cross the start: push them past it by the same amount.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const tr = editor.state.tr.replace(start, endA, next.slice(start, endB));
  tr.setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}
