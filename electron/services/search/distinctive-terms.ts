import { indexTerms } from './index-terms';

/** How many of an article's words stand for it in the text half of the related search. */
export const DISTINCTIVE_TERMS = 12;
/**
 * A word of the headline counts as three of the body, of the lead as two (the stored text holds the lead
 * as well, so it gets one more there): the journalist put what the story is about there.
 */
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 1;
/**
 * How many of the most frequent terms (headline and lead first, by their weight) are looked up in the
 * vocabulary at all: each lookup costs ~40 µs, and a 600-word article has ~300 distinct terms.
 */
const TERMS_WEIGHED = 40;
/**
 * Words in nearly every article (the commonest conjunctions, "year") say nothing about a story and walk the longest lists of the
 * index: left out. Below that, rarity is left to the weights (idf here, bm25's own in the query), as
 * "more like this" searches do: a hard cut lower down leaves a library of everyday words with nothing.
 */
const COMMON_SHARE = 0.9;
/** One- and two-letter stems (prepositions: "in", "behind", "on") are function words in Ukrainian. */
const MIN_TERM_LENGTH = 3;

export interface ArticleWords {
  headline: string;
  lead: string;
  /** Lead and body as the index keeps them. */
  plain: string;
}

/** How many terms of one article a text has, headline and lead weighted up. */
export function weightedTermCounts({ headline, lead, plain }: ArticleWords): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    if (!text) return;
    for (const term of indexTerms(text).split(' ')) {
      if (term.length >= MIN_TERM_LENGTH) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(headline, HEADLINE_WEIGHT);
  add(lead, LEAD_WEIGHT);
  add(plain, 1);
  return counts;
}

/**
 * The terms that tell this article from the others: tf·idf, with a dampened tf (a word said ten times is not
 * ten times the topic) and the idf of the library's own vocabulary. Terms no other article has are useless
 * for finding others, and terms in most of them match everything: both are left out. Only the article's most
 * frequent terms are weighed: a word it says once in passing rarely says what it is about.
 */
export function distinctiveTerms(
  counts: ReadonlyMap<string, number>,
  articlesWith: (term: string) => number,
  total: number,
  limit = DISTINCTIVE_TERMS,
): string[] {
  const frequent = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TERMS_WEIGHED);
  const scored: Array<[string, number]> = [];
  for (const [term, count] of frequent) {
    const df = articlesWith(term);
    if (df < 2 || df > Math.max(2, total * COMMON_SHARE)) continue;
    scored.push([term, (1 + Math.log(count)) * Math.log(total / df)]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, limit).map(([term]) => term);
}
