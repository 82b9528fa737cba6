import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nContext, createTranslator } from '../../../renderer/src/i18n/i18n';
import { LibrarySidebar } from '../../../renderer/src/library/LibrarySidebar';
import type { DamagedFile } from '../../../shared/api/contract';
import type { ArticleSummary } from '../../../shared/domain/article';

const ARTICLES: ArticleSummary[] = [
  {
    id: 'ukrenergo',
    headline: 'Укренерго оновило графіки',
    status: 'draft',
    rubric: 'Енергетика',
    updatedAt: '2025-12-19T18:44:00Z',
  },
  {
    id: 'budget',
    headline: 'Бюджет-2026 ухвалено',
    status: 'in-review',
    rubric: '',
    updatedAt: '2025-12-18T10:00:00Z',
  },
  { id: 'untitled', headline: '   ', status: 'published', rubric: 'Політика', updatedAt: '2025-12-17T10:00:00Z' },
];

interface Overrides {
  articles?: ArticleSummary[] | null;
  damaged?: DamagedFile[];
  libraryPath?: string | null;
  loadError?: string | null;
  selectedId?: string | null;
}

function renderSidebar(overrides: Overrides = {}) {
  const selected: string[] = [];
  let created = 0;
  let retried = 0;
  render(
    <LibrarySidebar
      articles={overrides.articles === undefined ? ARTICLES : overrides.articles}
      damaged={overrides.damaged ?? []}
      libraryPath={overrides.libraryPath ?? null}
      loadError={overrides.loadError ?? null}
      selectedId={overrides.selectedId ?? null}
      onSelect={(id) => selected.push(id)}
      onCreate={() => (created += 1)}
      onRetry={() => (retried += 1)}
    />,
  );
  return { selected, created: () => created, retried: () => retried };
}

describe('LibrarySidebar', () => {
  it('lists the articles as options with headlines and Ukrainian status chips', () => {
    renderSidebar({ selectedId: 'budget' });
    const list = screen.getByRole('listbox', { name: 'Бібліотека' });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]?.textContent).toContain('Укренерго оновило графіки');
    expect(within(options[0] as HTMLElement).getByText('Чернетка')).toBeTruthy();
    expect(within(options[0] as HTMLElement).getByText('Енергетика')).toBeTruthy();
    expect(within(options[1] as HTMLElement).getByText('На розгляді')).toBeTruthy();
    expect(within(options[2] as HTMLElement).getByText('Без заголовка')).toBeTruthy();
    expect(within(options[2] as HTMLElement).getByText('Опубліковано')).toBeTruthy();
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    // one tab stop: the selected article
    expect(options.map((o) => o.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('with nothing selected the first article is the tab stop', () => {
    renderSidebar();
    expect(screen.getAllByRole('option').map((o) => o.tabIndex)).toEqual([0, -1, -1]);
  });

  it('an empty library says so', () => {
    renderSidebar({ articles: [] });
    expect(screen.getByText('У бібліотеці ще немає статей.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('while loading shows the loading text', () => {
    renderSidebar({ articles: null });
    expect(screen.getByText('Відкриваємо бібліотеку…')).toBeTruthy();
  });

  it('lists damaged files with their path and reason', () => {
    renderSidebar({
      damaged: [
        { path: 'broken-one/article.json', reason: 'Файл не є коректним JSON.' },
        { path: 'old/article.json', reason: 'Невідома версія формату.' },
      ],
    });
    const section = screen.getByRole('region', { name: 'Пошкоджені файли' });
    expect(within(section).getByText('broken-one/article.json')).toBeTruthy();
    expect(within(section).getByText('Файл не є коректним JSON.')).toBeTruthy();
    expect(within(section).getByText('old/article.json')).toBeTruthy();
    expect(within(section).getByText('Невідома версія формату.')).toBeTruthy();
  });

  it('no damaged section when every file is fine', () => {
    renderSidebar();
    expect(screen.queryByText('Пошкоджені файли')).toBeNull();
  });

  it('ArrowDown selects the next article and moves focus to it; ArrowUp, Home, End', () => {
    const { selected } = renderSidebar({ selectedId: 'ukrenergo' });
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selected).toEqual(['budget']);
    expect(document.activeElement).toBe(screen.getAllByRole('option')[1]);
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowUp' }); // already first: stays there
    expect(selected).toEqual(['budget', 'untitled', 'ukrenergo', 'ukrenergo']);
  });

  it('ArrowDown on the last article stays on it; other keys do nothing', () => {
    const { selected } = renderSidebar({ selectedId: 'untitled' });
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'a' });
    expect(selected).toEqual(['untitled']);
  });

  it('click and Enter on an option select it', () => {
    const { selected } = renderSidebar();
    const options = screen.getAllByRole('option');
    fireEvent.click(options[2] as HTMLElement);
    fireEvent.keyDown(options[1] as HTMLElement, { key: 'Enter' });
    expect(selected).toEqual(['untitled', 'budget']);
  });

  it('«Нова стаття» calls onCreate', () => {
    const { created } = renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Нова стаття' }));
    expect(created()).toBe(1);
  });

  it('a load error shows an alert with «Спробувати ще раз» that calls onRetry', () => {
    const { retried } = renderSidebar({ loadError: 'Теку не знайдено.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Не вдалося прочитати бібліотеку: Теку не знайдено.');
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Спробувати ще раз' }));
    expect(retried()).toBe(1);
  });

  it('shows the library folder', () => {
    renderSidebar({ libraryPath: '/home/olena/Шпальта' });
    expect(screen.getByText('Тека: /home/olena/Шпальта')).toBeTruthy();
  });

  it('follows the language of the context', () => {
    render(
      <I18nContext.Provider value={{ language: 'en', t: createTranslator('en') }}>
        <LibrarySidebar
          articles={ARTICLES}
          damaged={[]}
          libraryPath={null}
          loadError={null}
          selectedId={null}
          onSelect={() => undefined}
          onCreate={() => undefined}
          onRetry={() => undefined}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('button', { name: 'New article' })).toBeTruthy();
    expect(screen.getAllByText('Draft').length).toBeGreaterThan(0);
  });
});
