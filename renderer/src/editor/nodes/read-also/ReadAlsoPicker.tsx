import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleListItem } from '../../../../../shared/api/contract';
import { toApiError } from '../../../../../shared/api/errors';
import type { Message } from '../../../../../shared/i18n/message';
import { READ_ALSO_MAX_ARTICLES, type ReadAlsoAttrs, type ReadAlsoItem } from '../../../../../shared/domain/read-also';
import { useDates } from '../../../i18n/use-dates';
import type { BodyEditorContext } from '../../body-editor-context';
import { EditorDialog } from '../../common/EditorDialog';
import type { EditorDialogProps } from '../../common/open-editor-dialog';
import './read-also.css';

interface Props extends EditorDialogProps {
  context: BodyEditorContext;
  /** The block's articles when it is being changed; none for a new block. */
  initial?: readonly ReadAlsoItem[];
  /** A block being changed: «Зберегти» rather than «Вставити». */
  editing?: boolean;
  onPick(attrs: ReadAlsoAttrs): void;
}

type Results =
  { kind: 'loading' } | { kind: 'ready'; articles: ArticleListItem[] } | { kind: 'error'; message: Message };

/** Typing waits this long before asking the library: one search per pause, not per letter. */
export const SEARCH_DELAY_MS = 150;
const LIMIT = 20;

/** What the block remembers of a found article: the date its page will print (publish time, else last change). */
const toItem = (article: ArticleListItem): ReadAlsoItem => ({
  articleId: article.id,
  headline: article.headline,
  date: article.publishAt ?? article.updatedAt,
});

/**
 * «Читайте також»: search the library and gather the articles to link. A combobox: the text field keeps the
 * focus, ↑/↓ move through the found articles, Enter adds the active one to the block's list; each article
 * of the list can be moved up or down and removed with its buttons; «Вставити» puts the block in the body.
 * Esc closes. The open article and the ones already in the list are never offered.
 */
export function ReadAlsoPicker({ context, initial = [], editing = false, onPick, close }: Props) {
  const { t } = context;
  const dates = useDates();
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'loading' });
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<readonly ReadAlsoItem[]>(initial);
  const [said, setSaid] = useState('');
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

  const articles =
    results.kind === 'ready'
      ? results.articles.filter((article) => !chosen.some((item) => item.articleId === article.id))
      : [];
  const full = chosen.length >= READ_ALSO_MAX_ARTICLES;
  const current = articles[Math.min(active, articles.length - 1)];
  const optionId = (articleId: string) => `${id}-option-${articleId}`;

  useEffect(() => {
    if (!current) return;
    const option = listRef.current?.ownerDocument.getElementById(optionId(current.id));
    option?.scrollIntoView?.({ block: 'nearest' });
    // optionId is derived from id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const headlineOf = (item: ReadAlsoItem) => item.headline || t('block.readAlso.untitled');
  const add = (article: ArticleListItem) => {
    if (full) return;
    const item = toItem(article);
    setChosen((list) => [...list, item]);
    setSaid(t('block.readAlso.added', { headline: headlineOf(item) }));
  };
  const move = (index: number, step: -1 | 1) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + step, 0, item);
      return next;
    });
  const remove = (index: number) => setChosen((list) => list.filter((_, at) => at !== index));
  const done = () => {
    if (chosen.length === 0) return;
    onPick({ articles: [...chosen] });
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
      if (current) add(current);
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
            onClick={() => add(article)}
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
      <h3 className="read-also-chosen-title" id={`${id}-chosen`}>
        {t('block.readAlso.chosen')}
      </h3>
      {chosen.length === 0 ? <p className="read-also-state">{t('block.readAlso.chosenEmpty')}</p> : null}
      <ol className="read-also-chosen" aria-labelledby={`${id}-chosen`} hidden={chosen.length === 0}>
        {chosen.map((item, index) => (
          <li key={item.articleId}>
            <span className="option-headline">{headlineOf(item)}</span>
            {item.date ? <span className="option-date">{dates.dateTime(item.date)}</span> : null}
            <span className="read-also-chosen-actions">
              <button
                type="button"
                aria-label={t('block.readAlso.moveUp', { headline: headlineOf(item) })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('block.readAlso.moveDown', { headline: headlineOf(item) })}
                disabled={index === chosen.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('block.readAlso.remove', { headline: headlineOf(item) })}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {full ? t('block.readAlso.full', { count: READ_ALSO_MAX_ARTICLES }) : said}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('block.dialog.cancel')}
        </button>
        <button type="button" className="primary" disabled={chosen.length === 0} onClick={done}>
          {t(editing ? 'block.readAlso.save' : 'block.readAlso.insert')}
        </button>
      </div>
    </EditorDialog>
  );
}
