/**
 * Words the Telegram post prints in place of what a message cannot hold. Like PAGE_WORDS (site/page-words.ts)
 * they are the article's language (Ukrainian), not the interface's.
 */
export const TELEGRAM_WORDS = {
  /** «Таблиця «Явка за областями» — на сайті: …» */
  table: 'Таблиця',
  onSite: 'на сайті:',
  bullet: '•',
} as const;
