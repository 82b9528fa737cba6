import { useRef, type KeyboardEvent } from 'react';
import type { DamagedFile } from '../../../shared/api/contract';
import type { ArticleSummary } from '../../../shared/domain/article';
import { useI18n } from '../i18n/i18n';

interface Props {
  articles: ArticleSummary[] | null;
  damaged: DamagedFile[];
  libraryPath: string | null;
  loadError: string | null;
  selectedId: string | null;
  onSelect(id: string): void;
  onCreate(): void;
  onRetry(): void;
}

export function LibrarySidebar(props: Props) {
  const { t } = useI18n();
  const { articles, damaged, selectedId, onSelect } = props;
  const listRef = useRef<HTMLUListElement>(null);

  // Arrow keys move between articles, as in any list of documents.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!articles || articles.length === 0) return;
    const index = articles.findIndex((a) => a.id === selectedId);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    let next: number | null = null;
    if (move !== undefined) next = Math.min(articles.length - 1, Math.max(0, index + move));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = articles.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = articles[next];
    if (!target) return;
    onSelect(target.id);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
  };

  return (
    <>
      <div className="sidebar-header">
        <h1 className="app-name">{t('app.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={props.onCreate}
          aria-keyshortcuts="Control+Alt+N"
          title={`${t('library.new')} (${t('library.newShortcut')})`}
        >
          {t('library.new')}
        </button>
      </div>
      <h2 className="sidebar-title" id="library-title">
        {t('library.title')}
      </h2>
      {props.loadError ? (
        <div role="alert" className="sidebar-state error">
          <p>
            {t('library.loadError')}: {props.loadError}
          </p>
          <button type="button" onClick={props.onRetry}>
            {t('app.retry')}
          </button>
        </div>
      ) : articles === null ? (
        <p className="sidebar-state" aria-busy="true">
          {t('app.loading')}
        </p>
      ) : articles.length === 0 ? (
        <div className="sidebar-state">
          <p>{t('library.empty')}</p>
          <p className="hint">{t('library.emptyHint')}</p>
        </div>
      ) : (
        <ul ref={listRef} className="article-list" role="listbox" aria-labelledby="library-title" onKeyDown={onKeyDown}>
          {articles.map((article) => {
            const selected = article.id === selectedId;
            return (
              <li
                key={article.id}
                role="option"
                aria-selected={selected}
                tabIndex={selected || (selectedId === null && article === articles[0]) ? 0 : -1}
                className={selected ? 'article-item selected' : 'article-item'}
                onClick={() => onSelect(article.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect(article.id);
                  }
                }}
              >
                <span className="article-headline">{article.headline.trim() || t('library.untitled')}</span>
                <span className="article-meta">
                  <span className={`status-chip status-${article.status}`}>{t(`status.${article.status}`)}</span>
                  {article.rubric ? <span className="rubric">{article.rubric}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {damaged.length > 0 ? (
        <section className="damaged" aria-labelledby="damaged-title">
          <h2 id="damaged-title">{t('library.damagedTitle')}</h2>
          <p className="hint">{t('library.damagedHint')}</p>
          <ul>
            {damaged.map((file) => (
              <li key={file.path}>
                <code>{file.path}</code>
                <span>{file.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.libraryPath ? (
        <p className="library-path" title={props.libraryPath}>
          {t('library.path', { path: props.libraryPath })}
        </p>
      ) : null}
    </>
  );
}
