import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';
import { ArticleList } from '../../../renderer/src/library/ArticleList';
import type { ArticleListItem } from '../../../shared/api/contract';

const item = (fields: Partial<ArticleListItem> & Pick<ArticleListItem, 'id' | 'headline'>): ArticleListItem => ({
  status: 'draft',
  rubric: '',
  updatedAt: '2025-12-19T18:44:00Z',
  publishAt: null,
  tags: [],
  authors: [],
  snippet: null,
  conflicts: 0,
  ...fields,
});

const ARTICLES = [
  item({
    id: 'ukrenergo',
    headline: 'Укренерго оновило графіки',
    rubric: 'Енергетика',
    snippet: { text: 'графіки відключень <b>на</b> завтра', highlights: [[0, 7]] },
  }),
  item({ id: 'budget', headline: 'Бюджет-2026 ухвалено', status: 'in-review', conflicts: 2 }),
  item({ id: 'untitled', headline: '   ', status: 'published', rubric: 'Політика' }),
];

interface Options {
  articles?: ArticleListItem[];
  selectedId?: string | null;
  showSnippets?: boolean;
  total?: number;
  loadingMore?: boolean;
  /** Selection after a trash, as the shell would move it. */
  afterTrash?: string | null;
}

function renderList(options: Options = {}) {
  const log: string[] = [];
  function Harness() {
    const [selectedId, setSelectedId] = useState<string | null>(options.selectedId ?? null);
    const [articles, setArticles] = useState(options.articles ?? ARTICLES);
    const listRef = useRef<HTMLUListElement>(null);
    return (
      <>
        <h2 id="title">Бібліотека</h2>
        <ArticleList
          articles={articles}
          total={options.total ?? articles.length}
          selectedId={selectedId}
          showSnippets={options.showSnippets ?? false}
          listRef={listRef}
          listId="list"
          labelledBy="title"
          focusRequest={0}
          onSelect={(id) => {
            log.push(`select:${id}`);
            setSelectedId(id);
          }}
          onDuplicate={async (id) => {
            log.push(`duplicate:${id}`);
          }}
          onTrash={async (id) => {
            log.push(`trash:${id}`);
            setArticles((list) => list.filter((a) => a.id !== id));
            if (options.afterTrash !== undefined) setSelectedId(options.afterTrash);
          }}
          onLoadMore={() => log.push('more')}
          loadingMore={options.loadingMore ?? false}
        />
      </>
    );
  }
  render(<Harness />);
  return log;
}

const options = () => screen.getAllByRole('option');
const option = (name: string | RegExp) => screen.getByRole('option', { name });
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('ArticleList items', () => {
  it('each option is named by its headline and described by status, rubric and Kyiv date', () => {
    renderList({ selectedId: 'budget' });
    const list = screen.getByRole('listbox', { name: 'Бібліотека' });
    expect(within(list).getAllByRole('option')).toHaveLength(3);
    const first = option('Укренерго оновило графіки');
    expect(within(first).getByText('Чернетка').className).toContain('status-chip status-draft');
    expect(description(first)).toContain('Енергетика');
    expect(description(first)).toContain('19 грудня 2025 року, 20:44');
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2025-12-19T18:44:00Z');
    expect(within(option('Бюджет-2026 ухвалено')).getByText('На розгляді')).toBeTruthy();
    expect(within(option('Без заголовка')).getByText('Опубліковано')).toBeTruthy();
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(options().map((o) => o.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('with nothing selected the first article is the tab stop', () => {
    renderList();
    expect(options().map((o) => o.tabIndex)).toEqual([0, -1, -1]);
  });

  it('a conflict badge in words, with its count for screen readers and in the tooltip', () => {
    renderList();
    const budget = option('Бюджет-2026 ухвалено');
    const badge = budget.querySelector('.conflict-badge') as HTMLElement;
    expect(badge.textContent).toContain('Конфлікт версій');
    expect(badge.title).toBe('Конфліктних копій поруч із файлом: 2. Відкрийте статтю, щоб обрати версію.');
    expect(description(budget)).toContain('Конфліктних копій поруч із файлом: 2');
    expect(option('Укренерго оновило графіки').querySelector('.conflict-badge')).toBeNull();
  });

  it('snippets only while searching, matches in <mark>, markup kept as text', () => {
    renderList({ showSnippets: true });
    const first = option('Укренерго оновило графіки');
    const marks = first.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['графіки']);
    expect(first.querySelector('b')).toBeNull();
    expect(first.textContent).toContain('графіки відключень <b>на</b> завтра');
    expect(description(first)).toContain('відключень');
  });

  it('no snippet when not searching', () => {
    renderList({ showSnippets: false });
    expect(document.querySelector('mark')).toBeNull();
    expect(option('Укренерго оновило графіки').textContent).not.toContain('відключень');
  });

  it('follows the language and the date style of the context', () => {
    render(
      <I18nContext.Provider value={{ language: 'en', t: createTranslator('en'), dateStyle: 'capitalized-dash' }}>
        <ArticleList
          articles={ARTICLES}
          total={3}
          selectedId="budget"
          showSnippets={false}
          listRef={{ current: null }}
          listId="l"
          labelledBy="x"
          focusRequest={0}
          onSelect={() => undefined}
          onDuplicate={async () => undefined}
          onTrash={async () => undefined}
          onLoadMore={() => undefined}
          loadingMore={false}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByText('Untitled')).toBeTruthy();
    expect(screen.getAllByText('19 December 2025 - 20:44')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Article actions' })).toBeTruthy();
  });
});

describe('ArticleList keyboard', () => {
  it('ArrowDown selects the next article and moves focus to it; ArrowUp, Home, End', () => {
    const log = renderList({ selectedId: 'ukrenergo' });
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(log).toEqual(['select:budget']);
    expect(document.activeElement).toBe(options()[1]);
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(log).toEqual(['select:budget', 'select:untitled', 'select:ukrenergo', 'select:ukrenergo']);
  });

  it('click and Enter select; other keys do nothing', () => {
    const log = renderList();
    fireEvent.click(options()[2] as HTMLElement);
    fireEvent.keyDown(options()[1] as HTMLElement, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'a' });
    expect(log).toEqual(['select:untitled', 'select:budget']);
  });

  it('Delete trashes the selected article and the focus moves to the one that opens next', async () => {
    const log = renderList({ selectedId: 'budget', afterTrash: 'untitled' });
    option('Бюджет-2026 ухвалено').focus();
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
    expect(log).toEqual(['trash:budget']);
    expect(options()).toHaveLength(2);
    expect(document.activeElement).toBe(option('Без заголовка'));
  });

  it('Ctrl+D duplicates the selected article; nothing selected, nothing happens', async () => {
    const log = renderList({ selectedId: 'ukrenergo' });
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'd', code: 'KeyD', ctrlKey: true }));
    expect(log).toEqual(['duplicate:ukrenergo']);
  });

  it('without a selection Delete does nothing', async () => {
    const log = renderList({ selectedId: null });
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
    expect(log).toEqual([]);
  });
});

describe('ArticleList «…» menu', () => {
  it('only the selected article has the menu button, outside the listbox', () => {
    renderList({ selectedId: 'budget' });
    const button = screen.getByRole('button', { name: 'Дії зі статтею' });
    expect(screen.getByRole('listbox').contains(button)).toBe(false);
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('no selection in the list, no menu button', () => {
    renderList({ selectedId: 'elsewhere' });
    expect(screen.queryByRole('button', { name: 'Дії зі статтею' })).toBeNull();
  });

  it('opens with the first item focused; arrows cycle; Esc closes back to the button', () => {
    renderList({ selectedId: 'budget' });
    const button = screen.getByRole('button', { name: 'Дії зі статтею' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Дії зі статтею' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['ДублюватиCtrl+D', 'Перенести в кошикDelete']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('«Дублювати» and «Перенести в кошик» act on the selected article', async () => {
    const log = renderList({ selectedId: 'budget', afterTrash: 'untitled' });
    fireEvent.click(screen.getByRole('button', { name: 'Дії зі статтею' }));
    await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: /Дублювати/ })));
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Дії зі статтею' }));
    await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: /Перенести в кошик/ })));
    expect(log).toEqual(['duplicate:budget', 'trash:budget']);
  });

  it('the context-menu key opens the menu from the list', () => {
    renderList({ selectedId: 'budget' });
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ContextMenu' });
    expect(screen.getByRole('menu')).toBeTruthy();
  });
});

describe('ArticleList pages', () => {
  it('with more found than loaded: how many are shown and «Показати ще»', () => {
    const log = renderList({ total: 10000 });
    expect(screen.getByText('Показано 3 з 10\u00A0000', { normalizer: (text) => text })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Показати ще' }));
    expect(log).toEqual(['more']);
  });

  it('the button waits while a page is loading; no button when everything is loaded', () => {
    renderList({ total: 500, loadingMore: true });
    const button = screen.getByRole('button', { name: 'Завантажуємо…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('everything loaded: no button', () => {
    renderList();
    expect(screen.queryByRole('button', { name: 'Показати ще' })).toBeNull();
  });
});
