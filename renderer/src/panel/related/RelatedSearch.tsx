import { forwardRef, useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ArticleListItem } from '../../../../shared/api/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n';
import { useDates } from '../../i18n/use-dates';
import { useRelatedSearch } from './use-related-search';

interface Props {
  /** Never offered: the article itself and the ones listed. */
  hidden: ReadonlySet<string>;
  disabled: boolean;
  onPick(article: ArticleListItem): void;
}

/**
 * «Додати»: a combobox over the library search (the WAI-ARIA pattern with a listbox popup). The text field
 * keeps the focus; ↓/↑ move through the articles found, Enter adds the active one, Esc empties the field.
 */
export const RelatedSearch = forwardRef<HTMLInputElement, Props>(function RelatedSearch(
  { hidden, disabled, onPick },
  inputRef,
) {
  const { t } = useI18n();
  const dates = useDates();
  const id = useId();
  const api = useApi();
  const [text, setText] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const results = useRelatedSearch(api, text);
  const articles = results.kind === 'ready' ? results.articles.filter((article) => !hidden.has(article.id)) : [];
  const current = articles.find((article) => article.id === activeId) ?? articles[0];
  const optionId = (articleId: string) => `${id}-option-${articleId}`;
  const open = text.trim() !== '' && articles.length > 0;

  useEffect(() => {
    if (current) document.getElementById(optionId(current.id))?.scrollIntoView?.({ block: 'nearest' });
    // optionId is derived from id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const pick = (article: ArticleListItem) => {
    onPick(article);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (articles.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const at = current ? articles.indexOf(current) : -1;
      setActiveId(articles[(at + step + articles.length) % articles.length]?.id ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && current) pick(current);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  };

  return (
    <div className="field related-search">
      <label htmlFor={`${id}-input`}>{t('related.search')}</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        disabled={disabled}
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? optionId(current.id) : undefined}
        placeholder={t('related.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-listbox`}
        className="related-options"
        role="listbox"
        aria-label={t('related.results')}
        hidden={!open}
      >
        {articles.map((article) => (
          <li
            key={article.id}
            id={optionId(article.id)}
            role="option"
            aria-selected={article === current}
            // Keeps the focus in the field, where the keyboard works.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(article)}
          >
            <span className="related-headline">{article.headline || t('related.untitled')}</span>
            <span className="related-meta">{dates.dateTime(article.publishAt ?? article.updatedAt)}</span>
          </li>
        ))}
      </ul>
      <p className="related-state" aria-live="polite">
        {results.kind === 'loading' ? t('related.searching') : null}
        {results.kind === 'ready' && text.trim() !== '' && articles.length === 0 ? t('related.noResults') : null}
        {results.kind === 'error' ? t('related.searchFailed', { message: results.message }) : null}
      </p>
    </div>
  );
});
