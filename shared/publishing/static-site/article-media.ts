import type { Article } from '../../domain/article';
import { BODY_NODE } from '../../domain/body-nodes';
import type { DocNode } from '../../domain/doc';

/** A picture on another site is linked where it is; only the article's own files are copied to the site. */
export const isExternalMedia = (src: string): boolean => /^https?:\/\//i.test(src);

/**
 * Every picture of the article's own the page shows, each once, in page order: the featured image, the
 * share image (Open Graph, X card) and the body's figures.
 */
export function articleMediaSources(article: Article): string[] {
  const found: string[] = [];
  const add = (src: unknown) => {
    if (typeof src === 'string' && src !== '' && !isExternalMedia(src) && !found.includes(src)) found.push(src);
  };
  add(article.featuredImage?.src);
  add(article.share.image);
  const walk = (nodes: readonly DocNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === BODY_NODE.figure) add(node.attrs?.src);
      walk(node.content);
    }
  };
  walk(article.body.content);
  return found;
}
