import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestShortcutHelp } from '../../../../../renderer/src/editor/features/shortcuts/help-requests';
import { ShortcutHelpDialog } from '../../../../../renderer/src/editor/features/shortcuts/ShortcutHelpDialog';
import { ShortcutHelpHost } from '../../../../../renderer/src/editor/features/shortcuts/ShortcutHelpHost';
import { SHORTCUTS } from '../../../../../renderer/src/editor/features/shortcuts/shortcut-table';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';

beforeAll(installDialogPolyfill);

function openFromButton() {
  render(
    <>
      <button type="button" onClick={requestShortcutHelp}>
        ?
      </button>
      <ShortcutHelpHost />
    </>,
  );
  const opener = screen.getByRole('button', { name: '?' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: () => screen.getByRole('dialog', { name: 'Гарячі клавіші' }) };
}

describe('the keyboard shortcuts sheet', () => {
  it('opens on request as a modal dialog and puts the focus inside', () => {
    const { dialog } = openFromButton();
    expect(dialog().tagName).toBe('DIALOG');
    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect((dialog() as HTMLDialogElement).open).toBe(true);
    expect(dialog().contains(document.activeElement)).toBe(true);
  });

  it('groups every shortcut under Текст, Блоки, Стаття, Пошук і заміна, Бібліотека', () => {
    const { dialog } = openFromButton();
    const headings = within(dialog())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Текст', 'Блоки', 'Стаття', 'Пошук і заміна', 'Бібліотека']);
    expect(within(dialog()).getAllByRole('rowheader')).toHaveLength(SHORTCUTS.length);
    const text = within(dialog()).getByRole('region', { name: 'Текст' });
    const bold = within(text).getByRole('rowheader', { name: 'Жирний' }).closest('tr');
    expect(bold?.textContent).toContain('Ctrl+B');
    expect(bold?.textContent).toContain('**текст**');
    const library = within(dialog()).getByRole('region', { name: 'Бібліотека' });
    expect(within(library).getAllByText(/поза текстом статті/).length).toBeGreaterThan(0);
    const find = within(dialog()).getByRole('region', { name: 'Пошук і заміна' });
    expect(within(find).getByRole('rowheader', { name: 'Знайти в статті' }).closest('tr')?.textContent).toContain(
      'Ctrl+F',
    );
    expect(within(find).getByRole('rowheader', { name: 'Знайти й замінити' }).closest('tr')?.textContent).toContain(
      'Ctrl+H',
    );
  });

  it('explains Ctrl+K: a link in the body, the library search elsewhere', () => {
    const { dialog } = openFromButton();
    const rows = within(dialog())
      .getAllByRole('row')
      .filter((row) => row.textContent?.includes('Ctrl+K'))
      .map((row) => row.querySelector('th')?.textContent);
    expect(rows).toEqual(['Посилання (у тексті статті)', 'Пошук у бібліотеці (поза текстом статті)']);
  });

  it('Escape closes it and gives the focus back to where it was', () => {
    const { opener, dialog } = openFromButton();
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('the close button and the cancel event close it too', () => {
    const { opener, dialog } = openFromButton();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Закрити' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    act(() => requestShortcutHelp());
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog().dispatchEvent(cancel);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside: from the last focusable element back to the first, and back with Shift+Tab', () => {
    const { dialog } = openFromButton();
    const close = within(dialog()).getByRole('button', { name: 'Закрити' });
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    close.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(close);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    close.dispatchEvent(back);
    expect(back.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(close);
  });

  it('shows ⌘ on macOS instead of Ctrl', () => {
    render(<ShortcutHelpDialog apple onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Гарячі клавіші' });
    const bold = within(dialog).getByRole('rowheader', { name: 'Жирний' }).closest('tr');
    expect(bold?.textContent).toContain('⌘B');
    expect(dialog.textContent).not.toContain('Ctrl+');
    expect(within(dialog).getByText(/Відкрити цей список можна будь-коли: ⌘\/ або F1\./)).toBeTruthy();
  });
});
