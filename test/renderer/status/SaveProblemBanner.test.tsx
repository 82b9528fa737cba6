import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveProblemBanner } from '../../../renderer/src/status/SaveProblemBanner';
import { StatusStore } from '../../../renderer/src/status/status-store';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

function renderBanner() {
  const store = new StatusStore();
  let retries = 0;
  render(<SaveProblemBanner store={store} onRetry={() => (retries += 1)} />);
  return { store, retries: () => retries };
}

const backedUp = new ApiError(
  'io-error',
  message('error.save.backedUp', {
    reason: message('error.library.notOpen'),
    file: '/home/olena/.config/shpalta/backups/2026-12-06T10-00-00Z-abc.json',
  }),
);

describe('SaveProblemBanner', () => {
  it('tells a failed save in full, with the backup’s path, and saves again on request', () => {
    const { store, retries } = renderBanner();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => store.update({ save: { kind: 'error', error: backedUp } }));
    const banner = screen.getByRole('alert', { name: 'Статтю не збережено' });
    expect(banner.textContent).toContain(
      'Бібліотеку не відкрито. Ваші зміни збережено в резервній копії: /home/olena/.config/shpalta/backups/',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Зберегти ще раз' }));
    expect(retries()).toBe(1);
  });

  it('goes by itself once a save goes through', () => {
    const { store } = renderBanner();
    act(() => store.update({ save: { kind: 'error', error: backedUp } }));
    act(() => store.update({ save: { kind: 'saving' } }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => store.update({ save: { kind: 'saved', at: '2026-12-06T10:00:00Z' } }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a lost host plainly, with nothing to press: the edits go out when it is back', () => {
    const { store } = renderBanner();
    const lost = new ApiError('host-unreachable', message('error.host.unreachable'));
    act(() => store.update({ save: { kind: 'error', error: lost } }));
    const banner = screen.getByRole('alert', { name: 'Немає зв’язку з програмою' });
    expect(banner.textContent).toContain('Зміни збережено в цьому браузері');
    expect(screen.queryByRole('button')).toBeNull();
    act(() => store.update({ save: { kind: 'saved', at: '2026-12-06T10:00:00Z' }, hostLost: true }));
    expect(screen.getByRole('alert', { name: 'Немає зв’язку з програмою' })).toBeTruthy();
  });

  it('leaves a conflict to its own banner', () => {
    const { store } = renderBanner();
    const conflict = new ApiError('conflict', message('error.article.changedOutside'));
    act(() => store.update({ save: { kind: 'conflict', error: conflict } }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
