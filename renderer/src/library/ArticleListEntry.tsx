import { memo } from 'react';
import type { ArticleListItem } from '../../../shared/api/contract';
import { useI18n, type Translate } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { SnippetText } from './SnippetText';

interface Props {
  article: ArticleListItem;
  /** Prefix for element ids: the option is named by its headline and described by the rest. */
  idBase: string;
  /** Snippets are shown only while searching, where they say why an article was found. */
  showSnippet: boolean;
}

/** What one row of the library list shows: headline, status, rubric, date, conflicts, snippet. */
/**
 * One row. Every reload of the list brings new objects for unchanged articles (after each autosave), so
 * rows compare what they show and skip rendering when it is the same.
 */
export const ArticleListEntry = memo(function ArticleListEntry({ article, idBase, showSnippet }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const snippet = showSnippet ? article.snippet : null;
  return (
    <>
      <span className="article-headline" id={`${idBase}-headline`}>
        {article.headline.trim() || t('library.untitled')}
      </span>
      <span className="article-meta" id={`${idBase}-meta`}>
        <span className={`status-chip status-${article.status}`}>{t(`status.${article.status}`)}</span>
        {article.rubric ? <span className="rubric">{article.rubric}</span> : null}
        <time className="article-date" dateTime={article.updatedAt}>
          {dates.dateTime(article.updatedAt)}
        </time>
        {article.conflicts > 0 ? <ConflictBadge count={article.conflicts} /> : null}
      </span>
      {snippet ? <SnippetText snippet={snippet} id={`${idBase}-snippet`} label={snippetLabel(t, article)} /> : null}
    </>
  );
}, sameRow);

function sameRow(before: Props, after: Props): boolean {
  const a = before.article;
  const b = after.article;
  return (
    before.idBase === after.idBase &&
    before.showSnippet === after.showSnippet &&
    a.id === b.id &&
    a.headline === b.headline &&
    a.status === b.status &&
    a.rubric === b.rubric &&
    a.updatedAt === b.updatedAt &&
    a.conflicts === b.conflicts &&
    JSON.stringify(a.snippet) === JSON.stringify(b.snippet)
  );
}

/** What a snippet from the byline or the rubric is: «Автор: …», «Рубрика: …»; nothing for the text. */
function snippetLabel(t: Translate, article: ArticleListItem): string | null {
  switch (article.snippet?.source) {
    case 'authors':
      return t(article.authors.length > 1 ? 'library.snippetAuthors' : 'library.snippetAuthor');
    case 'rubric':
      return t('library.snippetRubric');
    default:
      return null;
  }
}

/** Visible words, not an icon alone, so the warning reads the same to the eye and to a screen reader. */
function ConflictBadge({ count }: { count: number }) {
  const { t } = useI18n();
  const hint = t('library.conflictHint', { count });
  return (
    <span className="conflict-badge" title={hint}>
      <span aria-hidden="true">⚠ </span>
      {t('library.conflict')}
      <span className="visually-hidden">. {hint}</span>
    </span>
  );
}

/** The ids that describe an option (everything but the headline, which names it). */
export function entryDescriptionIds(idBase: string, article: ArticleListItem, showSnippet: boolean): string {
  return showSnippet && article.snippet ? `${idBase}-meta ${idBase}-snippet` : `${idBase}-meta`;
}
