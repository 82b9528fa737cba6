import { useId, useMemo, useRef, useState } from 'react';
import type { LibraryCard } from '../../../../shared/api/contract';
import { toApiError } from '../../../../shared/api/errors';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n';
import { OutsideLinkForm } from './OutsideLinkForm';
import { RelatedList } from './RelatedList';
import { RelatedSearch } from './RelatedSearch';
import { RelatedSuggestions } from './RelatedSuggestions';
import { addRelated, listedIds, RELATED_LIMIT, relatedFromCard, type RelatedArticle } from './related-list';
import { useRelatedSuggestions } from './use-related-suggestions';

interface Props {
  articleId: string;
  related: readonly RelatedArticle[];
  onChange(related: RelatedArticle[]): void;
}

/**
 * The article's «Читайте також» (issue 18): the list as the page will print it, reordered and trimmed from
 * the keyboard; articles added by searching the library, from the suggestions (shared tags, similar text),
 * or as an outside link. A library article is kept by id with copies of its headline, date and teaser.
 */
export function RelatedArticles({ articleId, related, onChange }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  const listed = useMemo(() => listedIds(related), [related]);
  const hidden = useMemo(() => new Set([articleId, ...listed]), [articleId, listed]);
  const suggestions = useRelatedSuggestions(api, articleId, listed);
  const full = related.length >= RELATED_LIMIT;

  const add = (item: RelatedArticle) => {
    onChange(addRelated(related, item));
    setSaid(t('related.added', { headline: item.headline || t('related.untitled') }));
  };
  /** A found article's card (slug, teaser) comes from the index: the search list does not carry them. */
  const addFound = async (articleIdFound: string) => {
    try {
      const { articles } = await api.invoke('library.lookup', { ids: [articleIdFound] });
      const card: LibraryCard | undefined = articles[0];
      if (card) add(relatedFromCard(card));
      else setSaid(t('related.gone'));
    } catch (error) {
      setSaid(t('related.addFailed', { message: toApiError(error).reason }));
    }
  };

  return (
    <section className="related-articles" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="related-title">
        {t('related.title')}
      </h3>
      <RelatedList
        related={related}
        labelledBy={`${id}-title`}
        onChange={onChange}
        onSay={setSaid}
        onEmptied={() => searchRef.current?.focus()}
      />
      <p className="related-state" aria-live="polite">
        {full ? t('related.full', { count: RELATED_LIMIT }) : null}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      <RelatedSearch ref={searchRef} hidden={hidden} disabled={full} onPick={(found) => void addFound(found.id)} />
      <h4 id={`${id}-suggestions`} className="related-subtitle">
        {t('related.suggestions')}
      </h4>
      <RelatedSuggestions
        state={suggestions}
        labelledBy={`${id}-suggestions`}
        disabled={full}
        onAdd={(suggestion) => add(relatedFromCard(suggestion))}
      />
      <OutsideLinkForm related={related} disabled={full} onAdd={add} />
    </section>
  );
}
