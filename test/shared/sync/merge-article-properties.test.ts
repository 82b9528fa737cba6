import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../shared/domain/article';
import type { ArticleConflict } from '../../../shared/sync/article-conflict';
import { mergeArticle } from '../../../shared/sync/merge-article';
import {
  ArticleMaker,
  Random,
  applyEdits,
  disjointTargets,
  overlappingTargets,
  type ArticleEdits,
} from '../../fixtures/merge-edits';

/** Generated cases per property; each property has its own fixed seed, so a failure names its case. */
const CASES = 300;

interface Case {
  base: Article;
  ours: ArticleEdits;
  theirs: ArticleEdits;
}

function cases(seed: number, targets: typeof disjointTargets): Array<Case & { seed: number; index: number }> {
  const random = new Random(seed);
  const maker = new ArticleMaker(random);
  return Array.from({ length: CASES }, (_, index) => {
    const base = maker.article();
    const split = targets(random, base);
    return {
      seed,
      index,
      base,
      ours: maker.edits(base, split.ours, 'ours'),
      theirs: maker.edits(base, split.theirs, 'theirs'),
    };
  });
}

const conflictSet = (conflicts: ArticleConflict[]) => conflicts.map((conflict) => JSON.stringify(conflict)).sort();

describe('merging generated edits of generated articles', () => {
  it('lands both sides’ edits, with no conflict, when they touch different fields and blocks', () => {
    for (const { base, ours, theirs, index } of cases(20_001, disjointTargets)) {
      const mine = applyEdits(base, [ours]);
      const other = applyEdits(base, [theirs]);
      const { merged, conflicts } = mergeArticle(base, mine, other);
      expect({ index, conflicts }).toEqual({ index, conflicts: [] });
      expect({ index, merged }).toEqual({ index, merged: applyEdits(base, [ours, theirs]) });
    }
  });

  it('keeps a version both sides arrived at: merge(base, x, x) is x', () => {
    for (const { base, ours, index } of cases(20_002, overlappingTargets)) {
      const x = applyEdits(base, [ours]);
      expect({ index, ...mergeArticle(base, x, x) }).toEqual({ index, merged: x, conflicts: [] });
    }
  });

  it('takes the only side that changed anything: merge(base, base, x) and merge(base, x, base) are x', () => {
    for (const { base, theirs, index } of cases(20_003, overlappingTargets)) {
      const x = applyEdits(base, [theirs]);
      expect({ index, ...mergeArticle(base, base, x) }).toEqual({ index, merged: x, conflicts: [] });
      expect({ index, ...mergeArticle(base, x, base) }).toEqual({ index, merged: x, conflicts: [] });
    }
  });

  it('finds the same conflicts whichever side merges, and always writes an article the store can read', () => {
    let conflicted = 0;
    for (const { base, ours, theirs, index } of cases(20_004, overlappingTargets)) {
      const mine = applyEdits(base, [ours]);
      const other = applyEdits(base, [theirs]);
      const forward = mergeArticle(base, mine, other);
      const backward = mergeArticle(base, other, mine);
      expect({ index, conflicts: conflictSet(forward.conflicts) }).toEqual({
        index,
        conflicts: conflictSet(backward.conflicts),
      });
      expect(ArticleSchema.safeParse(forward.merged).success).toBe(true);
      if (forward.conflicts.length > 0) conflicted += 1;
    }
    // The generator must actually reach conflicts for this property to say anything.
    expect(conflicted).toBeGreaterThan(CASES / 2);
  });

  it('merges two people’s notes anchored in the same blocks: both anchors stay, and no block conflicts', () => {
    const random = new Random(20_005);
    const maker = new ArticleMaker(random);
    for (let index = 0; index < CASES; index += 1) {
      const base = maker.article();
      const blocks = base.body.content ?? [];
      const side = (updatedAt: string): ArticleEdits => ({
        fields: [],
        inserts: new Map(),
        blocks: new Map(
          blocks.flatMap((node, k) =>
            node.type === 'paragraph' || node.type === 'heading'
              ? [[k, { kind: 'change' as const, change: maker.markBlock(node) }]]
              : [],
          ),
        ),
        updatedAt,
        status: base.status,
      });
      const ours = side('2026-03-02T10:00:00.000Z');
      const theirs = side('2026-03-02T11:00:00.000Z');
      const { merged, conflicts } = mergeArticle(base, applyEdits(base, [ours]), applyEdits(base, [theirs]));
      expect({ index, conflicts }).toEqual({ index, conflicts: [] });
      expect({ index, body: merged.body }).toEqual({ index, body: applyEdits(base, [ours, theirs]).body });
    }
  });
});
