import type { PersonalWord } from '../../../../../shared/text/spell/personal-words';
import { ApiError } from '../../../../../shared/api/errors';
import { message } from '../../../../../shared/i18n/message';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiContext } from '../../../../../renderer/src/api/api-context';
import { PersonalWordsSettings } from '../../../../../renderer/src/editor/features/spellcheck/PersonalWordsSettings';
import { onPersonalWords } from '../../../../../renderer/src/editor/features/spellcheck/personal-words-events';
import type { ShpaltaApi } from '../../../../../shared/api/contract';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { settingsApi } from './settings-api';

const tempDir = useTempDirs('shpalta-words-ui-');

function renderSection(api: ShpaltaApi) {
  return render(
    <ApiContext.Provider value={api}>
      <PersonalWordsSettings />
    </ApiContext.Provider>,
  );
}

describe('PersonalWordsSettings', () => {
  it('lists the saved words and removes one at once, telling open editors', async () => {
    const { api, settings } = settingsApi(await tempDir());
    settings.update({ spelling: { personalWords: ['Віткофф', 'Ків’ян'] } });
    const heard: Array<readonly PersonalWord[]> = [];
    const stop = onPersonalWords((words) => heard.push(words));
    renderSection(api);
    const list = await screen.findByRole('list', { name: 'Особистий словник' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Віткофф', 'Ків’ян']);
    fireEvent.click(screen.getByRole('button', { name: 'Вилучити «Віткофф» з особистого словника' }));
    expect(await screen.findByText('Слово «Віткофф» вилучено зі словника.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(settings.get().spelling.personalWords).toEqual(['Ків’ян']);
    expect(heard).toEqual([['Ків’ян']]);
    stop();
  });

  it('shows the word a name declines like, and removes it with its forms', async () => {
    const { api, settings } = settingsApi(await tempDir());
    settings.update({ spelling: { personalWords: [{ word: 'Виткофф', model: 'Лакофф' }, 'Ків’ян'] } });
    renderSection(api);
    const list = await screen.findByRole('list', { name: 'Особистий словник' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toBe('Виткоффзмінюється як «Лакофф»Вилучити');
    fireEvent.click(screen.getByRole('button', { name: 'Вилучити «Виткофф» з особистого словника' }));
    expect(await screen.findByText('Слово «Виткофф» вилучено зі словника.')).toBeTruthy();
    expect(settings.get().spelling.personalWords).toEqual(['Ків’ян']);
  });

  it('says how to fill an empty dictionary', async () => {
    const { api } = settingsApi(await tempDir());
    renderSection(api);
    expect(await screen.findByText(/Словник порожній/)).toBeTruthy();
  });

  it('says so when the settings cannot be read', async () => {
    const api = {
      invoke: () => Promise.reject(new ApiError('io-error', message('error.io.reason.EACCES'))),
      on: () => () => undefined,
    } as unknown as ShpaltaApi;
    renderSection(api);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Не вдалося прочитати особистий словник: немає дозволу',
    );
  });
});
