import type { TreeEntry } from 'isomorphic-git';
import type { ArticleStatus } from '../../../shared/domain/article';
import { canEdit, transitionAllowed } from '../../../shared/workflow/status-machine';
import { parseArticleFile, serializeArticle } from '../library/article-file';
import { classifyArticleFolderEntry } from '../library/sync-conflicts';
import { blobEntry, type GitObjects } from '../versions/article-tree';
import { parseTransitionLog, TRANSITIONS_FILE } from '../workflow/transition-log';
import { ARTICLE_DIRS, OUTLET_UNITS } from './library-tree';
import { blobAt, entryAt, treeEntries, withEntry } from './tree-edit';

/**
 * Authority on the desk. The server lets only editors move `desk`, so what the desk holds was put there by
 * an editor's app; this file is what that app takes from a journalist's branch and what it refuses, so that
 * status is computed, never trusted:
 * - a journalist's new workflow steps are taken only when a journalist may take them and they follow on
 *   from the status the desk has (a hand-written «approved» is dropped);
 * - her text is taken only while the desk's status lets a journalist edit (draft, returned, correction); an
 *   article with the editor keeps the desk's text, hers stays on her branch, nothing is lost;
 * - the outlet's profile is the editors' to change;
 * - after every merge an article's status is the last step of its log, whatever its article.json claims.
 */

/**
 * `theirs` (a journalist's tree) with only what a journalist may change against `base`, the desk as this editor's
 * app has it now; the result is then merged with the desk as any two trees are.
 */
export async function journalistChanges(git: GitObjects, base: string | null, theirs: string): Promise<string> {
  let tree: string | null = theirs;
  for (const unit of OUTLET_UNITS) tree = await withEntry(git, tree, unit, await entryAt(git, base, unit));
  for (const dir of ARTICLE_DIRS) {
    const before = await treeEntries(git, (await entryAt(git, base, dir))?.oid ?? null);
    const after = await treeEntries(git, (await entryAt(git, theirs, dir))?.oid ?? null);
    for (const [id, entry] of after) {
      if (before.get(id)?.oid === entry.oid) continue;
      const unit = `${dir}/${id}`;
      tree = await withEntry(git, tree, unit, await allowedArticle(git, base, theirs, unit, id));
    }
    // Trashing or deleting an article is editing it: not while it is with the editor.
    for (const id of before.keys()) {
      if (after.has(id) || canEdit('journalist', await statusAt(git, base, `${dir}/${id}`, id))) continue;
      tree = await withEntry(git, tree, `${dir}/${id}`, before.get(id) ?? null);
    }
  }
  return tree ?? theirs;
}

async function allowedArticle(
  git: GitObjects,
  base: string | null,
  theirs: string,
  unit: string,
  id: string,
): Promise<TreeEntry | null> {
  const theirsEntry = await entryAt(git, theirs, unit);
  const baseEntry = await entryAt(git, base, unit);
  if (!theirsEntry) return baseEntry;
  const baseStatus = baseEntry ? await statusAt(git, base, unit, id) : 'draft';
  let article: TreeEntry | null = theirsEntry;
  if (baseEntry && !canEdit('journalist', baseStatus)) {
    article = await withFile(git, theirsEntry, 'article.json', await blobAt(git, base, `${unit}/article.json`));
    // A version kept beside the article is text too: while the article is with the editor, the desk's stand.
    article = article && (await withNewsroomCopiesOf(git, article, baseEntry));
  }
  if (!article) return baseEntry;
  const baseLog = new TextDecoder().decode(
    (await blobAt(git, base, `${unit}/${TRANSITIONS_FILE}`)) ?? new Uint8Array(),
  );
  const theirLog = new TextDecoder().decode(
    (await blobAt(git, theirs, `${unit}/${TRANSITIONS_FILE}`)) ?? new Uint8Array(),
  );
  const log = journalistSteps(baseLog, theirLog, baseStatus);
  return withFile(git, article, TRANSITIONS_FILE, log === '' ? null : new TextEncoder().encode(log));
}

/**
 * The base log followed by the lines `theirs` added that a journalist may write: each a step a journalist may
 * take, from the status the log has reached. Every other new line is dropped.
 */
export function journalistSteps(baseLog: string, theirLog: string, baseStatus: ArticleStatus): string {
  const known = new Set(baseLog.split('\n').filter((line) => line.trim() !== ''));
  let status = lastStep(baseLog) ?? baseStatus;
  const kept: string[] = [];
  for (const line of theirLog.split('\n')) {
    if (line.trim() === '' || known.has(line)) continue;
    const entry = parseTransitionLog(`${line}\n`).entries[0];
    if (!entry || entry.from !== status || !transitionAllowed('journalist', entry.from, entry.to)) continue;
    kept.push(line);
    status = entry.to;
  }
  const head = baseLog === '' || baseLog.endsWith('\n') ? baseLog : `${baseLog}\n`;
  return kept.length === 0 ? baseLog : `${head}${kept.join('\n')}\n`;
}

/**
 * `merged` with each changed article's status (against `before`) set to the last step of its log: the file's
 * own status is a cache anyone can write.
 */
export async function settleStatuses(git: GitObjects, before: string | null, merged: string): Promise<string> {
  let tree = merged;
  for (const dir of ARTICLE_DIRS) {
    const a = await treeEntries(git, (await entryAt(git, before, dir))?.oid ?? null);
    const b = await treeEntries(git, (await entryAt(git, merged, dir))?.oid ?? null);
    for (const [id, entry] of b) {
      if (a.get(id)?.oid === entry.oid) continue;
      const unit = `${dir}/${id}`;
      const log = await blobAt(git, tree, `${unit}/${TRANSITIONS_FILE}`);
      const status = log ? lastStep(new TextDecoder().decode(log)) : null;
      const bytes = await blobAt(git, tree, `${unit}/article.json`);
      if (!bytes) continue;
      const parsed = parseArticleFile(bytes, id);
      if (!parsed.ok || parsed.migratedFrom !== null) continue; // a file this build would not write is left as it is
      const computed = status ?? 'draft';
      if (parsed.article.status === computed) continue;
      const fixed = new TextEncoder().encode(serializeArticle({ ...parsed.article, status: computed }));
      tree = (await withEntry(git, tree, `${unit}/article.json`, await blobEntry(git, 'article.json', fixed))) ?? tree;
    }
  }
  return tree;
}

/** The status the article has in a tree: its log's last step, else its file's, else draft. */
export async function statusAt(git: GitObjects, tree: string | null, unit: string, id: string): Promise<ArticleStatus> {
  const log = await blobAt(git, tree, `${unit}/${TRANSITIONS_FILE}`);
  const fromLog = log ? lastStep(new TextDecoder().decode(log)) : null;
  if (fromLog) return fromLog;
  const bytes = await blobAt(git, tree, `${unit}/article.json`);
  const parsed = bytes ? parseArticleFile(bytes, id) : null;
  return parsed?.ok ? parsed.article.status : 'draft';
}

function lastStep(log: string): ArticleStatus | null {
  return parseTransitionLog(log).entries.at(-1)?.to ?? null;
}

/** An article's tree entry with one file replaced (null removes it). */
/** `article` with the newsroom copies `from` has beside it in place of its own. */
async function withNewsroomCopiesOf(git: GitObjects, article: TreeEntry, from: TreeEntry): Promise<TreeEntry | null> {
  const isCopy = (name: string) => {
    const entry = classifyArticleFolderEntry(name);
    return entry.kind === 'conflict' && entry.source === 'newsroom';
  };
  let tree: string | null = article.oid;
  for (const name of (await treeEntries(git, article.oid)).keys()) {
    if (isCopy(name)) tree = await withEntry(git, tree, name, null);
  }
  for (const [name, entry] of await treeEntries(git, from.type === 'tree' ? from.oid : null)) {
    if (isCopy(name)) tree = await withEntry(git, tree, name, entry);
  }
  return tree ? { ...article, oid: tree } : null;
}

async function withFile(
  git: GitObjects,
  article: TreeEntry,
  name: string,
  bytes: Uint8Array | null,
): Promise<TreeEntry | null> {
  const file = bytes ? await blobEntry(git, name, bytes) : null;
  const oid = await withEntry(git, article.oid, name, file);
  return oid ? { ...article, oid } : null;
}
