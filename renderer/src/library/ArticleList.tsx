import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleListItem } from '../../../shared/api/contract';
import { formatCount, useI18n } from '../i18n/i18n';
import { ArticleListEntry, entryDescriptionIds } from './ArticleListEntry';
import { ItemActionsMenu } from './ItemActionsMenu';
import { matchesShortcut } from '../editor/features/shortcuts/match-shortcut';
import { nextIndex } from './list-navigation';

interface Props {
  articles: ArticleListItem[];
  /** How many articles the query found; more than `articles` when pages are left to load. */
  total: number;
  selectedId: string | null;
  showSnippets: boolean;
  listRef: RefObject<HTMLUListElement | null>;
  listId: string;
  labelledBy: string;
  /** A new number asks for the focus on the selected article (after an undo, say). */
  focusRequest: number;
  onSelect(id: string): void;
  onDuplicate(id: string): Promise<void>;
  onTrash(id: string): Promise<unknown>;
  onLoadMore(): void;
  loadingMore: boolean;
}

/**
 * The library as a listbox: one tab stop (the selected article), arrows move and open, Delete and
 * Ctrl+D act on the selected article, and its «…» menu sits beside it.
 */
export function ArticleList(props: Props) {
  const { articles, selectedId, listRef, onSelect } = props;
  const { t, language } = useI18n();
  const idBase = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const actionsRef = useRef<HTMLDivElement>(null);
  // After an action the selection moves (to the copy, to the next article); focus follows it there.
  const [ownFocusRequest, setOwnFocusRequest] = useState(0);
  const focusRequest = props.focusRequest + ownFocusRequest;
  const focusHandled = useRef(focusRequest);
  const selectedIndex = articles.findIndex((a) => a.id === selectedId);
  const selected = articles[selectedIndex];

  useLayoutEffect(() => {
    const option = listRef.current?.querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
    // Placed over the selected row; the list and the menu share the scrolling box, so they scroll together.
    if (option && actionsRef.current) actionsRef.current.style.top = `${option.offsetTop + 4}px`;
    if (focusRequest !== focusHandled.current) {
      focusHandled.current = focusRequest;
      option?.focus();
    }
  });

  const act = (action: (id: string) => Promise<unknown>) => {
    if (!selected) return;
    void action(selected.id).then(() => setOwnFocusRequest((n) => n + 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (matchesShortcut(event, 'trash')) {
      event.preventDefault();
      act(props.onTrash);
      return;
    }
    if (matchesShortcut(event, 'duplicate')) {
      event.preventDefault();
      act(props.onDuplicate);
      return;
    }
    if (event.key === 'ContextMenu' || matchesShortcut(event, 'itemMenu')) {
      event.preventDefault();
      if (selected) setMenuOpen(true);
      return;
    }
    const next = nextIndex(event.key, selectedIndex, articles.length);
    if (next === null) return;
    event.preventDefault();
    const target = articles[next];
    if (!target) return;
    onSelect(target.id);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
  };

  const remaining = props.total - articles.length;
  return (
    <div className="article-list-scroll">
      <ul
        ref={listRef}
        id={props.listId}
        className="article-list"
        role="listbox"
        aria-labelledby={props.labelledBy}
        onKeyDown={onKeyDown}
      >
        {articles.map((article, index) => {
          const isSelected = index === selectedIndex;
          const id = `${idBase}-${index}`;
          return (
            <li
              key={article.id}
              role="option"
              aria-selected={isSelected}
              aria-labelledby={`${id}-headline`}
              aria-describedby={entryDescriptionIds(id, article, props.showSnippets)}
              tabIndex={isSelected || (selectedIndex < 0 && index === 0) ? 0 : -1}
              className={isSelected ? 'article-item selected' : 'article-item'}
              onClick={() => onSelect(article.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(article.id);
                }
              }}
            >
              <ArticleListEntry article={article} idBase={id} showSnippet={props.showSnippets} />
            </li>
          );
        })}
      </ul>
      {selected ? (
        <ItemActionsMenu
          key={selected.id}
          wrapperRef={actionsRef}
          open={menuOpen}
          onOpenChange={setMenuOpen}
          onDuplicate={() => act(props.onDuplicate)}
          onTrash={() => act(props.onTrash)}
        />
      ) : null}
      {remaining > 0 ? (
        <div className="show-more">
          <p className="hint">
            {t('library.shown', {
              shown: formatCount(language, articles.length),
              total: formatCount(language, props.total),
            })}
          </p>
          <button type="button" onClick={props.onLoadMore} disabled={props.loadingMore} aria-busy={props.loadingMore}>
            {props.loadingMore ? t('library.loadingMore') : t('library.showMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
