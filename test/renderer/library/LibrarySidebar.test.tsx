import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../renderer/src/api/api-context';
import { useArticleSwitch } from '../../../renderer/src/app/use-article-switch';
import { createTranslator, I18nContext } from '../../../renderer/src/i18n/i18n';
import { LibrarySidebar } from '../../../renderer/src/library/LibrarySidebar';
import { resolveOpenId } from '../../../renderer/src/library/list-navigation';
import { UNDO_TIMEOUT_MS } from '../../../renderer/src/library/UndoToast';
import { useLibrary } from '../../../renderer/src/library/use-library';
import { useLibraryActions } from '../../../renderer/src/library/use-library-actions';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { installDialogPolyfill } from './dialog-polyfill';
import { fakeArticle, FakeLibraryApi, type FakeArticle } from './fake-library-api';

beforeAll(installDialogPolyfill);

const ARTICLES = (): FakeArticle[] => [
  fakeArticle({
    id: 'security',
    headline: 'Гарантії безпеки для України',
    rubric: 'Політика',
    tags: ['безпека'],
    authors: ['Олена Коваленко'],
    text: 'Партнери обговорили гарантії безпеки на зустрічі в Києві.',
    updatedAt: '2025-12-19T18:44:00Z',
  }),
  fakeArticle({
    id: 'budget',
    headline: 'Бюджет-2026 ухвалено',
    status: 'published',
    rubric: 'Економіка',
    authors: ['Олена Коваленко'],
    text: 'Рада ухвалила бюджет.',
    updatedAt: '2025-12-18T10:00:00Z',
  }),
  fakeArticle({
    id: 'power',
    headline: 'Укренерго оновило графіки',
    status: 'in-review',
    rubric: 'Економіка',
    conflicts: 1,
    text: 'Графіки відключень на завтра.',
    updatedAt: '2025-12-17T10:00:00Z',
  }),
];

function Harness({
  language = 'uk' as 'uk' | 'en',
  leave = async () => true,
}: {
  language?: 'uk' | 'en';
  leave?: () => Promise<boolean>;
}) {
  const library = useLibrary(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const openId = resolveOpenId({ selectedId, listed: library.listing?.articles ?? null });
  const actions = useLibraryActions({
    library,
    openId,
    select: setSelectedId,
    leave,
    report: setError,
    runSwitch: useArticleSwitch().run,
  });
  return (
    <I18nContext.Provider value={{ language, t: createTranslator(language) }}>
      <LibrarySidebar
        library={library}
        selectedId={openId}
        onSelect={setSelectedId}
        onCreate={() => undefined}
        onDuplicate={actions.duplicate}
        onTrash={actions.trash}
        onActionError={setError}
        reader={{ name: '', role: 'journalist' }}
      />
      <output data-testid="open">{openId ?? ''}</output>
      <p data-testid="error">{error ?? ''}</p>
      <input aria-label="Заголовок" />
    </I18nContext.Provider>
  );
}

async function renderSidebar(api = new FakeLibraryApi(ARTICLES()), language: 'uk' | 'en' = 'uk') {
  render(
    <ApiContext.Provider value={api}>
      <Harness language={language} />
    </ApiContext.Provider>,
  );
  if (language === 'uk') await screen.findByRole('listbox', { name: 'Бібліотека' }).catch(() => null);
  return api;
}

const search = () => screen.getByRole('searchbox', { name: 'Пошук у бібліотеці' });
const options = () => {
  const list = screen.queryByRole('listbox');
  return list ? within(list).queryAllByRole('option') : [];
};
const headlines = () => options().map((o) => o.querySelector('.article-headline')?.textContent);
const openId = () => screen.getByTestId('open').textContent;
const resultCount = () => document.querySelector('.result-count')?.textContent;
const type = (text: string) => fireEvent.change(search(), { target: { value: text } });

describe('LibrarySidebar: the list', () => {
  it('lists the library, newest first, the newest open; the folder below', async () => {
    await renderSidebar();
    expect(headlines()).toEqual(['Гарантії безпеки для України', 'Бюджет-2026 ухвалено', 'Укренерго оновило графіки']);
    expect(openId()).toBe('security');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Тека: /home/olena/Шпальта')).toBeTruthy();
    expect(resultCount()).toBe('');
    expect(screen.getByRole('option', { name: 'Укренерго оновило графіки' }).textContent).toContain('Конфлікт версій');
  });

  it('while loading says so', () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.hold();
    render(
      <ApiContext.Provider value={api}>
        <Harness />
      </ApiContext.Provider>,
    );
    expect(screen.getByText('Відкриваємо бібліотеку…').getAttribute('aria-busy')).toBe('true');
  });

  it('an empty library says so with a hint', async () => {
    await renderSidebar(new FakeLibraryApi([]));
    expect(await screen.findByText('У бібліотеці ще немає статей.')).toBeTruthy();
    expect(screen.getByText('Створіть першу кнопкою «Нова стаття».')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('a load error shows an alert whose retry asks again', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.failNext('library.list', new ApiError('io-error', message('error.library.notOpen')));
    await renderSidebar(api);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Не вдалося прочитати бібліотеку: Бібліотеку не відкрито.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Спробувати ще раз' }));
    expect(await screen.findByRole('listbox')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists damaged files with their path and reason', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.damaged = [{ path: 'broken-one/article.json', reason: message('damaged.structure', { path: 'body.content' }) }];
    await renderSidebar(api);
    const section = screen.getByRole('region', { name: 'Пошкоджені файли' });
    expect(within(section).getByText('broken-one/article.json')).toBeTruthy();
    expect(within(section).getByText('неправильна структура: body.content')).toBeTruthy();
  });

  it('words the reasons of damaged files in the language of the UI', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.damaged = [
      { path: 'a/article.json', reason: message('damaged.notJson') },
      { path: 'b/media/x.png', reason: message('damaged.linkEscape', { path: 'b/media' }) },
    ];
    await renderSidebar(api, 'en');
    const section = await screen.findByRole('region', { name: 'Damaged files' });
    expect(within(section).getByText(/^the file is not valid JSON/)).toBeTruthy();
    expect(
      within(section).getByText('“b/media” is a symbolic link that may lead outside the library; it was not opened'),
    ).toBeTruthy();
    expect(section.textContent).not.toMatch(/[а-яіїєґ]/i);
  });

  it('indexing progress: how far, in words and as a <progress>', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.indexing = { done: 1234, total: 10000 };
    await renderSidebar(api);
    const progress = screen.getByRole('progressbar', { name: 'Індексуємо бібліотеку: 1\u00A0234 з 10\u00A0000' });
    expect(progress.getAttribute('value')).toBe('1234');
    expect(progress.getAttribute('max')).toBe('10000');
    api.indexing = null;
    await act(async () => api.emit('library.changed', {}));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('follows the language of the context', async () => {
    await renderSidebar(new FakeLibraryApi(ARTICLES()), 'en');
    expect(await screen.findByRole('searchbox', { name: 'Search the library' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Trash (0)' })).toBeTruthy();
  });
});

describe('LibrarySidebar: search', () => {
  it('the search box is labelled, has a placeholder and its shortcuts', async () => {
    await renderSidebar();
    expect(search().getAttribute('placeholder')).toBe('Пошук: слова, теги, автори…');
    expect(search().getAttribute('aria-keyshortcuts')).toBe('Control+K /');
  });

  it('results follow the typing, with a count in a live region and highlighted snippets', async () => {
    await renderSidebar();
    type('безпеки');
    await waitFor(() => expect(headlines()).toEqual(['Гарантії безпеки для України']));
    const count = screen.getByText('Знайдено 1 статтю');
    expect(count.getAttribute('role')).toBe('status');
    expect(search().getAttribute('aria-describedby')).toBe(count.id);
    const marks = [...options()[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['безпеки']);
    type('укр');
    await waitFor(() => expect(resultCount()).toBe('Знайдено 2 статті'));
  });

  it('nothing found: says for which words; no reset without filters', async () => {
    await renderSidebar();
    type('мамонт');
    expect(await screen.findByText('Нічого не знайдено за запитом «мамонт».')).toBeTruthy();
    expect(resultCount()).toBe('Знайдено 0 статей');
    expect(screen.queryByRole('button', { name: 'Скинути фільтри' })).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Esc clears the search and the whole library comes back', async () => {
    await renderSidebar();
    type('бюджет');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect((search() as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(options()).toHaveLength(3));
  });

  it('ArrowDown goes from the search into the results and opens the first one', async () => {
    await renderSidebar();
    type('графіки');
    await waitFor(() => expect(headlines()).toEqual(['Укренерго оновило графіки']));
    // The open article is hidden by the search but stays open until another is chosen.
    expect(openId()).toBe('security');
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(openId()).toBe('power');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Укренерго оновило графіки' }));
  });

  it('Ctrl+K and «/» focus the search; «/» typed in a field stays a character', async () => {
    await renderSidebar();
    const list = screen.getByRole('listbox');
    options()[0]!.focus();
    fireEvent.keyDown(list, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(document.activeElement).toBe(search());
    options()[0]!.focus();
    fireEvent.keyDown(options()[0]!, { key: '/', code: 'Slash' });
    expect(document.activeElement).toBe(search());
    const field = screen.getByRole('textbox', { name: 'Заголовок' });
    field.focus();
    const slash = new KeyboardEvent('keydown', { key: '/', code: 'Slash', bubbles: true, cancelable: true });
    field.dispatchEvent(slash);
    expect(slash.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
  });
});

describe('LibrarySidebar: filters', () => {
  it('the filter area is closed until asked for', async () => {
    await renderSidebar();
    const toggle = screen.getByRole('button', { name: 'Фільтри' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Фільтри бібліотеки' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Фільтри бібліотеки' })).toBeTruthy();
  });

  it('status chips narrow the list; the active filter shows as a removable chip', async () => {
    await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Фільтри' }));
    const statuses = screen.getByRole('group', { name: 'Статус' });
    expect(
      within(statuses)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Чернетка',
      'Надіслано',
      'На розгляді',
      'Повернуто',
      'Погоджено',
      'Заплановано',
      'Опубліковано',
      'Виправляється',
      'Знято з публікації',
    ]);
    const published = within(statuses).getByRole('button', { name: 'Опубліковано' });
    fireEvent.click(published);
    expect(published.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(headlines()).toEqual(['Бюджет-2026 ухвалено']));
    expect(resultCount()).toBe('Знайдено 1 статтю');
    expect(screen.getByRole('button', { name: 'Фільтри (1)' })).toBeTruthy();
    const active = screen.getByRole('group', { name: 'Активні фільтри' });
    fireEvent.click(within(active).getByRole('button', { name: 'Прибрати фільтр: Опубліковано' }));
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(screen.queryByRole('group', { name: 'Активні фільтри' })).toBeNull();
  });

  it('rubric, tag and author menus list each choice with its count', async () => {
    await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Фільтри' }));
    const rubric = screen.getByRole('combobox', { name: 'Рубрика' }) as HTMLSelectElement;
    await waitFor(() => expect(rubric.options.length).toBe(3));
    expect([...rubric.options].map((o) => o.textContent)).toEqual(['Усі рубрики', 'Політика (1)', 'Економіка (2)']);
    const author = screen.getByRole('combobox', { name: 'Автор' }) as HTMLSelectElement;
    expect([...author.options].map((o) => o.textContent)).toEqual(['Усі автори', 'Олена Коваленко (2)']);
    const tag = screen.getByRole('combobox', { name: 'Тег' }) as HTMLSelectElement;
    expect([...tag.options].map((o) => o.textContent)).toEqual(['Усі теги', 'безпека (1)']);
    fireEvent.change(rubric, { target: { value: 'Економіка' } });
    await waitFor(() => expect(headlines()).toEqual(['Бюджет-2026 ухвалено', 'Укренерго оновило графіки']));
    expect(screen.getByRole('button', { name: 'Прибрати фільтр: Рубрика: Економіка' })).toBeTruthy();
  });

  it('a date range narrows by day and shows as chips', async () => {
    const api = await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Фільтри' }));
    // Typed as Ukrainians write a day; taken on Enter or on leaving the field.
    const from = screen.getByRole('textbox', { name: 'Від' });
    fireEvent.change(from, { target: { value: '18.12.2025' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    const to = screen.getByRole('textbox', { name: 'До' });
    fireEvent.change(to, { target: { value: '18/12/2025' } });
    fireEvent.blur(to);
    await waitFor(() => expect(headlines()).toEqual(['Бюджет-2026 ухвалено']));
    expect(api.callsOf('library.list').at(-1)).toMatchObject({ from: '2025-12-18', to: '2025-12-18' });
    expect(screen.getByRole('button', { name: 'Прибрати фільтр: Від 18 грудня 2025 року' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Прибрати фільтр: До 18 грудня 2025 року' })).toBeTruthy();
  });

  it('sort: relevance is offered only with words to be relevant to', async () => {
    const api = await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Фільтри' }));
    const sort = () => screen.getByRole('combobox', { name: 'Сортування' }) as HTMLSelectElement;
    expect([...sort().options].map((o) => o.textContent)).toEqual(['За останньою зміною', 'За датою публікації']);
    type('бюджет');
    expect(sort().value).toBe('relevance');
    expect([...sort().options].map((o) => o.textContent)).toEqual([
      'За релевантністю',
      'За останньою зміною',
      'За датою публікації',
    ]);
    fireEvent.change(sort(), { target: { value: 'published' } });
    await waitFor(() =>
      expect(api.callsOf('library.list').at(-1)).toMatchObject({ text: 'бюджет', sort: 'published' }),
    );
    expect(screen.getByText('За датою публікації.')).toBeTruthy();
  });

  it('nothing matches the filters: «Скинути фільтри» keeps the words', async () => {
    await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Фільтри' }));
    fireEvent.click(screen.getByRole('button', { name: 'Погоджено' }));
    expect(await screen.findByText('Жодна стаття не відповідає фільтрам.')).toBeTruthy();
    type('бюджет');
    expect(await screen.findByText('Нічого не знайдено за запитом «бюджет».')).toBeTruthy();
    const state = document.querySelector('.no-results') as HTMLElement;
    fireEvent.click(within(state).getByRole('button', { name: 'Скинути фільтри' }));
    await waitFor(() => expect(headlines()).toEqual(['Бюджет-2026 ухвалено']));
    expect((search() as HTMLInputElement).value).toBe('бюджет');
  });
});

describe('LibrarySidebar: actions', () => {
  it('Delete moves the open article to the trash, the next one opens, and «Скасувати» brings it back', async () => {
    const api = await renderSidebar();
    const first = screen.getByRole('option', { name: 'Гарантії безпеки для України' });
    first.focus();
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
    expect(api.callsOf('article.trash')).toEqual([{ id: 'security' }]);
    await waitFor(() => expect(headlines()).toEqual(['Бюджет-2026 ухвалено', 'Укренерго оновило графіки']));
    expect(openId()).toBe('budget');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: 'Бюджет-2026 ухвалено' }));
    const toast = screen.getByText('Статтю перенесено в кошик.').parentElement as HTMLElement;
    expect(toast.getAttribute('role')).toBe('status');
    expect(await screen.findByRole('button', { name: 'Кошик (1)' })).toBeTruthy();

    await act(async () => fireEvent.click(within(toast).getByRole('button', { name: 'Скасувати' })));
    expect(api.callsOf('article.restore')).toEqual([{ id: 'security' }]);
    await waitFor(() => expect(openId()).toBe('security'));
    expect(options()).toHaveLength(3);
    expect(screen.queryByText('Статтю перенесено в кошик.')).toBeNull();
    expect(screen.getByText('Статтю повернуто з кошика.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('option', { name: /Гарантії безпеки/ })));
  });

  it('the undo offer goes away after 8 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const api = new FakeLibraryApi(ARTICLES());
      render(
        <ApiContext.Provider value={api}>
          <Harness />
        </ApiContext.Provider>,
      );
      await act(async () => undefined);
      await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
      await act(async () => undefined);
      expect(screen.getByText('Статтю перенесено в кошик.')).toBeTruthy();
      await act(async () => vi.advanceTimersByTime(UNDO_TIMEOUT_MS - 100));
      expect(screen.getByText('Статтю перенесено в кошик.')).toBeTruthy();
      await act(async () => vi.advanceTimersByTime(200));
      expect(screen.queryByText('Статтю перенесено в кошик.')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('Ctrl+D duplicates the open article and opens the copy', async () => {
    const api = await renderSidebar();
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'd', code: 'KeyD', ctrlKey: true }));
    expect(api.callsOf('article.duplicate')).toEqual([{ id: 'security' }]);
    await waitFor(() => expect(openId()).toBe('security-copy'));
    expect(headlines()[0]).toBe('Гарантії безпеки для України (копія)');
    expect(screen.getByRole('option', { name: /\(копія\)/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('an open article whose edits could not be kept is neither trashed nor left for its copy', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    const leave = vi.fn(async () => false);
    render(
      <ApiContext.Provider value={api}>
        <Harness leave={leave} />
      </ApiContext.Provider>,
    );
    await screen.findByRole('listbox', { name: 'Бібліотека' });
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'd', code: 'KeyD', ctrlKey: true }));
    expect(leave).toHaveBeenCalledTimes(2);
    expect(api.callsOf('article.trash')).toEqual([]);
    expect(api.callsOf('article.duplicate')).toEqual([]);
    expect(openId()).toBe('security');
  });

  it('a failed action is reported and nothing moves', async () => {
    const api = await renderSidebar();
    api.failNext('article.trash', new ApiError('conflict', message('error.trash.idTaken')));
    await act(async () => fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Delete' }));
    expect(screen.getByTestId('error').textContent).toContain('У кошику вже є стаття');
    expect(openId()).toBe('security');
    expect(screen.queryByText('Статтю перенесено в кошик.')).toBeNull();
  });
});

describe('LibrarySidebar: the trash', () => {
  async function openTrash(api: FakeLibraryApi) {
    fireEvent.click(await screen.findByRole('button', { name: `Кошик (${api.trashed.length})` }));
  }

  it('an empty trash says so; «← До бібліотеки» goes back', async () => {
    const api = await renderSidebar();
    await openTrash(api);
    expect(screen.getByRole('heading', { name: 'Кошик' })).toBeTruthy();
    expect(screen.getByText('Кошик порожній.')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '← До бібліотеки' }));
    expect(screen.getByRole('listbox', { name: 'Бібліотека' })).toBeTruthy();
  });

  it('restore brings an article back to the library', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.trashed = [{ ...fakeArticle({ id: 'old', headline: 'Стара новина' }), trashedAt: '2025-12-20T09:05:00Z' }];
    await renderSidebar(api);
    await openTrash(api);
    const item = screen.getByRole('listitem', { name: 'Стара новина' });
    expect(item.textContent).toContain('У кошику з 20 грудня 2025 року, 11:05');
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: 'Відновити' })));
    expect(api.callsOf('article.restore')).toEqual([{ id: 'old' }]);
    expect(await screen.findByText('Кошик порожній.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← До бібліотеки' }));
    await waitFor(() => expect(headlines()).toContain('Стара новина'));
  });

  it('purge asks in a modal dialog and then deletes for good', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.trashed = [{ ...fakeArticle({ id: 'old', headline: 'Стара новина' }), trashedAt: '2025-12-20T09:05:00Z' }];
    await renderSidebar(api);
    await openTrash(api);
    fireEvent.click(screen.getByRole('button', { name: 'Видалити назавжди' }));
    const dialog = screen.getByRole('dialog', { name: 'Видалити статтю назавжди?' });
    expect(dialog.textContent).toContain('Це не можна скасувати.');
    expect(api.callsOf('article.purge')).toEqual([]);
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Видалити назавжди' })));
    expect(api.callsOf('article.purge')).toEqual([{ id: 'old' }]);
    expect(await screen.findByText('Кошик порожній.')).toBeTruthy();
    expect(api.trashed).toEqual([]);
  });

  it('a failed restore is reported and the item stays', async () => {
    const api = new FakeLibraryApi(ARTICLES());
    api.trashed = [{ ...fakeArticle({ id: 'old', headline: 'Стара новина' }), trashedAt: '2025-12-20T09:05:00Z' }];
    await renderSidebar(api);
    await openTrash(api);
    api.failNext('article.restore', new ApiError('conflict', message('error.trash.idInLibrary')));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Відновити' })));
    expect(screen.getByTestId('error').textContent).toBe('Стаття з таким ідентифікатором уже є в бібліотеці.');
    expect(screen.getByRole('listitem', { name: 'Стара новина' })).toBeTruthy();
  });

  it('Ctrl+K from the trash goes back to the library search', async () => {
    const api = await renderSidebar();
    await openTrash(api);
    fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(document.activeElement).toBe(search());
  });
});
