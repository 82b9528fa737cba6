import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SheetDialog } from '../../../renderer/src/sheet/SheetDialog';
import { installDialogPolyfill } from '../library/dialog-polyfill';

beforeAll(() => {
  installDialogPolyfill();
});

function Opener({ onKeyDown }: { onKeyDown?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Відкрити
      </button>
      {open ? (
        <SheetDialog
          className="test-sheet"
          title="Аркуш"
          closeLabel="Закрити"
          onClose={() => setOpen(false)}
          {...(onKeyDown ? { onKeyDown } : {})}
        >
          <p>Зміст аркуша</p>
        </SheetDialog>
      ) : null}
    </>
  );
}

describe('SheetDialog', () => {
  it('opens modal, named by its title, with the focus on its close button and its content inside', () => {
    render(<Opener />);
    fireEvent.click(screen.getByRole('button', { name: 'Відкрити' }));
    const dialog = screen.getByRole('dialog', { name: 'Аркуш' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.className).toBe('sheet-dialog test-sheet');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Закрити' }));
    expect(within(dialog).getByText('Зміст аркуша')).toBeTruthy();
  });

  it('closes on Escape (the dialog’s cancel) and on its button, and gives the focus back to its opener', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Відкрити' });
    for (const close of [
      (dialog: HTMLElement) => fireEvent(dialog, new Event('cancel', { cancelable: true })),
      (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Закрити' })),
    ]) {
      opener.focus();
      fireEvent.click(opener);
      close(screen.getByRole('dialog', { name: 'Аркуш' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(opener);
    }
  });

  it('hands its keys to the sheet that wants them', () => {
    const onKeyDown = vi.fn();
    render(<Opener onKeyDown={onKeyDown} />);
    fireEvent.click(screen.getByRole('button', { name: 'Відкрити' }));
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Аркуш' }), { key: 'Tab' });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });
});
