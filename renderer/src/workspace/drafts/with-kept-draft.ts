import type { ArticleFile } from '../../../../shared/api/contract';
import type { Article } from '../../../../shared/domain/article';
import { draftStore } from './draft-store';

/**
 * The article as it opens: the file, or — when this browser kept edits the host never confirmed — those
 * edits on the version they started from (`hash` is their base, so the save that sends them is checked
 * against the disk like any other: a file changed meanwhile is a conflict, never overwritten). Kept edits
 * equal to the file are already saved and dropped.
 */
export async function withKeptDraft(file: ArticleFile): Promise<{ file: ArticleFile; restored: boolean }> {
  const store = draftStore();
  const draft = await store?.get(file.article.id).catch(() => null);
  if (!store || !draft) return { file, restored: false };
  if (sameContent(draft.article, file.article)) {
    await store.delete(draft.id).catch(() => undefined);
    return { file, restored: false };
  }
  return { file: { ...file, hash: draft.baseHash, article: draft.article }, restored: true };
}

/** Field by field, whatever order the keys were written in; the save time is not content. */
function sameContent(a: Article, b: Article): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('updatedAt');
  const field = (article: Article, key: string) => JSON.stringify((article as unknown as Record<string, unknown>)[key]);
  return [...keys].every((key) => field(a, key) === field(b, key));
}
