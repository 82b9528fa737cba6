import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../../renderer/src/library/ConfirmDialog';
import { installDialogPolyfill } from './dialog-polyfill';

beforeAll(installDialogPolyfill);

function renderDialog() {
  const answers: string[] = [];
  render(
    <ConfirmDialog
      title="Видалити статтю назавжди?"
      body="Статтю «Бюджет» буде видалено з диска разом із медіафайлами. Це не можна скасувати."
      confirmLabel="Видалити назавжди"
      cancelLabel="Скасувати"
      onConfirm={() => answers.push('confirm')}
      onCancel={() => answers.push('cancel')}
    />,
  );
  return { answers, dialog: () => screen.getByRole('dialog', { name: 'Видалити статтю назавжди?' }) };
}

describe('ConfirmDialog', () => {
  it('opens as a modal dialog named by its question and described by its body', () => {
    const { dialog } = renderDialog();
    expect(dialog().tagName).toBe('DIALOG');
    expect((dialog() as HTMLDialogElement).open).toBe(true);
    expect(dialog().dataset.modal).toBe('true');
    const description = document.getElementById(dialog().getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Це не можна скасувати.');
  });

  it('the safe answer has the focus first', () => {
    renderDialog();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Скасувати' }));
  });

  it('each button answers once; Esc (the cancel event) cancels', () => {
    const { answers, dialog } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Видалити назавжди' }));
    fireEvent.click(screen.getByRole('button', { name: 'Скасувати' }));
    const cancel = new Event('cancel', { cancelable: true });
    dialog().dispatchEvent(cancel);
    expect(answers).toEqual(['confirm', 'cancel', 'cancel']);
    // The dialog closes only when its owner unmounts it, never behind the owner's back.
    expect(cancel.defaultPrevented).toBe(true);
  });
});
