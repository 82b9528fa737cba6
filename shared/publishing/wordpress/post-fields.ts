import type { Article } from '../../domain/article';
import { bodyHtml, type SiteMedia } from '../../site/body-html';
import type { DateStyle } from '../../settings/schema';
import { webImage } from './article-images';

/** What the post's fields are made of besides the article: the site's ids and addresses. */
export interface PostFieldsInput {
  article: Article;
  dateStyle: DateStyle;
  /** The client marker (client-marker.ts) that opens the content. */
  marker: string;
  /** Uploaded pictures by their `src` in the article. */
  media: ReadonlyMap<string, SiteMedia & { id: number }>;
  /** `now`, or the scheduled instant (ISO with offset). */
  when: 'now' | string;
  /** True when the post was scheduled and is now published at once: its date must move to now, or WordPress keeps it waiting. */
  wasScheduled: boolean;
  now: Date;
  categories: readonly number[];
  tags: readonly number[];
  /** The WordPress user the article's author maps to; null leaves the post to the password's owner. */
  author: number | null;
}

/** The slug the post is published under: the article's, else its id (as the static site names its page). */
export function postSlug(article: Article): string {
  return article.slug.trim() || article.id;
}

/** WordPress reads `date_gmt` as UTC without an offset (an offset in it would be dropped, not applied). */
function gmt(instant: Date): string {
  return instant.toISOString().slice(0, 19);
}

/**
 * The fields of POST /wp/v2/posts: the title, the body as the site renderer prints it with the uploaded
 * pictures' addresses, the lead as the excerpt, the slug, published now or scheduled, the terms, the
 * featured image and the author. A correction sends them all again: the post becomes what was approved.
 */
export function postFields(input: PostFieldsInput): Record<string, unknown> {
  const { article, media } = input;
  const content = bodyHtml(article.body, {
    media: (src) => media.get(src) ?? webMedia(src),
    articleUrl: () => null,
    dateStyle: input.dateStyle,
  });
  const scheduled = input.when !== 'now';
  const fields: Record<string, unknown> = {
    title: article.headline,
    content: `${input.marker}\n${content}`,
    excerpt: article.lead,
    slug: postSlug(article),
    status: scheduled ? 'future' : 'publish',
    featured_media: article.featuredImage ? (media.get(article.featuredImage.src)?.id ?? 0) : 0,
    categories: [...input.categories],
    tags: [...input.tags],
  };
  if (scheduled) fields.date_gmt = gmt(new Date(input.when));
  else if (input.wasScheduled) fields.date_gmt = gmt(input.now);
  if (input.author !== null) fields.author = input.author;
  return fields;
}

function webMedia(src: string): SiteMedia | null {
  const url = webImage(src);
  return url ? { url, width: null, height: null } : null;
}
