import type { Doc, DocNode } from '../domain/doc';
import { COMMENT_MARK } from './notes-file';

/** The body without any note's anchor: what the page, the export and a comparison of the text see. */
export function withoutNoteMarks(doc: Doc): Doc {
  const strip = (nodes: DocNode[] | undefined): DocNode[] | undefined =>
    nodes?.map((node) => {
      const marks = node.marks?.filter((mark) => mark.type !== COMMENT_MARK);
      const next: DocNode = { ...node, content: strip(node.content) };
      if (next.content === undefined) delete next.content;
      if (marks === undefined || marks.length === 0) delete next.marks;
      else next.marks = marks;
      return next;
    });
  const content = strip(doc.content);
  return content === undefined ? { type: doc.type } : { type: doc.type, content };
}

/**
 * Whether two bodies differ in note anchors only. A body that is read-only for its reader (the journalist's
 * copy while it is with the editor) may still take a note: a save that changes nothing else is a note, not an
 * edit. Text runs split by a mark are joined first, so an anchor added and removed compares equal.
 */
export function differsOnlyInNoteMarks(before: Doc, after: Doc): boolean {
  return JSON.stringify(bodyWithoutNotes(before)) === JSON.stringify(bodyWithoutNotes(after));
}

/** The body as if no note had ever been anchored in it: marks gone and the runs they split joined again. */
export function bodyWithoutNotes(doc: Doc): Doc {
  return joinedRuns(withoutNoteMarks(doc));
}

function joinedRuns(doc: Doc): Doc {
  const join = (nodes: DocNode[] | undefined): DocNode[] | undefined => {
    if (nodes === undefined) return undefined;
    const joined: DocNode[] = [];
    for (const node of nodes) {
      const last = joined.at(-1);
      const next = node.content === undefined ? node : { ...node, content: join(node.content) };
      if (last?.type === 'text' && next.type === 'text' && sameMarks(last, next))
        joined[joined.length - 1] = { ...last, text: `${last.text ?? ''}${next.text ?? ''}` };
      else joined.push(next);
    }
    return joined;
  };
  const content = join(doc.content);
  return content === undefined ? doc : { ...doc, content };
}

function sameMarks(a: DocNode, b: DocNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}
