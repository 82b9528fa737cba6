import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { ApiContext } from '../../../renderer/src/api/api-context';
import { UpdatesSettings } from '../../../renderer/src/updates/UpdatesSettings';
import { UpdateStatusItem } from '../../../renderer/src/updates/UpdateStatusItem';
import type { TestApp } from '../../fixtures/test-app';
import { useTempDirs } from '../../fixtures/temp-dir';
import { desktopApi } from './desktop-api';

const tempDir = useTempDirs('shpalta-updates-ui-');
const VIEW = 'view-0001-window';

describe('the settings’ «Оновлення» in the desktop app', () => {
  const apps: TestApp[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.services.dispose();
  });

  const renderWith = async () => {
    const desktop = await desktopApi(await tempDir());
    apps.push(desktop.app);
    const saves: number[] = [];
    const opened: number[] = [];
    const ui = (api: ShpaltaApi) => (
      <ApiContext.Provider value={api}>
        <UpdatesSettings saveOpenArticle={async () => void saves.push(1)} />
        <footer>
          <UpdateStatusItem onOpen={() => void opened.push(1)} />
        </footer>
      </ApiContext.Provider>
    );
    render(ui(desktop.api));
    const section = await screen.findByRole('group', { name: 'Оновлення' });
    return { ...desktop, section, saves, opened };
  };

  it('checks on request, follows the download, and offers a restart only once the update is ready', async () => {
    const { app, asked, section, opened } = await renderWith();
    expect(await within(section).findByText('Встановлена версія: 0.0.0-test')).toBeTruthy();
    expect(within(section).getByText('Нову версію пошукаємо невдовзі після запуску.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Перезапустити й оновити' })).toBeNull();
    expect(screen.queryByRole('button', { name: /готове/ })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Перевірити зараз' }));
    expect(await within(section).findByText('Шукаємо нову версію…')).toBeTruthy();
    expect(asked.checks).toBe(1);
    expect((within(section).getByRole('button', { name: 'Перевірити зараз' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    act(() => {
      app.services.updates.available('1.1.0');
      app.services.updates.progress(37.9);
    });
    expect(within(section).getByText('Завантажуємо версію 1.1.0: 37 %.')).toBeTruthy();
    act(() => app.services.updates.downloaded('1.1.0'));
    expect(
      within(section).getByText('Версію 1.1.0 завантажено. Її буде встановлено, коли ви закриєте програму.'),
    ).toBeTruthy();
    const item = screen.getByRole('button', { name: 'Оновлення 1.1.0 готове' });
    fireEvent.click(item);
    expect(opened).toHaveLength(1);
    expect(within(section).getByRole('button', { name: 'Перезапустити й оновити' })).toBeTruthy();
  });

  it('a restart waits while an article has unsaved edits, and says so; the open article is saved first', async () => {
    const { api, app, asked, section, saves } = await renderWith();
    await within(section).findByText('Нову версію пошукаємо невдовзі після запуску.');
    act(() => {
      app.services.updates.checkNow();
      app.services.updates.downloaded('1.1.0');
    });
    await api.invoke('view.unsaved', { view: VIEW, unsaved: true });
    fireEvent.click(within(section).getByRole('button', { name: 'Перезапустити й оновити' }));
    expect(
      await within(section).findByText(
        'Оновлення зачекає: у статті є незбережені зміни. Збережіть їх і спробуйте ще раз.',
      ),
    ).toBeTruthy();
    expect(saves).toHaveLength(1);
    expect(asked.installs).toBe(0);

    await api.invoke('view.unsaved', { view: VIEW, unsaved: false });
    fireEvent.click(within(section).getByRole('button', { name: 'Перезапустити й оновити' }));
    await expect.poll(() => asked.installs).toBe(1);
  });

  it('the switch turns updates off at once: no check is offered, and the state says why', async () => {
    const { app, asked, section } = await renderWith();
    const toggle = (await within(section).findByRole('checkbox', {
      name: 'Оновлювати Шпальту автоматично',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(await within(section).findByText('Збережено: Шпальта не перевірятиме оновлень.')).toBeTruthy();
    expect(within(section).getByText('Оновлення вимкнено: програма не шукає нових версій.')).toBeTruthy();
    expect(app.settings.get().updates.enabled).toBe(false);
    expect((within(section).getByRole('button', { name: 'Перевірити зараз' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(asked.checks).toBe(0);
  });

  it('an error is worded from its code, never the updater’s text', async () => {
    const { app, section } = await renderWith();
    await within(section).findByText('Нову версію пошукаємо невдовзі після запуску.');
    act(() => {
      app.services.updates.checkNow();
      app.services.updates.failed('offline');
    });
    expect(
      within(section).getByText('Не вдалося перевірити оновлення: немає з’єднання з інтернетом. Спробуємо згодом.'),
    ).toBeTruthy();
    expect((within(section).getByRole('button', { name: 'Перевірити зараз' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });
});
