import type { ArticleConflict } from '../../../shared/sync/article-conflict';
import { mergeArticle } from '../../../shared/sync/merge-article';
import { mergeNotes } from '../../../shared/sync/merge-notes';
import { mergeOutlet } from '../../../shared/sync/merge-outlet';
import { mergeTransitions } from '../../../shared/sync/merge-transitions';
import { NotesFileSchema } from '../../../shared/notes/notes-file';
import {
  decodeArticleBytes,
  parseArticleFile,
  serializeArticle,
  type ParsedArticleFile,
} from '../library/article-file';
import { parseNotesFile, serializeNotes } from '../notes/notes-parse';
import { parseOutletFile, serializeOutlet } from '../outlet/outlet-file';
import { libraryFileKind } from './library-file-kind';

/**
 * One file merged: its bytes (null: the file is gone), or a conflict, whose bytes are ours with whatever could
 * be merged merged, and what of the article (or the profile) both sides changed differently.
 */
export type FileMerge =
  { kind: 'merged'; bytes: Uint8Array | null } | { kind: 'conflict'; bytes: Uint8Array; conflicts: ArticleConflict[] };

/**
 * A file of the library merged from its common ancestor and two sides (null: absent on that side), by what the
 * path says it is. A side that left the file as it was takes the other's version; a change outlives the other
 * side's deletion. Parsed files are read by the same rules as the library store's and written by its
 * serializers; a file that does not parse on a side is a conflict that keeps ours. Never throws.
 */
export function mergeLibraryFile(
  path: string,
  base: Uint8Array | null,
  ours: Uint8Array | null,
  theirs: Uint8Array | null,
): FileMerge {
  if (sameBytes(ours, theirs) || sameBytes(base, theirs)) return { kind: 'merged', bytes: ours };
  if (sameBytes(base, ours)) return { kind: 'merged', bytes: theirs };
  if (ours === null || theirs === null) return { kind: 'merged', bytes: ours ?? theirs };
  try {
    const kind = libraryFileKind(path);
    switch (kind.kind) {
      case 'article':
        return mergeArticleFile(kind.id, base, ours, theirs);
      case 'notes':
        return mergeNotesFile(base, ours, theirs);
      case 'transitions':
        return mergeTransitionsFile(base, ours, theirs);
      case 'outlet':
        return mergeOutletFile(base, ours, theirs);
      case 'content-addressed':
        // One name is one content: two versions of it are the same picture, whichever bytes hold it.
        return { kind: 'merged', bytes: ours };
      case 'other':
        return keepOurs(ours);
    }
  } catch {
    // The parsers report rather than throw; this is the last guard of "one file never stops the merge".
    return keepOurs(ours);
  }
}

function mergeArticleFile(id: string, base: Uint8Array | null, ours: Uint8Array, theirs: Uint8Array): FileMerge {
  const mine = parseArticleFile(ours, id);
  const other = parseArticleFile(theirs, id);
  // A version-1 file still holds workflow steps that have not reached the log: merging would drop them.
  if (!mine.ok || !other.ok || holdsLegacySteps(mine) || holdsLegacySteps(other)) return keepOurs(ours);
  const before = base === null ? null : parseArticleFile(base, id);
  const { merged, conflicts } = mergeArticle(before?.ok ? before.article : null, mine.article, other.article);
  return result(serializeArticle(merged), conflicts);
}

function holdsLegacySteps(parsed: ParsedArticleFile & { ok: true }): boolean {
  return parsed.legacyTransitions.length > 0 || parsed.legacyUnreadable > 0;
}

function mergeNotesFile(base: Uint8Array | null, ours: Uint8Array, theirs: Uint8Array): FileMerge {
  const mine = parseNotesFile(ours);
  const other = parseNotesFile(theirs);
  if (!mine.ok || !other.ok) return keepOurs(ours);
  const before = base === null ? null : parseNotesFile(base);
  const merged = mergeNotes(before?.ok ? before.notes : null, mine.notes, other.notes);
  // Both sides' threads together may pass the file's limits, which each kept alone.
  if (!NotesFileSchema.safeParse(merged).success) return keepOurs(ours);
  return result(serializeNotes(merged), []);
}

function mergeTransitionsFile(base: Uint8Array | null, ours: Uint8Array, theirs: Uint8Array): FileMerge {
  const mine = decodeArticleBytes(ours);
  const other = decodeArticleBytes(theirs);
  if (mine === null || other === null) return keepOurs(ours);
  const before = base === null ? '' : (decodeArticleBytes(base) ?? '');
  return result(mergeTransitions(before, mine, other), []);
}

function mergeOutletFile(base: Uint8Array | null, ours: Uint8Array, theirs: Uint8Array): FileMerge {
  const mine = parseOutletFile(ours);
  const other = parseOutletFile(theirs);
  if (!mine.ok || !other.ok) return keepOurs(ours);
  const before = base === null ? null : parseOutletFile(base);
  const { merged, conflicts } = mergeOutlet(before?.ok ? before.profile : null, mine.profile, other.profile);
  return result(serializeOutlet(merged), conflicts);
}

function result(text: string, conflicts: ArticleConflict[]): FileMerge {
  const bytes = new TextEncoder().encode(text);
  return conflicts.length === 0 ? { kind: 'merged', bytes } : { kind: 'conflict', bytes, conflicts };
}

function keepOurs(ours: Uint8Array): FileMerge {
  return { kind: 'conflict', bytes: ours, conflicts: [] };
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
