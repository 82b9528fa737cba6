import type { Statement } from 'better-sqlite3';
import { DISTINCTIVE_TERMS, distinctiveTerms, weightedTermCounts } from './distinctive-terms';
import { relatedScore, tagRarity } from './related-score';
import type { LibraryCard, RelatedQuery, RelatedSuggestion } from './types';
import type { ArticleStatus } from '../../../shared/domain/article';

/** One prepared statement per SQL text: the index's own cache. */
export type Prepare = (sql: string) => Statement;

export const DEFAULT_RELATED = 10;
/** How many of the best text matches are weighed against the tag matches. */
const TEXT_CANDIDATES = 60;

interface CardRow {
  doc: number;
  id: string;
  headline: string;
  slug: string;
  teaser: string;
  status: ArticleStatus;
  updated_at: string;
  publish_at: string | null;
}

export const CARD_COLUMNS = 'a.doc, a.id, a.headline, a.slug, a.teaser, a.status, a.updated_at, a.publish_at';

export function toCard(row: CardRow): LibraryCard {
  return {
    id: row.id,
    headline: row.headline,
    slug: row.slug,
    teaser: row.teaser,
    status: row.status,
    updatedAt: row.updated_at,
    publishAt: row.publish_at,
  };
}

interface Candidate {
  sharedTags: string[];
  sharedTagWeight: number;
  textMatch: number;
}

/**
 * Other articles of the library for the read-also list of article `id`, most related first (related-score.ts):
 * those sharing its tags, and the best bm25 matches of its distinctive words (distinctive-terms.ts) in one
 * OR query. The article itself and `exclude` are never suggested; a trashed article is not in the index.
 * An id the index does not have gets no suggestions.
 */
export function relatedArticles(prepare: Prepare, query: RelatedQuery): RelatedSuggestion[] {
  const self = prepare(
    `SELECT a.doc, a.headline, t.lead, t.plain FROM articles a JOIN article_text t ON t.doc = a.doc WHERE a.id = ?`,
  ).get(query.id) as { doc: number; headline: string; lead: string; plain: Buffer } | undefined;
  if (!self) return [];
  const total = (prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const candidates = new Map<number, Candidate>();
  const candidate = (doc: number) => {
    let found = candidates.get(doc);
    if (!found) {
      found = { sharedTags: [], sharedTagWeight: 0, textMatch: 0 };
      candidates.set(doc, found);
    }
    return found;
  };

  // Tags: every other article with one of this one's tags, each shared tag weighted by its rarity.
  const ownTags = prepare(
    `SELECT s.tag AS tag, (SELECT count(*) FROM article_tags c WHERE c.tag = s.tag) AS n
     FROM article_tags s WHERE s.doc = ?`,
  ).all(self.doc) as { tag: string; n: number }[];
  const rarity = new Map(ownTags.map(({ tag, n }) => [tag, tagRarity(n, total)]));
  const ownTagWeight = [...rarity.values()].reduce((sum, weight) => sum + weight, 0);
  const sharing = prepare(
    `SELECT o.doc AS doc, o.tag AS tag FROM article_tags s JOIN article_tags o ON o.tag = s.tag
     WHERE s.doc = ? AND o.doc <> s.doc`,
  ).all(self.doc) as { doc: number; tag: string }[];
  for (const { doc, tag } of sharing) {
    const found = candidate(doc);
    found.sharedTags.push(tag);
    found.sharedTagWeight += rarity.get(tag) ?? 0;
  }

  // Text: the article's distinctive words, any of them, ranked by bm25 (negated: FTS5 ranks best lowest).
  const articlesWith = prepare('SELECT doc FROM article_vocab WHERE term = ?').pluck();
  const counts = weightedTermCounts({
    headline: self.headline,
    lead: self.lead,
    plain: self.plain.toString('utf16le'),
  });
  const terms = distinctiveTerms(counts, (term) => (articlesWith.get(term) as number | undefined) ?? 0, total);
  let selfTextMatch = 0;
  if (terms.length > 0) {
    const match = terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
    const ranked = prepare(
      'SELECT rowid AS doc, -rank AS score FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?',
    ).all(match, TEXT_CANDIDATES + 1) as { doc: number; score: number }[];
    for (const { doc, score } of ranked) {
      if (doc === self.doc) selfTextMatch = score;
      else candidate(doc).textMatch = score;
    }
    // The article is its own best match; should bm25 put another first, that one is the measure.
    selfTextMatch = Math.max(selfTextMatch, ...ranked.map((row) => row.score));
  }

  const excluded = new Set(query.exclude ?? []);
  const cardOf = prepare(`SELECT ${CARD_COLUMNS} FROM articles a WHERE a.doc = ?`);
  // Equally related articles (the same tags, no words in common) come newest first: a reader wants the latest.
  const dates = prepare(
    `SELECT a.doc AS doc, coalesce(a.publish_ms, a.updated_ms) AS ms FROM articles a
     WHERE a.doc IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...candidates.keys()])) as { doc: number; ms: number }[];
  const dated = new Map(dates.map(({ doc, ms }) => [doc, ms]));
  const scored = [...candidates].map(([doc, found]) => ({
    doc,
    found,
    ms: dated.get(doc) ?? 0,
    score: relatedScore({ ...found, ownTagWeight, selfTextMatch, textCoverage: terms.length / DISTINCTIVE_TERMS }),
  }));
  scored.sort((a, b) => b.score - a.score || b.ms - a.ms || a.doc - b.doc);
  const suggestions: RelatedSuggestion[] = [];
  const limit = query.limit ?? DEFAULT_RELATED;
  for (const { doc, found, score } of scored) {
    if (suggestions.length >= limit) break;
    const row = cardOf.get(doc) as CardRow | undefined;
    if (!row || excluded.has(row.id)) continue;
    suggestions.push({ ...toCard(row), sharedTags: found.sharedTags.sort(collator.compare), score });
  }
  return suggestions;
}

const collator = new Intl.Collator('uk');

/** The cards of the articles with these ids, in the order asked; ids the index does not have are left out. */
export function lookupCards(prepare: Prepare, ids: readonly string[]): LibraryCard[] {
  const byId = prepare(`SELECT ${CARD_COLUMNS} FROM articles a WHERE a.id = ?`);
  return ids.flatMap((id) => {
    const row = byId.get(id) as CardRow | undefined;
    return row ? [toCard(row)] : [];
  });
}
