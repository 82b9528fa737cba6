import type { DocNode } from '../domain/doc';
import { bodyWithoutNotes } from '../notes/note-marks';
import { canonicalJson } from './canonical-json';

/**
 * A block as the merge compares it: its canonical JSON without note anchors (and with the text runs they
 * split joined again), so a block that only gained or lost a note counts as the same block.
 */
export function blockKey(node: DocNode): string {
  return canonicalJson(bodyWithoutNotes({ type: 'doc', content: [node] }).content?.[0]);
}

/** The words of a block and the values of its attributes: what an edited block keeps of its old self. */
function blockTokens(node: DocNode): Set<string> {
  const tokens = new Set<string>();
  const walk = (one: DocNode) => {
    if (typeof one.text === 'string')
      for (const word of one.text.toLowerCase().split(/[\s\p{P}]+/u)) if (word) tokens.add(word);
    for (const [name, value] of Object.entries(one.attrs ?? {}))
      if (typeof value === 'string' && value) tokens.add(`${name}=${value}`);
    one.content?.forEach(walk);
  };
  walk(node);
  return tokens;
}

/** How much of two blocks is shared (Dice's coefficient over their tokens), from 0 to 1. */
export function blockSimilarity(a: DocNode, b: DocNode): number {
  const x = blockTokens(a);
  const y = blockTokens(b);
  if (x.size + y.size === 0) return a.type === b.type ? 1 : 0;
  let shared = 0;
  for (const token of x) if (y.has(token)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}
