import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TypographyPanel } from '../../../../../renderer/src/editor/features/typography/TypographyPanel';
import { fieldSuggestions } from '../../../../../renderer/src/editor/features/typography/field-suggestions';
import { SuggestionsStore } from '../../../../../renderer/src/editor/features/typography/suggestions-store';

function renderPanel(fixResult: string | null = null) {
  const store = new SuggestionsStore();
  const onFixAll = vi.fn();
  const onApply = vi.fn();
  const onShow = vi.fn();
  render(<TypographyPanel store={store} fixResult={fixResult} onFixAll={onFixAll} onApply={onApply} onShow={onShow} />);
  return { store, onFixAll, onApply, onShow };
}

describe('TypographyPanel', () => {
  it('says it is checking until the body was scanned, then that there is nothing to suggest', () => {
    const { store } = renderPanel();
    expect(screen.getByText('Перевіряємо текст…')).toBeTruthy();
    act(() => store.setBody([]));
    expect(screen.getByText('Порад немає.')).toBeTruthy();
  });

  it('lists a suggestion with its place, context and reason; apply, show and ignore work', () => {
    const { store, onApply, onShow } = renderPanel();
    act(() => {
      store.setFields(fieldSuggestions('', 'Ціна 5 грн. за добу'));
      store.setBody([]);
    });
    expect(screen.getByText('Лід')).toBeTruthy();
    expect(screen.getByText('грн.').tagName).toBe('MARK');
    // The whole lead fits: no … where nothing was cut.
    expect(screen.getByText('грн.').parentElement?.textContent).toBe('Ціна 5 грн. за добу');
    expect(screen.getByText('Скорочення «грн» пишемо без крапки.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Замінити «грн.» на «грн»' }));
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ rule: 'hryvnia-dot', field: 'lead' }));
    expect(screen.queryByRole('button', { name: 'Показати' })).toBeNull(); // only body suggestions are shown in place
    fireEvent.click(screen.getByRole('button', { name: 'Пропустити' }));
    expect(screen.getByText('Порад немає.')).toBeTruthy();
    expect(onShow).not.toHaveBeenCalled();
  });

  it('the fix-all button runs the command and its result is announced', () => {
    const { onFixAll } = renderPanel('Виправлено місць: 3.');
    fireEvent.click(screen.getByRole('button', { name: 'Виправити типографіку' }));
    expect(onFixAll).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Виправлено місць: 3.');
  });
});
