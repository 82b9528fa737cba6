import type { Article } from '../../../shared/domain/article';
import { docToPlainText } from '../../../shared/domain/doc-text';
import { stemUk, tokenizeUk } from '../../../shared/text/uk-stemmer';

const HYPHENS = /[-\u2010\u2011]/;
/** Runs of ordinary white space (not NBSP, which typography put there on purpose) become one space. */
const SPACES = /[ \t\n\r\f\v\u2028\u2029]+/g;

/**
 * A library repeats the same few thousand words millions of times; stemming each once makes a cold
 * build of 10,000 articles mostly SQLite's work. Bounded, so a huge library cannot grow it forever.
 */
const stems = new Map<string, readonly string[]>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * The index terms of one word as written: the stem of each hyphen-separated part (a compound such as
 * south-eastern gives both stems), so either part finds it.
 */
export function termsOfWord(word: string): readonly string[] {
  let terms = stems.get(word);
  if (terms === undefined) {
    terms = word
      .split(HYPHENS)
      .map(stemUk)
      .filter((term) => term.length > 0);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, terms);
  }
  return terms;
}

/** The index terms of a text, space-separated: what the FTS5 table receives for a column. */
export function indexTerms(text: string): string {
  const out: string[] = [];
  for (const word of tokenizeUk(text)) for (const term of termsOfWord(word)) out.push(term);
  return out.join(' ');
}

/** One line of readable text: what snippets are cut from. NFC, so offsets agree with what the UI shows. */
export function flattenText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

/** What the index keeps of an article's text. */
export interface ArticleText {
  /** Stemmed terms per FTS column. */
  headlineTerms: string;
  leadTerms: string;
  bodyTerms: string;
  tagTerms: string;
  authorTerms: string;
  rubricTerms: string;
  /** Lead and body as one line of plain text, for snippets. */
  plain: string;
}

/** The authors' names as a list row would say them: what a snippet shows when only a name matched. */
export function bylineText(authors: readonly string[]): string {
  return flattenText(authors.join(', '));
}

export function articleText(article: Article): ArticleText {
  const body = docToPlainText(article.body);
  return {
    headlineTerms: indexTerms(article.headline),
    leadTerms: indexTerms(article.lead),
    bodyTerms: indexTerms(body),
    tagTerms: indexTerms(article.tags.join(' \n ')),
    authorTerms: indexTerms(article.authors.map((author) => author.name).join(' \n ')),
    rubricTerms: indexTerms(article.rubric),
    plain: flattenText(`${article.lead}\n${body}`),
  };
}
