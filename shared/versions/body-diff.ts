import { diffArrays } from 'diff';
import type { Block, BlockAttribute } from './body-blocks';
import { diffWords, wordTokens, type DiffPart } from './word-diff';

/** An attribute of a block (or of the featured image) that differs, with its words compared. */
export interface AttributeChange<Name extends string = BlockAttribute> {
  name: Name;
  before: string;
  after: string;
  parts: DiffPart[];
}

/**
 * One step through the body. Blocks both versions share come in runs, which the view collapses; a block only in
 * one version is added or removed (moved when the other version holds the same block elsewhere); a block edited
 * in place is changed, with its words and attributes compared.
 */
export type BodyEntry =
  | { kind: 'same'; blocks: Block[] }
  | { kind: 'added' | 'removed'; block: Block; moved: boolean }
  | { kind: 'changed'; before: Block; after: Block; parts: DiffPart[]; attributes: AttributeChange[] };

/** Past this many blocks added and removed, the alignment gives up and shows one version replaced by the other. */
const MAX_BLOCK_EDITS = 4000;
/** How far past an unmatched block the pairing looks for the edited version of it. */
const PAIR_LOOKAHEAD = 8;
/** Words two versions of a block must share to be shown as one block edited rather than one removed, one added. */
const PAIR_SIMILARITY = 0.5;

/**
 * The body block by block: blocks are aligned by their whole text first (jsdiff's array diff), so that one
 * inserted paragraph leaves every later one in place; only then is each edited block compared word by word.
 */
export function diffBlocks(before: Block[], after: Block[]): BodyEntry[] {
  const keys = (blocks: Block[]) => blocks.map((block) => block.key);
  const changes = diffArrays(keys(before), keys(after), { maxEditLength: MAX_BLOCK_EDITS });
  const entries: BodyEntry[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  let i = 0;
  let j = 0;
  const flush = () => {
    entries.push(...pairUp(removed, added));
    removed = [];
    added = [];
  };
  for (const change of changes ?? [
    { removed: true, added: false, count: before.length },
    { removed: false, added: true, count: after.length },
  ]) {
    const count = change.count ?? 0;
    if (change.removed) {
      removed.push(...before.slice(i, i + count));
      i += count;
    } else if (change.added) {
      added.push(...after.slice(j, j + count));
      j += count;
    } else {
      flush();
      entries.push({ kind: 'same', blocks: before.slice(i, i + count) });
      i += count;
      j += count;
    }
  }
  flush();
  return markMoves(entries);
}

/**
 * Within a stretch where the versions differ, a removed block and a later added one that share most of their words
 * are one block edited; the blocks between them were removed or added.
 */
function pairUp(removed: Block[], added: Block[]): BodyEntry[] {
  const entries: BodyEntry[] = [];
  const words = new Map<Block, Set<string>>();
  const wordsOf = (block: Block) => {
    let found = words.get(block);
    if (!found) words.set(block, (found = new Set(wordTokens(block.text.toLowerCase()).filter((t) => t.trim()))));
    return found;
  };
  let j = 0;
  for (const old of removed) {
    let match = -1;
    for (let k = j; k < Math.min(added.length, j + PAIR_LOOKAHEAD) && match < 0; k += 1) {
      if (similarity(old, added[k] as Block, wordsOf) >= PAIR_SIMILARITY) match = k;
    }
    if (match < 0) {
      entries.push({ kind: 'removed', block: old, moved: false });
      continue;
    }
    for (; j < match; j += 1) entries.push({ kind: 'added', block: added[j] as Block, moved: false });
    entries.push(changed(old, added[match] as Block));
    j = match + 1;
  }
  for (; j < added.length; j += 1) entries.push({ kind: 'added', block: added[j] as Block, moved: false });
  return entries;
}

function similarity(a: Block, b: Block, wordsOf: (block: Block) => Set<string>): number {
  // A picture or a post has no words of its own: the one beside it in the other version is the same one edited.
  if (a.kind === 'image' || a.kind === 'embed' || a.kind === 'rule' || b.kind === 'image' || b.kind === 'embed')
    return a.kind === b.kind ? 1 : 0;
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size + y.size === 0) return a.kind === b.kind ? 1 : 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

function changed(before: Block, after: Block): BodyEntry {
  return {
    kind: 'changed',
    before,
    after,
    parts: diffWords(before.text, after.text),
    attributes: attributeChanges(before, after),
  };
}

export function attributeChanges(before: Block, after: Block): AttributeChange[] {
  const names = new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)]) as Set<BlockAttribute>;
  const changes: AttributeChange[] = [];
  for (const name of names) {
    const old = before.attributes[name] ?? '';
    const now = after.attributes[name] ?? '';
    if (old !== now) changes.push({ name, before: old, after: now, parts: diffWords(old, now) });
  }
  return changes;
}

/** A block removed in one place and added unchanged in another was moved, which is how people say it. */
function markMoves(entries: BodyEntry[]): BodyEntry[] {
  const removedKeys = new Set<string>();
  const addedKeys = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'removed') removedKeys.add(entry.block.key);
    if (entry.kind === 'added') addedKeys.add(entry.block.key);
  }
  return entries.map((entry) => {
    if (entry.kind === 'removed' && addedKeys.has(entry.block.key)) return { ...entry, moved: true };
    if (entry.kind === 'added' && removedKeys.has(entry.block.key)) return { ...entry, moved: true };
    return entry;
  });
}
