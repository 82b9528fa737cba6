import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NewsroomSyncItem } from '../../../renderer/src/newsroom/NewsroomSyncItem';
import type { SyncState } from '../../../shared/newsroom/newsroom-link';

const state = (kind: SyncState['kind'], extra: Partial<SyncState> = {}): SyncState => ({
  kind,
  pending: 0,
  lastSyncedAt: null,
  ...extra,
});

describe('NewsroomSyncItem', () => {
  it('is a polite live region, there (and empty) before anything is known and for a plain library', () => {
    const { rerender } = render(
      <NewsroomSyncItem state={null} onOpenSettings={() => undefined} onShowConflicts={() => undefined} />,
    );
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    rerender(
      <NewsroomSyncItem state={state('unlinked')} onOpenSettings={() => undefined} onShowConflicts={() => undefined} />,
    );
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('');
    expect(region.dataset.linked).toBe('false');
  });

  it('says the state in the same region, the time of the last exchange on hover', () => {
    const { rerender } = render(
      <NewsroomSyncItem
        state={state('synced', { lastSyncedAt: '2025-12-19T18:44:00Z' })}
        onOpenSettings={() => undefined}
        onShowConflicts={() => undefined}
      />,
    );
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('Синхронізовано');
    expect(screen.getByText('Синхронізовано').title).toBe('Синхронізовано: 19 грудня 2025 року, 20:44');
    rerender(
      <NewsroomSyncItem
        state={state('offline', { pending: 2 })}
        onOpenSettings={() => undefined}
        onShowConflicts={() => undefined}
      />,
    );
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Очікує мережі · 2 зміни');
  });

  it('a token the server no longer takes is a button to the settings', () => {
    const open = vi.fn();
    const conflicts = vi.fn();
    render(<NewsroomSyncItem state={state('unauthorized')} onOpenSettings={open} onShowConflicts={conflicts} />);
    fireEvent.click(screen.getByRole('button', { name: 'Потрібен новий токен' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(conflicts).not.toHaveBeenCalled();
  });

  it('«Є розбіжності» is a button to the list of the articles that differ', () => {
    const open = vi.fn();
    const conflicts = vi.fn();
    render(<NewsroomSyncItem state={state('conflict')} onOpenSettings={open} onShowConflicts={conflicts} />);
    const button = screen.getByRole('button', { name: 'Є розбіжності' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    fireEvent.click(button);
    expect(conflicts).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
  });
});
