import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadAlsoPicker, SEARCH_DELAY_MS } from '../../../../../renderer/src/editor/nodes/read-also/ReadAlsoPicker';
import type { ReadAlsoAttrs } from '../../../../../shared/domain/read-also';
import type { Article } from '../../../../../shared/domain/article';
import { inside } from '../../../../fixtures/faulty-fs';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import { type EditorLibrary, useEditorLibrary } from '../../support/real-editor-api';

beforeAll(installDialogPolyfill);
const openLibrary = useEditorLibrary();

interface Library {
  library: EditorLibrary;
  /** Oldest first; the article being edited is older still. */
  cabinet: Article;
  fitness: Article;
  kopiyka: Article;
}

/** A library of three articles besides the one being edited, each newer than the one before. */
async function library3(): Promise<Library> {
  const library = await openLibrary();
  const cabinet = await library.createArticle('Кабмін запускає автоматичний військовий облік');
  const fitness = await library.createArticle('Заняття HIIT очолюють фітнес-тренди');
  const kopiyka = await library.createArticle('Верховна Рада підтримала перейменування копійки');
  return { library, cabinet, fitness, kopiyka };
}

async function wait(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

async function open(library: EditorLibrary) {
  const { api } = library;
  const picked: ReadAlsoAttrs[] = [];
  let closed = 0;
  render(<ReadAlsoPicker context={library.context()} onPick={(attrs) => picked.push(attrs)} close={() => closed++} />);
  /** Lets a search start, the library answer it and the page show the answer. */
  const answered = async (ms: number) => {
    await wait(ms);
    await act(() => api.finished());
    await wait(0);
  };
  await answered(0);
  const search = screen.getByRole('combobox', { name: 'Пошук статті в бібліотеці' });
  const options = () =>
    screen.queryAllByRole('option').map((option) => option.querySelector('.option-headline')?.textContent);
  const type = async (text: string) => {
    fireEvent.change(search, { target: { value: text } });
    await answered(SEARCH_DELAY_MS + 20);
  };
  return { api, picked, closed: () => closed, search, options, type };
}

/** The headlines of the block's list in the dialog, in order. */
const chosen = () =>
  [...document.querySelectorAll('.read-also-chosen li .option-headline')].map((item) => item.textContent);

describe('ReadAlsoPicker («Читайте також»)', () => {
  it('lists the newest articles at once, never the one being edited', async () => {
    const { library } = await library3();
    const { options, search } = await open(library);
    expect(screen.getByRole('dialog', { name: 'Читайте також: оберіть статті' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
    expect(options()).toEqual([
      'Верховна Рада підтримала перейменування копійки',
      'Заняття HIIT очолюють фітнес-тренди',
      'Кабмін запускає автоматичний військовий облік',
    ]);
  });

  it('searches the library as the journalist types (one search per pause)', async () => {
    const { library } = await library3();
    const { api, options, type } = await open(library);
    // «копійка» finds «копійки»: the library's search knows Ukrainian word forms.
    await type('копійка');
    expect(options()).toEqual(['Верховна Рада підтримала перейменування копійки']);
    expect(api.callsOf('library.list').at(-1)).toEqual({ text: 'копійка', sort: 'relevance', limit: 20 });
    expect(api.callsOf('library.list')).toHaveLength(2);
  });

  it('is driven from the keyboard: ↓ ↑ move the active option, Enter adds it to the block', async () => {
    const { library, cabinet } = await library3();
    const { search, picked, closed } = await open(library);
    const active = () => document.getElementById(search.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(active()).toContain('Верховна Рада');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(active()).toContain('Кабмін');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(active()).toContain('Верховна Рада');
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    expect(active()).toContain('Кабмін');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Кабмін');
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(picked).toEqual([]);
    expect(chosen()).toEqual(['Кабмін запускає автоматичний військовий облік']);
    // An article in the block is no longer offered.
    expect(screen.queryByRole('option', { name: /Кабмін/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    expect(picked).toEqual([
      {
        articles: [
          { articleId: cabinet.id, headline: 'Кабмін запускає автоматичний військовий облік', date: cabinet.updatedAt },
        ],
      },
    ]);
    expect(closed()).toBe(1);
  });

  it('gathers several articles, which are put in order and removed with their buttons', async () => {
    const { library, fitness, kopiyka, cabinet } = await library3();
    const { picked, search } = await open(library);
    fireEvent.click(screen.getByRole('option', { name: /HIIT/ }));
    fireEvent.keyDown(search, { key: 'Enter' }); // the newest of the rest: «копійки»
    fireEvent.click(screen.getByRole('option', { name: /Кабмін/ }));
    expect(chosen()).toEqual([fitness.headline, kopiyka.headline, cabinet.headline]);
    expect(screen.getByText(`Додано: ${cabinet.headline}`)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Вище: ${fitness.headline}` }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: `Вище: ${cabinet.headline}` }));
    expect(chosen()).toEqual([fitness.headline, cabinet.headline, kopiyka.headline]);
    fireEvent.click(screen.getByRole('button', { name: `Нижче: ${fitness.headline}` }));
    expect(chosen()).toEqual([cabinet.headline, fitness.headline, kopiyka.headline]);
    fireEvent.click(screen.getByRole('button', { name: `Прибрати: ${fitness.headline}` }));
    expect(chosen()).toEqual([cabinet.headline, kopiyka.headline]);
    // A removed article is offered again.
    expect(screen.getByRole('option', { name: /HIIT/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    expect(picked[0]?.articles.map((item) => item.articleId)).toEqual([cabinet.id, kopiyka.id]);
  });

  it('a block being changed starts from its list and is saved, not inserted', async () => {
    const { library, fitness } = await library3();
    const picked: ReadAlsoAttrs[] = [];
    const initial = [{ articleId: fitness.id, headline: fitness.headline, date: null }];
    render(
      <ReadAlsoPicker
        context={library.context()}
        initial={initial}
        editing
        onPick={(a) => picked.push(a)}
        close={() => {}}
      />,
    );
    expect(chosen()).toEqual([fitness.headline]);
    fireEvent.click(screen.getByRole('button', { name: `Прибрати: ${fitness.headline}` }));
    expect(screen.getByText('Ще не обрано жодної статті: знайдіть її й натисніть Enter.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Зберегти' }).hasAttribute('disabled')).toBe(true);
    await act(() => library.api.finished());
  });

  it('says when nothing is found, and Enter then picks nothing', async () => {
    const { library } = await library3();
    const { type, search, picked } = await open(library);
    await type('бюджет космодрому');
    expect(screen.getByText('Нічого не знайдено.')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(picked).toEqual([]);
    expect(chosen()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Вставити' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows a failed search in words', async () => {
    const library = await openLibrary();
    // The app is started again and may no longer write to the library folder (a permission changed on a
    // shared drive): the library cannot be opened, and every search says why.
    const refused = library.faults.fail('mkdir', 'EACCES', { when: inside(library.libraryPath) });
    await library.restart();
    await open(library);
    expect(refused.hits).toBeGreaterThan(0);
    expect(
      screen.getByText(
        `Не вдалося виконати пошук: Бібліотеку «${library.libraryPath}» не вдалося відкрити: немає дозволу.`,
      ),
    ).toBeTruthy();
  });

  it('an older answer arriving late does not replace a newer one', async () => {
    const { library } = await library3();
    const { api, options, search } = await open(library);
    api.hold('library.list');
    fireEvent.change(search, { target: { value: 'HIIT' } });
    await wait(SEARCH_DELAY_MS + 20);
    fireEvent.change(search, { target: { value: 'копійка' } });
    await wait(SEARCH_DELAY_MS + 20);
    await waitFor(() => expect(api.heldCalls()).toEqual(['library.list', 'library.list']));
    // The answer to «копійка» comes first, the one to «HIIT» after it.
    await act(() => api.release([1, 0]));
    await wait(0);
    expect(options()).toEqual(['Верховна Рада підтримала перейменування копійки']);
  });
});
