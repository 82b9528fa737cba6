import type { Doc } from '../domain/doc';
import { docToPlainText } from '../domain/doc-text';
import { teaser } from '../text/teaser';
import { SHARE_LIMITS } from './limits';

/**
 * The text each share field actually uses, and where it comes from, so that the form can show an empty field
 * with its fallback greyed in and say which one it is: share title ← SEO title ← headline; description ←
 * lead ← a teaser of the first paragraph; Telegram post ← headline + lead + link.
 */

/** The article's fields these read, shaped as in article.json so that an Article can be passed as it is. */
export interface ShareSource {
  headline: string;
  lead: string;
  body: Doc;
  seo: { title: string; description: string };
  share: { title: string; description: string };
  x: { text: string };
  telegram: { text: string };
}

export type FallbackSource = 'own' | 'share' | 'seo' | 'headline' | 'lead' | 'teaser' | 'composed' | 'none';

export interface Effective {
  value: string;
  /** `own` when the field itself is filled in; otherwise the field (or the rule) its value comes from. */
  source: FallbackSource;
}

const NONE: Effective = { value: '', source: 'none' };

/** One line, as titles and descriptions are shown: line breaks and runs of spaces become one space (not NBSP). */
const oneLine = (text: string): string => text.replace(/[ \t\r\n]+/g, ' ').trim();

/** The first candidate with text in it. */
function firstFilled(...candidates: ReadonlyArray<readonly [FallbackSource, string]>): Effective {
  for (const [source, text] of candidates) {
    const value = oneLine(text);
    if (value !== '') return { value, source };
  }
  return NONE;
}

/** The text of the body's first paragraph that has any (headings, figures and «Читайте також» are skipped). */
export function firstParagraphText(body: Doc): string {
  for (const node of body.content ?? []) {
    if (node.type !== 'paragraph') continue;
    const text = oneLine(docToPlainText({ type: 'doc', content: [node] }));
    if (text !== '') return text;
  }
  return '';
}

/** The body's teaser: its first paragraph cut at a word boundary to the meta description's length. */
export function bodyTeaser(body: Doc): string {
  return teaser(firstParagraphText(body), SHARE_LIMITS.seoDescription.max);
}

/** The <title> and Google's title: SEO title ← headline. */
export function seoTitle(a: ShareSource): Effective {
  return firstFilled(['own', a.seo.title], ['headline', a.headline]);
}

/** The meta description: SEO description ← lead ← teaser. */
export function seoDescription(a: ShareSource): Effective {
  return firstFilled(['own', a.seo.description], ['lead', a.lead], ['teaser', bodyTeaser(a.body)]);
}

/** og:title (Facebook, Telegram link cards): share title ← SEO title ← headline. */
export function shareTitle(a: ShareSource): Effective {
  return firstFilled(['own', a.share.title], ['seo', a.seo.title], ['headline', a.headline]);
}

/** og:description: share description ← SEO description ← lead ← teaser. */
export function shareDescription(a: ShareSource): Effective {
  const own = firstFilled(['own', a.share.description], ['seo', a.seo.description]);
  return own.source === 'none' ? seoDescription(a) : own;
}

/** X card title: X reads og:title when it has no title of its own, so the share title's chain. */
export function xTitle(a: ShareSource): Effective {
  const title = shareTitle(a);
  return title.source === 'own' ? { ...title, source: 'share' } : title;
}

/** X card description: the article's X card text ← the share description's chain. */
export function xDescription(a: ShareSource): Effective {
  const own = firstFilled(['own', a.x.text]);
  if (own.source === 'own') return own;
  const description = shareDescription(a);
  return description.source === 'own' ? { ...description, source: 'share' } : description;
}

/**
 * The Telegram post: its own text ← headline, lead and link, one paragraph each. Line breaks inside the
 * post are kept (Telegram shows them); only blank parts are left out.
 */
export function telegramPost(a: ShareSource, link: string): Effective {
  const own = a.telegram.text.trim();
  if (own !== '') return { value: own, source: 'own' };
  const parts = [oneLine(a.headline), a.lead.trim(), link.trim()].filter((part) => part !== '');
  return parts.length === 0 ? NONE : { value: parts.join('\n\n'), source: 'composed' };
}

export interface EffectiveShareFields {
  seoTitle: Effective;
  seoDescription: Effective;
  shareTitle: Effective;
  shareDescription: Effective;
  xTitle: Effective;
  xDescription: Effective;
  telegramPost: Effective;
}

/** Every share field at once, for the form and the preview cards. */
export function effectiveShareFields(a: ShareSource, link: string): EffectiveShareFields {
  return {
    seoTitle: seoTitle(a),
    seoDescription: seoDescription(a),
    shareTitle: shareTitle(a),
    shareDescription: shareDescription(a),
    xTitle: xTitle(a),
    xDescription: xDescription(a),
    telegramPost: telegramPost(a, link),
  };
}
