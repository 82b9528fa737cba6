/**
 * How related two articles are, 0…1: the tags they share (an editor's judgement, so most of the weight) and
 * how well the other matches this article's distinctive words (what tags miss: an untagged story, a rare
 * name both mention).
 */
export const TAG_WEIGHT = 0.6;
export const TEXT_WEIGHT = 0.4;

/**
 * A tag's weight by its rarity, as idf: "war" on half the library says little, "central bank rate" on five articles
 * a lot. ln(1 + N/df) stays positive for a tag every article has.
 */
export function tagRarity(articlesWithTag: number, total: number): number {
  return Math.log(1 + total / Math.max(1, articlesWithTag));
}

export interface RelatedEvidence {
  /** Rarity of the tags shared, over the rarity of all the article's own tags. */
  sharedTagWeight: number;
  ownTagWeight: number;
  /** bm25 of the other article for the distinctive words, and of the article itself (the best match there is). */
  textMatch: number;
  selfTextMatch: number;
  /**
   * How many distinctive words the text query had, of as many as it asks for (0…1). In a small library few
   * words qualify; a match on one of them ("new") is a weak sign, not the whole text half of the score.
   */
  textCoverage: number;
}

export function relatedScore(evidence: RelatedEvidence): number {
  const tags = evidence.ownTagWeight > 0 ? evidence.sharedTagWeight / evidence.ownTagWeight : 0;
  const match = evidence.selfTextMatch > 0 ? Math.min(1, evidence.textMatch / evidence.selfTextMatch) : 0;
  const text = match * Math.min(1, Math.max(0, evidence.textCoverage));
  return Math.round((TAG_WEIGHT * tags + TEXT_WEIGHT * text) * 1000) / 1000;
}
