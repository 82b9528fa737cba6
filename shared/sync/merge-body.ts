import type { Doc, DocNode } from '../domain/doc';
import { blockKey } from './block-identity';
import { pairEditedBlocks } from './block-pairing';
import { sameJson } from './canonical-json';
import { alignKeys, interleave } from './list-alignment';
import { mergeNoteMarks } from './note-mark-merge';

/** What one side did with one of the ancestor's blocks. */
type BlockFate = { kind: 'kept' | 'edited'; node: DocNode } | { kind: 'removed' };

interface SideEdits {
  fates: BlockFate[];
  /** By gap: `inserted[g]` went before the ancestor's block g (the last gap is the end of the body). */
  inserted: DocNode[][];
}

/**
 * One side's body against the ancestor's, block by block. Blocks are aligned on their keys (jsdiff's array
 * diff); within a stretch that differs, a removed and an added block that share most of their words are one
 * block edited. An inserted block goes right after the edited block before it, or right before the edited
 * block after it, so its place survives the other side's edits around it.
 */
function sideEdits(base: readonly DocNode[], baseKeys: readonly string[], side: readonly DocNode[]): SideEdits {
  const fates: BlockFate[] = base.map(() => ({ kind: 'removed' }));
  const inserted: DocNode[][] = Array.from({ length: base.length + 1 }, () => []);
  let removed: number[] = [];
  let added: number[] = [];
  let runStart = 0;
  const flush = () => {
    const pairs = pairEditedBlocks(
      removed.map((k) => base[k] as DocNode),
      added.map((k) => side[k] as DocNode),
    );
    const pairedBase = new Map(pairs.map(([r, a]) => [a, removed[r] as number]));
    let previous: number | null = null;
    added.forEach((sideIndex, a) => {
      const node = side[sideIndex] as DocNode;
      const edited = pairedBase.get(a);
      if (edited !== undefined) {
        fates[edited] = { kind: 'edited', node };
        previous = edited;
        return;
      }
      const next = pairs.find(([, later]) => later > a);
      const gap = previous !== null ? previous + 1 : next ? (removed[next[0]] as number) : runStart;
      (inserted[gap] as DocNode[]).push(node);
    });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  for (const run of alignKeys(baseKeys, side.map(blockKey))) {
    if (run.kind === 'same') {
      flush();
      for (let k = 0; k < run.count; k += 1) fates[i + k] = { kind: 'kept', node: side[j + k] as DocNode };
      i += run.count;
      j += run.count;
      runStart = i;
    } else if (run.kind === 'removed') {
      for (let k = 0; k < run.count; k += 1) removed.push(i + k);
      i += run.count;
    } else {
      for (let k = 0; k < run.count; k += 1) added.push(j + k);
      j += run.count;
    }
  }
  flush();
  return { fates, inserted };
}

/** A block both sides hold with the same text (by key): the same node, or their note anchors merged. */
function sameBlock(base: DocNode | null, ours: DocNode, theirs: DocNode): DocNode {
  if (sameJson(ours, theirs)) return ours;
  if (base !== null && sameJson(base, ours)) return theirs;
  if (base !== null && sameJson(base, theirs)) return ours;
  return mergeNoteMarks(base, ours, theirs);
}

/**
 * The body merged block by block from its ancestor and two edits. Insertions, deletions and edits of different
 * blocks all land; two sides' insertions at one place are both kept, ours first. A block both sides edited
 * differently, or one edited and the other deleted, is a conflict: ours decides it, and its index in the
 * ancestor's body is returned. Note anchors never make a conflict: where both sides kept a block's text, the
 * anchors either side added or removed are merged; where one side edited the text, its version stands (with
 * its anchors only).
 */
export function mergeBody(base: Doc, ours: Doc, theirs: Doc): { body: Doc; conflicts: number[] } {
  if (sameJson(ours, theirs) || sameJson(base, theirs)) return { body: ours, conflicts: [] };
  if (sameJson(base, ours)) return { body: theirs, conflicts: [] };
  const blocks = base.content ?? [];
  const keys = blocks.map(blockKey);
  const o = sideEdits(blocks, keys, ours.content ?? []);
  const t = sideEdits(blocks, keys, theirs.content ?? []);
  const content: DocNode[] = [];
  const conflicts: number[] = [];
  for (let g = 0; g <= blocks.length; g += 1) {
    for (const entry of interleave(o.inserted[g] ?? [], t.inserted[g] ?? [], blockKey)) {
      content.push(
        entry.ours && entry.theirs
          ? sameBlock(null, entry.ours, entry.theirs)
          : ((entry.ours ?? entry.theirs) as DocNode),
      );
    }
    if (g === blocks.length) break;
    const mine = o.fates[g] as BlockFate;
    const other = t.fates[g] as BlockFate;
    if (mine.kind === 'kept' && other.kind === 'kept')
      content.push(sameBlock(blocks[g] as DocNode, mine.node, other.node));
    else if (mine.kind === 'kept' && other.kind === 'edited') content.push(other.node);
    else if (mine.kind === 'edited' && other.kind === 'kept') content.push(mine.node);
    else if (mine.kind === 'edited' && other.kind === 'edited' && blockKey(mine.node) === blockKey(other.node))
      content.push(sameBlock(null, mine.node, other.node));
    else if (mine.kind === 'edited' || other.kind === 'edited') {
      conflicts.push(g);
      if (mine.kind === 'edited') content.push(mine.node);
    }
  }
  return { body: { ...ours, content }, conflicts };
}

/**
 * Two bodies written without a common ancestor (both sides created the article): the same blocks, with the
 * note anchors of both, or null when they differ at all (the caller keeps ours and reports the body).
 */
export function mergeBodyWithoutAncestor(ours: Doc, theirs: Doc): Doc | null {
  if (sameJson(ours, theirs)) return ours;
  const mine = ours.content ?? [];
  const other = theirs.content ?? [];
  if (mine.length !== other.length || mine.some((node, k) => blockKey(node) !== blockKey(other[k] as DocNode)))
    return null;
  return { ...ours, content: mine.map((node, k) => sameBlock(null, node, other[k] as DocNode)) };
}
