import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadAlsoPicker, SEARCH_DELAY_MS } from '../../../../renderer/src/editor/blocks/ReadAlsoPicker';
import type { ReadAlsoAttrs } from '../../../../shared/domain/body-nodes';
import { ApiError } from '../../../../shared/api/errors';
import { installDialogPolyfill } from '../../library/dialog-polyfill';
import { fakeArticle } from '../../library/fake-library-api';
import { ARTICLE_ID, blockContext, FakeEditorApi } from './support/block-editor';

beforeAll(installDialogPolyfill);

const LIBRARY = [
  fakeArticle({ id: ARTICLE_ID, headline: 'Стаття, яку редагують зараз', updatedAt: '2025-12-20T10:00:00Z' }),
  fakeArticle({
    id: 'm3k9x2ac-00000001',
    headline: 'Верховна Рада підтримала перейменування копійки',
    text: 'гривня копійка шаг',
    updatedAt: '2025-12-19T18:44:00Z',
  }),
  fakeArticle({
    id: 'm3k9x2ac-00000002',
    headline: 'Заняття HIIT очолюють фітнес-тренди',
    updatedAt: '2025-12-19T09:30:00Z',
  }),
  fakeArticle({
    id: 'm3k9x2ac-00000003',
    headline: 'Кабмін запускає автоматичний військовий облік',
    updatedAt: '2025-12-14T13:10:00Z',
  }),
];

async function wait(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

async function open(api = new FakeEditorApi(LIBRARY)) {
  const picked: ReadAlsoAttrs[] = [];
  let closed = 0;
  render(<ReadAlsoPicker context={blockContext(api)} onPick={(attrs) => picked.push(attrs)} close={() => closed++} />);
  await wait(0);
  const search = screen.getByRole('combobox', { name: 'Пошук статті в бібліотеці' });
  const options = () =>
    screen.queryAllByRole('option').map((option) => option.querySelector('.option-headline')?.textContent);
  const type = async (text: string) => {
    fireEvent.change(search, { target: { value: text } });
    await wait(SEARCH_DELAY_MS + 20);
  };
  return { api, picked, closed: () => closed, search, options, type };
}

describe('ReadAlsoPicker («Читайте також»)', () => {
  it('lists the newest articles at once, never the one being edited', async () => {
    const { options, search } = await open();
    expect(screen.getByRole('dialog', { name: 'Читайте також: оберіть статтю' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
    expect(options()).toEqual([
      'Верховна Рада підтримала перейменування копійки',
      'Заняття HIIT очолюють фітнес-тренди',
      'Кабмін запускає автоматичний військовий облік',
    ]);
  });

  it('searches the library as the journalist types (one search per pause)', async () => {
    const { api, options, type } = await open();
    await type('копійка');
    expect(options()).toEqual(['Верховна Рада підтримала перейменування копійки']);
    expect(api.library.callsOf('library.list').at(-1)).toEqual({ text: 'копійка', sort: 'relevance', limit: 20 });
    expect(api.library.callsOf('library.list')).toHaveLength(2);
  });

  it('is driven from the keyboard: ↓ ↑ move the active option, Enter picks it', async () => {
    const { search, picked, closed } = await open();
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
    expect(picked).toEqual([
      { articleId: 'm3k9x2ac-00000003', headline: 'Кабмін запускає автоматичний військовий облік' },
    ]);
    expect(closed()).toBe(1);
  });

  it('a click picks too', async () => {
    const { picked } = await open();
    fireEvent.click(screen.getByRole('option', { name: /HIIT/ }));
    expect(picked).toEqual([{ articleId: 'm3k9x2ac-00000002', headline: 'Заняття HIIT очолюють фітнес-тренди' }]);
  });

  it('says when nothing is found, and Enter then picks nothing', async () => {
    const { type, search, picked } = await open();
    await type('бюджет космодрому');
    expect(screen.getByText('Нічого не знайдено.')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(picked).toEqual([]);
  });

  it('shows a failed search in words', async () => {
    const api = new FakeEditorApi(LIBRARY);
    api.library.failNext('library.list', new ApiError('io-error', 'Індекс бібліотеки недоступний.'));
    await open(api);
    expect(screen.getByText('Не вдалося виконати пошук: Індекс бібліотеки недоступний.')).toBeTruthy();
  });

  it('an older answer arriving late does not replace a newer one', async () => {
    const api = new FakeEditorApi(LIBRARY);
    const { options, search } = await open(api);
    api.library.hold();
    fireEvent.change(search, { target: { value: 'HIIT' } });
    await wait(SEARCH_DELAY_MS + 20);
    fireEvent.change(search, { target: { value: 'копійка' } });
    await wait(SEARCH_DELAY_MS + 20);
    api.library.release([1, 0]);
    await wait(0);
    expect(options()).toEqual(['Верховна Рада підтримала перейменування копійки']);
  });
});
