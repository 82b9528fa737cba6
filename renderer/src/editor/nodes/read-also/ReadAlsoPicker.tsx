import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleListItem } from '../../../../../shared/api/contract';
import { toApiError } from '../../../../../shared/api/errors';
import type { Message } from '../../../../../shared/i18n/message';
import type { ReadAlsoAttrs } from '../../../../../shared/domain/body-nodes';
import { useDates } from '../../../i18n/use-dates';
import type { BodyEditorContext } from '../../body-editor-context';
import { EditorDialog } from '../../common/EditorDialog';
import type { EditorDialogProps } from '../../common/open-editor-dialog';
import './read-also.css';

interface Props extends EditorDialogProps {
  context: BodyEditorContext;
  onPick(attrs: ReadAlsoAttrs): void;
}

type Results =
  { kind: 'loading' } | { kind: 'ready'; articles: ArticleListItem[] } | { kind: 'error'; message: Message };

/** Typing waits this long before asking the library: one search per pause, not per letter. */
export const SEARCH_DELAY_MS = 150;
const LIMIT = 20;

/**
 * «Читайте також»: search the library and pick the article to link. A combobox: the text field keeps the
 * focus, ↑/↓ move through the found articles, Enter picks, Esc closes. The open article is never offered.
 */
export function ReadAlsoPicker({ context, onPick, close }: Props) {
  const { t } = context;
  const dates = useDates();
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'loading' });
  const [active, setActive] = useState(0);
  const request = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const mine = ++request.current;
    const query = text.trim();
    const timer = window.setTimeout(
      () => {
        context.api
          .invoke('library.list', query ? { text: query, sort: 'relevance', limit: LIMIT } : { limit: LIMIT })
          .then(
            (found) => {
              if (mine !== request.current) return;
              setResults({ kind: 'ready', articles: found.articles.filter((a) => a.id !== context.articleId) });
              setActive(0);
            },
            (error: unknown) => {
              if (mine === request.current) setResults({ kind: 'error', message: toApiError(error).reason });
            },
          );
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [context, text]);

  const articles = results.kind === 'ready' ? results.articles : [];
  const current = articles[Math.min(active, articles.length - 1)];
  const optionId = (articleId: string) => `${id}-option-${articleId}`;

  useEffect(() => {
    if (!current) return;
    const option = listRef.current?.ownerDocument.getElementById(optionId(current.id));
    option?.scrollIntoView?.({ block: 'nearest' });
    // optionId is derived from id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const pick = (article: ArticleListItem) => {
    onPick({ articleId: article.id, headline: article.headline });
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (articles.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (Math.min(index, articles.length - 1) + step + articles.length) % articles.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) pick(current);
    }
  };

  return (
    <EditorDialog title={t('block.readAlso.dialogTitle')} onClose={close}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('block.readAlso.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          role="combobox"
          autoFocus
          autoComplete="off"
          aria-expanded={articles.length > 0}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current.id) : undefined}
          placeholder={t('block.readAlso.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul
        ref={listRef}
        id={`${id}-results`}
        className="read-also-results"
        role="listbox"
        aria-label={t('block.readAlso.results')}
        hidden={articles.length === 0}
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
            <span className="option-headline">{article.headline || t('block.readAlso.untitled')}</span>
            <span className="option-date">{dates.dateTime(article.publishAt ?? article.updatedAt)}</span>
          </li>
        ))}
      </ul>
      <p className="read-also-state" aria-live="polite">
        {results.kind === 'loading' ? t('block.readAlso.loading') : null}
        {results.kind === 'ready' && articles.length === 0 ? t('block.readAlso.empty') : null}
        {results.kind === 'error' ? t('block.readAlso.error', { message: results.message }) : null}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('block.dialog.cancel')}
        </button>
      </div>
    </EditorDialog>
  );
}
