/**
 * What of an article two people changed differently; the merged article keeps our version of it.
 * `field` is the article's own path to it (`headline`, `seo.title`, `featuredImage.crops.wide`,
 * `remoteIds.wordpress`; a list's name for an item of it: `authors`, `related`). `index` is the block's
 * position in the common ancestor's body, the one version both sides started from: it names the same
 * block whichever side merges.
 */
export type ArticleConflict = { kind: 'field'; field: string } | { kind: 'block'; index: number };
