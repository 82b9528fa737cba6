import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LibraryState, listStateKind } from '../../../renderer/src/library/LibraryState';

describe('listStateKind', () => {
  it('an error first, then loading, then empty or nothing found; a list needs no state', () => {
    expect(listStateKind('Теку не знайдено.', 3, false)).toBe('error');
    expect(listStateKind(null, null, false)).toBe('loading');
    expect(listStateKind(null, 0, false)).toBe('empty');
    expect(listStateKind(null, 0, true)).toBe('no-results');
    expect(listStateKind(null, 2, true)).toBeNull();
  });
});

describe('LibraryState', () => {
  const noop = () => undefined;

  it('nothing found by words: the words, a hint, and a reset only when filters are on', () => {
    let resets = 0;
    const { rerender } = render(
      <LibraryState
        kind="no-results"
        error={null}
        text="мамонт"
        activeFilters={0}
        onRetry={noop}
        onResetFilters={noop}
      />,
    );
    expect(screen.getByText('Нічого не знайдено за запитом «мамонт».')).toBeTruthy();
    expect(screen.getByText(/інші форми слова/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <LibraryState
        kind="no-results"
        error={null}
        text=""
        activeFilters={2}
        onRetry={noop}
        onResetFilters={() => (resets += 1)}
      />,
    );
    expect(screen.getByText('Жодна стаття не відповідає фільтрам.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Скинути фільтри' }));
    expect(resets).toBe(1);
  });
});
