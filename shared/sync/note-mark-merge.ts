import type { DocMark, DocNode } from '../domain/doc';
import { COMMENT_MARK } from '../notes/notes-file';
import { canonicalJson, sameJson } from './canonical-json';

/** One character of text with its marks, or one other node, of a node's content. */
type Unit = { char: string; marks: DocMark[] } | { node: DocNode };

/**
 * One block whose versions differ only in note anchors, with the anchors of both sides: an anchor either side
 * added is there, one either side removed is gone (without an ancestor, every anchor of either side). Callers
 * pass blocks with equal `blockKey`s. Other marks and the text are ours, which are the same as theirs.
 */
export function mergeNoteMarks(base: DocNode | null, ours: DocNode, theirs: DocNode): DocNode {
  const merged: DocNode = { ...ours };
  const marks = mergeMarks(base?.marks, ours.marks, theirs.marks);
  if (marks.length > 0) merged.marks = marks;
  else delete merged.marks;
  if (ours.content !== undefined) merged.content = mergeContent(base?.content, ours.content, theirs.content ?? []);
  return merged;
}

function mergeContent(base: DocNode[] | undefined, ours: DocNode[], theirs: DocNode[]): DocNode[] {
  const b = base === undefined ? null : units(base);
  const o = units(ours);
  const t = units(theirs);
  if (o.length !== t.length || (b !== null && b.length !== o.length)) return ours;
  const merged: Unit[] = o.map((mine, k) => {
    const other = t[k] as Unit;
    const before = b?.[k];
    if ('char' in mine && 'char' in other) {
      const baseMarks = before && 'char' in before ? before.marks : undefined;
      return { char: mine.char, marks: mergeMarks(b === null ? undefined : baseMarks, mine.marks, other.marks) };
    }
    if ('node' in mine && 'node' in other) {
      return { node: mergeNoteMarks(before && 'node' in before ? before.node : null, mine.node, other.node) };
    }
    return mine;
  });
  return joined(merged);
}

/** A node's content with its text taken apart into characters (code points, so no pair is ever split). */
function units(content: DocNode[]): Unit[] {
  return content.flatMap((node): Unit[] =>
    node.type === 'text' && typeof node.text === 'string'
      ? Array.from(node.text, (char) => ({ char, marks: node.marks ?? [] }))
      : [{ node }],
  );
}

/** The characters put back together: one text node per run of characters with the same marks. */
function joined(merged: Unit[]): DocNode[] {
  const out: DocNode[] = [];
  let run: DocNode | null = null;
  for (const unit of merged) {
    if ('node' in unit) {
      out.push(unit.node);
      run = null;
    } else if (run !== null && sameJson(run.marks ?? [], unit.marks)) {
      run.text = `${run.text ?? ''}${unit.char}`;
    } else {
      run = { type: 'text', text: unit.char };
      if (unit.marks.length > 0) run.marks = unit.marks;
      out.push(run);
    }
  }
  return out;
}

/**
 * Marks of one character or node: the other marks as ours has them, and note anchors merged as a set against
 * the ancestor's (undefined: no ancestor to tell an addition from a removal, so both sides' are kept).
 */
function mergeMarks(
  base: DocMark[] | undefined,
  ours: DocMark[] | undefined,
  theirs: DocMark[] | undefined,
): DocMark[] {
  const notes = (marks: DocMark[] | undefined) =>
    new Set((marks ?? []).filter((mark) => mark.type === COMMENT_MARK).map((mark) => canonicalJson(mark)));
  const before = notes(base);
  const mine = notes(ours);
  const other = notes(theirs);
  const kept = (ours ?? []).filter((mark) => {
    if (mark.type !== COMMENT_MARK) return true;
    const key = canonicalJson(mark);
    return other.has(key) || !before.has(key);
  });
  const added = (theirs ?? []).filter((mark) => {
    if (mark.type !== COMMENT_MARK) return false;
    const key = canonicalJson(mark);
    return !mine.has(key) && !before.has(key);
  });
  return [...kept, ...added];
}
