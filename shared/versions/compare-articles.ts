import type { Article } from '../domain/article';
import { bodyBlocks } from './body-blocks';
import { diffBlocks, type BodyEntry } from './body-diff';
import { diffMetadata, type ArticleMetadata, type MetadataChange } from './metadata-diff';
import { diffWords, type DiffPart } from './word-diff';

export type { Block, BlockAttribute, BlockKind } from './body-blocks';
export type { AttributeChange, BodyEntry } from './body-diff';
export type { ImageAttribute, ListField, MetadataChange, TextField } from './metadata-diff';
export type { DiffPart } from './word-diff';

/** What of an article two versions are compared by: the text and the metadata, not its workflow or files. */
export type ComparedArticle = Pick<Article, 'headline' | 'lead' | 'body'> & ArticleMetadata;

export interface TextComparison {
  changed: boolean;
  parts: DiffPart[];
}

/** How much differs, as the summary line says it: headline and lead count as paragraphs. */
export interface ComparisonCounts {
  changed: number;
  added: number;
  removed: number;
  moved: number;
  metadata: number;
}

export interface ArticleComparison {
  headline: TextComparison;
  lead: TextComparison;
  body: BodyEntry[];
  metadata: MetadataChange[];
  counts: ComparisonCounts;
  /** Nothing a reader could see differs. */
  identical: boolean;
}

function compareText(before: string, after: string): TextComparison {
  return { changed: before !== after, parts: diffWords(before, after) };
}

/** Two versions of an article as a reader compares them: headline, lead, the body block by block, metadata. */
export function compareArticles(older: ComparedArticle, newer: ComparedArticle): ArticleComparison {
  const headline = compareText(older.headline, newer.headline);
  const lead = compareText(older.lead, newer.lead);
  const body = diffBlocks(bodyBlocks(older.body), bodyBlocks(newer.body));
  const metadata = diffMetadata(older, newer);
  const counts: ComparisonCounts = {
    changed: Number(headline.changed) + Number(lead.changed),
    added: 0,
    removed: 0,
    moved: 0,
    metadata: metadata.length,
  };
  for (const entry of body) {
    if (entry.kind === 'changed') counts.changed += 1;
    // A moved block is one removed and one added entry: counted once, where it went.
    else if (entry.kind !== 'same' && entry.moved) counts.moved += entry.kind === 'added' ? 1 : 0;
    else if (entry.kind !== 'same') counts[entry.kind] += 1;
  }
  const identical = counts.changed + counts.added + counts.removed + counts.moved + counts.metadata === 0;
  return { headline, lead, body, metadata, counts, identical };
}
