import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { TrashView } from '../../../renderer/src/library/TrashView';
import type { Trash } from '../../../renderer/src/library/use-trash';
import { message } from '../../../shared/i18n/message';
import { installDialogPolyfill } from './dialog-polyfill';

beforeAll(installDialogPolyfill);

const TRASH: Trash = {
  items: [
    {
      id: 'budget',
      headline: 'Бюджет-2026 ухвалено',
      status: 'in-review',
      rubric: 'Економіка',
      updatedAt: '2025-12-18T10:00:00Z',
      trashedAt: '2025-12-20T09:05:00Z',
    },
    {
      id: 'blank',
      headline: ' ',
      status: 'draft',
      rubric: '',
      updatedAt: '2025-12-17T10:00:00Z',
      trashedAt: '2025-12-19T08:00:00Z',
    },
  ],
  damaged: [],
};

function renderTrash(overrides: { trash?: Trash | null; error?: string | null; ok?: boolean } = {}) {
  const calls: string[] = [];
  const ok = overrides.ok ?? true;
  render(
    <TrashView
      trash={overrides.trash === undefined ? TRASH : overrides.trash}
      error={overrides.error ?? null}
      onRetry={() => calls.push('retry')}
      onRestore={async (id) => {
        calls.push(`restore:${id}`);
        return ok;
      }}
      onPurge={async (id) => {
        calls.push(`purge:${id}`);
        return ok;
      }}
    />,
  );
  return calls;
}

const item = (name: RegExp | string) => screen.getByRole('listitem', { name });

describe('TrashView', () => {
  it('lists trashed articles with status, rubric and the Kyiv time they were trashed', () => {
    renderTrash();
    const list = screen.getByRole('list', { name: 'Кошик' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const budget = item('Бюджет-2026 ухвалено');
    expect(budget.textContent).toContain('На розгляді');
    expect(budget.textContent).toContain('Економіка');
    expect(budget.textContent).toContain('У кошику з 20 грудня 2025 року, 11:05');
    expect(
      within(budget)
        .getByText(/У кошику з/)
        .closest('time')
        ?.getAttribute('dateTime'),
    ).toBe('2025-12-20T09:05:00Z');
    expect(item('Без заголовка')).toBeTruthy();
  });

  it('«Відновити» restores that article and announces it', async () => {
    const calls = renderTrash();
    const restore = within(item('Бюджет-2026 ухвалено')).getByRole('button', { name: 'Відновити' });
    expect(restore.getAttribute('aria-describedby')).toBeTruthy();
    await act(async () => fireEvent.click(restore));
    expect(calls).toEqual(['restore:budget']);
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Статтю «Бюджет-2026 ухвалено» відновлено.'),
    ).toBe(true);
  });

  it('«Видалити назавжди» asks first; cancelling deletes nothing and returns the focus', () => {
    const calls = renderTrash();
    const purge = within(item('Бюджет-2026 ухвалено')).getByRole('button', { name: 'Видалити назавжди' });
    fireEvent.click(purge);
    const dialog = screen.getByRole('dialog', { name: 'Видалити статтю назавжди?' });
    expect(dialog.textContent).toContain('Статтю «Бюджет-2026 ухвалено» буде видалено з диска');
    expect(dialog.textContent).toContain('Це не можна скасувати.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Скасувати' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual([]);
    expect(document.activeElement).toBe(purge);
  });

  it('confirming purges that article and announces it', async () => {
    const calls = renderTrash();
    fireEvent.click(within(item('Бюджет-2026 ухвалено')).getByRole('button', { name: 'Видалити назавжди' }));
    const dialog = screen.getByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Видалити назавжди' })));
    expect(calls).toEqual(['purge:budget']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('видалено назавжди'))).toBe(true);
  });

  it('a failed purge says nothing of success', async () => {
    const calls = renderTrash({ ok: false });
    fireEvent.click(within(item('Бюджет-2026 ухвалено')).getByRole('button', { name: 'Видалити назавжди' }));
    await act(async () =>
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Видалити назавжди' })),
    );
    expect(calls).toEqual(['purge:budget']);
    expect(screen.getAllByRole('status').every((s) => s.textContent === '')).toBe(true);
  });

  it('an empty trash says so', () => {
    renderTrash({ trash: { items: [], damaged: [] } });
    expect(screen.getByText('Кошик порожній.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('while loading shows the loading text', () => {
    renderTrash({ trash: null });
    expect(screen.getByText('Відкриваємо бібліотеку…')).toBeTruthy();
  });

  it('an error offers a retry', () => {
    const calls = renderTrash({ trash: null, error: 'Диск недоступний.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Не вдалося прочитати кошик: Диск недоступний.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Спробувати ще раз' }));
    expect(calls).toEqual(['retry']);
  });

  it('damaged files in the trash are listed', () => {
    renderTrash({
      trash: { items: [], damaged: [{ path: 'trash/x/article.json', reason: message('damaged.trashNoFile') }] },
    });
    const section = screen.getByRole('region', { name: 'Пошкоджені файли' });
    expect(section.textContent).toContain('trash/x/article.json');
    expect(section.textContent).toContain('у теці кошика немає файлу статті');
  });
});
