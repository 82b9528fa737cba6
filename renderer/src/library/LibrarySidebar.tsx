import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { ActiveFilters } from './ActiveFilters';
import { ArticleList } from './ArticleList';
import { DamagedFiles } from './DamagedFiles';
import { FilterPanel } from './FilterPanel';
import { IndexingProgress } from './IndexingProgress';
import { LibraryState, listStateKind } from './LibraryState';
import { LibraryViews } from './LibraryViews';
import { formatFoundCount } from './library-format';
import { clearFilters, countActiveFilters, searchText, type LibraryFilters } from './library-query';
import { isSearchShortcut } from './list-navigation';
import { SearchBox } from './SearchBox';
import { StatusNotices } from './StatusNotices';
import { TrashView } from './TrashView';
import { UndoToast } from './UndoToast';
import type { LibraryView } from './use-library';
import { useStatusNotices } from './use-status-notices';
import { useTrash } from './use-trash';
import type { Reader } from '../../../shared/workflow/status-notice';

interface Props {
  library: LibraryView;
  /** The article open in the editor. */
  selectedId: string | null;
  onSelect(id: string): void;
  onCreate(): void;
  /** Duplicates and selects the copy; failures are reported by the shell. */
  onDuplicate(id: string): Promise<void>;
  /** Moves to the trash (the next article opens); false when it failed and the shell said why. */
  onTrash(id: string): Promise<boolean>;
  /** Failures of the sidebar's own actions (restore, purge), shown where the shell shows errors. */
  onActionError(message: string): void;
  /** The person using the app (settings): their own drafts, and the status changes that concern them. */
  reader: Reader;
}

type View = 'library' | 'trash';

/** The library column: search, filters, the list, the trash, and the states in between. */
export function LibrarySidebar(props: Props) {
  const { library, selectedId, onSelect, onActionError } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const ids = useId();
  const [view, setView] = useState<View>('library');
  const [undo, setUndo] = useState<{ id: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const trash = useTrash(true);
  const statusNotices = useStatusNotices(props.reader);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchFocusPending = useRef(false);

  const titleId = `${ids}-title`;
  const listId = `${ids}-list`;
  const countId = `${ids}-count`;
  const { listing, filters } = library;
  const articles = listing?.articles ?? null;

  // The article open when a search starts stays open while the results change under it.
  const changeFilters = (next: LibraryFilters) => {
    if (selectedId) onSelect(selectedId);
    library.setFilters(next);
  };

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  // Ctrl+K and «/» reach the search from anywhere but the text being written.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, event.target instanceof HTMLElement ? event.target : null)) return;
      event.preventDefault();
      searchFocusPending.current = true;
      setView('library');
      if (searchRef.current) {
        searchFocusPending.current = false;
        focusSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusSearch]);

  useLayoutEffect(() => {
    if (searchFocusPending.current && searchRef.current) {
      searchFocusPending.current = false;
      focusSearch();
    }
  });

  const enterList = () => {
    const options = listRef.current?.querySelectorAll<HTMLElement>('[role="option"]');
    const selected = listRef.current?.querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
    if (selected) {
      selected.focus();
      return;
    }
    const first = articles?.[0];
    if (!first) return;
    onSelect(first.id);
    options?.[0]?.focus();
  };

  const trashArticle = async (id: string) => {
    if (await props.onTrash(id)) setUndo({ id });
  };

  const undoTrash = async (id: string) => {
    setUndo(null);
    try {
      await api.invoke('article.restore', { id });
      await library.reload();
      onSelect(id);
      setAnnouncement(t('library.undone'));
      setFocusRequest((n) => n + 1);
    } catch (error) {
      onActionError(describeError(t, error));
    }
  };

  const runTrashAction = async (action: 'article.restore' | 'article.purge', id: string) => {
    try {
      await api.invoke(action, { id });
      await trash.reload();
      return true;
    } catch (error) {
      onActionError(describeError(t, error));
      return false;
    }
  };

  const trashCount = trash.trash?.items.length ?? 0;
  const text = searchText(filters);
  const listError = library.error && describeError(t, library.error);
  const stateKind = listStateKind(listError, articles?.length ?? null, library.narrowed);

  return (
    <>
      <div className="sidebar-header">
        <h1 className="app-name">{t('app.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={() => {
            // A new article belongs to the library: the trash view makes way for it.
            setView('library');
            props.onCreate();
          }}
          aria-keyshortcuts="Control+Alt+N"
          title={`${t('library.new')} (${t('library.newShortcut')})`}
        >
          {t('library.new')}
        </button>
      </div>
      {view === 'library' ? (
        <>
          <SearchBox
            value={filters.text}
            onChange={(next) => changeFilters({ ...filters, text: next })}
            onEnterList={enterList}
            inputRef={searchRef}
            controls={articles && articles.length > 0 ? listId : undefined}
            describedBy={countId}
          />
          <LibraryViews filters={filters} myName={props.reader.name} onChange={changeFilters} />
          <FilterPanel filters={filters} onChange={changeFilters} />
          <ActiveFilters filters={filters} onChange={changeFilters} />
          <div className="library-heading">
            <h2 className="sidebar-title" id={titleId}>
              {t('library.title')}
            </h2>
            <p className="result-count" id={countId} role="status">
              {listing && library.narrowed ? formatFoundCount(t, language, listing.total) : ''}
            </p>
          </div>
          {listing?.indexing ? <IndexingProgress done={listing.indexing.done} total={listing.indexing.total} /> : null}
          {stateKind ? (
            <LibraryState
              kind={stateKind}
              error={listError}
              text={text}
              activeFilters={countActiveFilters(filters)}
              onRetry={() => void library.reload()}
              onResetFilters={() => changeFilters(clearFilters(filters))}
            />
          ) : (
            <ArticleList
              articles={articles ?? []}
              total={listing?.total ?? 0}
              selectedId={selectedId}
              showSnippets={text !== ''}
              listRef={listRef}
              listId={listId}
              labelledBy={titleId}
              focusRequest={focusRequest}
              onSelect={onSelect}
              onDuplicate={props.onDuplicate}
              onTrash={trashArticle}
              onLoadMore={() => void library.loadMore()}
              loadingMore={library.loadingMore}
            />
          )}
          <DamagedFiles damaged={listing?.damaged ?? []} />
        </>
      ) : (
        <TrashView
          trash={trash.trash}
          error={trash.error && describeError(t, trash.error)}
          onRetry={() => void trash.reload()}
          onRestore={(id) => runTrashAction('article.restore', id)}
          onPurge={(id) => runTrashAction('article.purge', id)}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {undo ? (
        <UndoToast
          key={undo.id}
          message={t('library.trashed')}
          actionLabel={t('library.undo')}
          onAction={() => void undoTrash(undo.id)}
          onDismiss={() => setUndo(null)}
        />
      ) : null}
      <StatusNotices
        notices={statusNotices.notices}
        onDismiss={statusNotices.dismiss}
        onOpen={(id) => {
          setView('library');
          onSelect(id);
        }}
      />
      <div className="sidebar-footer">
        <button
          type="button"
          className="trash-toggle"
          onClick={() => setView(view === 'library' ? 'trash' : 'library')}
        >
          {view === 'library' ? t('trash.open', { count: trashCount }) : t('trash.back')}
        </button>
        {view === 'library' && listing?.libraryPath ? (
          <p className="library-path" title={listing.libraryPath}>
            {t('library.path', { path: listing.libraryPath })}
          </p>
        ) : null}
      </div>
    </>
  );
}
