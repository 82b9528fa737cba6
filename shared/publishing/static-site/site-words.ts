/**
 * The words the site's own pages print (the front page, the rubric pages, the feed). Like PAGE_WORDS in
 * shared/site they are the site's language, Ukrainian, whatever language the editor's interface speaks.
 */
export const SITE_WORDS = {
  latest: 'Останні новини',
  rubrics: 'Рубрики',
  feed: 'RSS',
  /** The front page's link to the feed, for people. */
  feedTitle: 'Стрічка новин (RSS)',
  empty: 'Тут поки немає публікацій.',
  /** A numbered page of a list: `Економіка — Перший Бізнесовий — сторінка 2`. */
  page: 'сторінка',
  pages: 'Сторінки',
  newer: '← Новіші',
  older: 'Старіші →',
} as const;

/** The site's language code: the feed's `<language>`, Google News' `news:language`, the pages' `lang`. */
export const SITE_LANGUAGE = 'uk';
