import type { EmbedProvider } from '../domain/embeds';

/**
 * The words the site page prints around the article. Like the labels in domain/body-nodes.ts they are part
 * of the article's language (Ukrainian), not of the interface: the page reads the same whatever the editor
 * speaks.
 */
export const PAGE_WORDS = {
  share: 'Поділитися:',
  readAlso: 'Читайте також',
  tags: 'Теги:',
  authors: 'Автор:',
  /** The name of a table's scrolling box for screen readers, when the table has no caption. */
  table: 'Таблиця',
  /** The link of an embedded post: a card, since the page runs no third-party script. */
  embed: {
    telegram: 'Допис у Telegram',
    youtube: 'Відео на YouTube',
    x: 'Допис в X',
    facebook: 'Допис у Facebook',
  } satisfies Record<EmbedProvider, string>,
} as const;

/** The page's teasers end as the reference site's do: three full stops. */
export const TEASER_ENDING = '...';
