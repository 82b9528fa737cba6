import type { NewsArticle, WithContext } from 'schema-dts';

/** What the structured data says of the article: every property Google's article guide lists, and more. */
export interface NewsArticleFacts {
  url: string;
  headline: string;
  description: string;
  /** Absolute image addresses, the widest first; Google prefers 16:9, 4:3 and 1:1 where there are crops. */
  images: string[];
  datePublished: string | null;
  dateModified: string;
  authors: ReadonlyArray<{ name: string; url?: string | undefined }>;
  section: string;
  keywords: readonly string[];
  outlet: { name: string; url: string; logoUrl: string };
}

/** The schema.org NewsArticle of the page (typed by schema-dts, so a misspelt property does not compile). */
export function newsArticleLd(facts: NewsArticleFacts): WithContext<NewsArticle> {
  const ld: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    inLanguage: 'uk',
    isAccessibleForFree: true,
    dateModified: facts.dateModified,
  };
  if (facts.images.length > 0) ld.image = [...facts.images];
  if (facts.datePublished) ld.datePublished = facts.datePublished;
  if (facts.authors.length > 0) {
    ld.author = facts.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
    }));
  }
  if (facts.section) ld.articleSection = facts.section;
  if (facts.keywords.length > 0) ld.keywords = [...facts.keywords];
  if (facts.outlet.name) {
    ld.publisher = {
      '@type': 'NewsMediaOrganization',
      name: facts.outlet.name,
      ...(facts.outlet.url ? { url: facts.outlet.url } : {}),
      ...(facts.outlet.logoUrl ? { logo: { '@type': 'ImageObject', url: facts.outlet.logoUrl } } : {}),
    };
  }
  return ld;
}
