import type { ArticleFile } from '../../../../shared/api/contract';
import type { Article } from '../../../../shared/domain/article';
import { draftStore, type LocalDraft } from './draft-store';
import { lastCopy } from './last-copy';

/**
 * The article as it opens: the file, or — when this browser kept edits the host never confirmed — those
 * edits on the version they started from (`hash` is their base, so the save that sends them is checked
 * against the disk like any other: a file changed meanwhile is a conflict, never overwritten). Of the
 * IndexedDB draft and the last-resort copy made as the page went, the later is taken. Kept edits equal to
 * the file are already saved and dropped.
 */
export async function withKeptDraft(file: ArticleFile): Promise<{ file: ArticleFile; restored: boolean }> {
  const id = file.article.id;
  const store = draftStore();
  const stored = (await store?.get(id).catch(() => null)) ?? null;
  const draft = later(stored, lastCopy.read(id));
  if (!draft) return { file, restored: false };
  if (sameContent(draft.article, file.article)) {
    lastCopy.drop(id);
    await store?.delete(id).catch(() => undefined);
    return { file, restored: false };
  }
  return { file: { ...file, hash: baseOf(draft, file), article: draft.article }, restored: true };
}

function later(a: LocalDraft | null, b: LocalDraft | null): LocalDraft | null {
  if (!a || !b) return a ?? b;
  return (b.keptAt ?? 0) > (a.keptAt ?? 0) ? b : a;
}

/** A save unanswered when the edits were kept, and now on disk, moved their base to the disk's version. */
function baseOf(draft: LocalDraft, file: ArticleFile): string {
  const landed = draft.unconfirmed?.some((sent) => sameContent(sent, file.article)) ?? false;
  return landed ? file.hash : draft.baseHash;
}

/**
 * Field by field, whatever order the keys were written in at any depth (the host's cleaning moves some, as
 * an author's `url`); the save time is not content.
 */
function sameContent(a: Article, b: Article): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
