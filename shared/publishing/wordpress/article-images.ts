import type { Article } from '../../domain/article';
import { BODY_NODE, creditLine } from '../../domain/body-nodes';
import type { DocNode } from '../../domain/doc';
import { isArticleMediaPath, safeImageSrc } from '../../security/safe-url';

/** A picture of the article that goes to the site's media library, with the words it carries there. */
export interface ArticleImage {
  /** `media/<sha256>.<ext>` in the article's folder. */
  src: string;
  alt: string;
  /** The caption and the `Фото:` credit, as WordPress shows a caption under the picture. */
  caption: string;
}

/**
 * The article's own pictures, each once, the featured image first. Pictures already on the web (https) stay
 * where they are: the post links them, nothing is uploaded.
 */
export function articleImages(article: Article): ArticleImage[] {
  const found = new Map<string, ArticleImage>();
  const add = (src: unknown, alt: unknown, caption: unknown, credit: unknown) => {
    if (typeof src !== 'string' || !isArticleMediaPath(src) || found.has(src)) return;
    const words = [text(caption).trim(), creditLine(text(credit))].filter(Boolean).join(' ');
    found.set(src, { src, alt: text(alt), caption: words });
  };
  const featured = article.featuredImage;
  if (featured) add(featured.src, featured.alt, featured.caption, featured.credit);
  const walk = (nodes: readonly DocNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === BODY_NODE.figure)
        add(node.attrs?.src, node.attrs?.alt, node.attrs?.caption, node.attrs?.credit);
      walk(node.content);
    }
  };
  walk(article.body.content);
  return [...found.values()];
}

/** A body picture that is already on the web, linked as it is. */
export function webImage(src: string): string | null {
  return isArticleMediaPath(src) ? null : safeImageSrc(src);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
