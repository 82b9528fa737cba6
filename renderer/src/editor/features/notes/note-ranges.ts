import type { Node as PmNode } from '@tiptap/pm/model';
import { COMMENT_MARK } from '../../../../../shared/notes/notes-file';

/** Where a note's marked text stands now: from its first marked character to its last. */
export interface NoteRange {
  from: number;
  to: number;
}

/**
 * Every note anchored in the body, by id. ProseMirror maps marks through every edit, so the anchors are simply
 * read off the document: text typed inside a range joins it, a split paragraph leaves the note over both parts,
 * and a note whose text was all deleted is absent here (the list then shows it as detached).
 */
export function noteRanges(doc: PmNode): Map<string, NoteRange> {
  const ranges = new Map<string, NoteRange>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK) continue;
      const id = mark.attrs.noteId as unknown;
      if (typeof id !== 'string') continue;
      const end = pos + node.nodeSize;
      const known = ranges.get(id);
      ranges.set(id, known ? { from: Math.min(known.from, pos), to: Math.max(known.to, end) } : { from: pos, to: end });
    }
    return false;
  });
  return ranges;
}
