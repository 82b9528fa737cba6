import type { DocNode } from '../domain/doc';
import { blockSimilarity } from './block-identity';

/** Two versions of a block that share this much are one block edited, not one removed and another added. */
const PAIR_SIMILARITY = 0.5;
/** Past this many comparisons a stretch is paired greedily, looking only a few blocks ahead. */
const MAX_COMPARISONS = 10_000;
const GREEDY_LOOKAHEAD = 8;

/**
 * Within a stretch where a side's body differs from the ancestor's, which removed block became which added one:
 * pairs of indices (removed, added), in order, the most similar pairing that keeps both orders. Unpaired removed
 * blocks were deleted; unpaired added ones were inserted.
 */
export function pairEditedBlocks(removed: readonly DocNode[], added: readonly DocNode[]): Array<[number, number]> {
  if (removed.length === 0 || added.length === 0) return [];
  if (removed.length * added.length > MAX_COMPARISONS) return pairGreedily(removed, added);
  const n = removed.length;
  const m = added.length;
  // best[i][j]: the largest total similarity pairing removed[i..] with added[j..].
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const similar = Array.from({ length: n }, (_, i) =>
    Array.from({ length: m }, (_, j) => {
      const score = blockSimilarity(removed[i] as DocNode, added[j] as DocNode);
      return score >= PAIR_SIMILARITY ? score : 0;
    }),
  );
  for (let i = n - 1; i >= 0; i -= 1) {
    const row = best[i] as Float64Array;
    const next = best[i + 1] as Float64Array;
    for (let j = m - 1; j >= 0; j -= 1) {
      const score = (similar[i] as number[])[j] as number;
      const paired = score > 0 ? score + (next[j + 1] as number) : 0;
      row[j] = Math.max(paired, next[j] as number, row[j + 1] as number);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const score = (similar[i] as number[])[j] as number;
    const here = (best[i] as Float64Array)[j] as number;
    if (score > 0 && here === score + ((best[i + 1] as Float64Array)[j + 1] as number)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (here === ((best[i + 1] as Float64Array)[j] as number)) i += 1;
    else j += 1;
  }
  return pairs;
}

function pairGreedily(removed: readonly DocNode[], added: readonly DocNode[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let j = 0;
  for (let i = 0; i < removed.length && j < added.length; i += 1) {
    for (let k = j; k < Math.min(added.length, j + GREEDY_LOOKAHEAD); k += 1) {
      if (blockSimilarity(removed[i] as DocNode, added[k] as DocNode) >= PAIR_SIMILARITY) {
        pairs.push([i, k]);
        j = k + 1;
        break;
      }
    }
  }
  return pairs;
}
