import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../shared/domain/article';
import { WorkflowBar } from '../../../renderer/src/workflow/WorkflowBar';

function bar(
  status: ArticleStatus,
  role: 'journalist' | 'editor',
  onStep: (to: ArticleStatus, note: string) => Promise<boolean> = async () => true,
) {
  return render(<WorkflowBar status={status} role={role} onStep={onStep} />);
}

const buttons = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('WorkflowBar', () => {
  it('shows the status in words and only the steps the role may take', () => {
    bar('in-review', 'journalist');
    expect(screen.getByText('Статус: На розгляді')).toBeTruthy();
    expect(buttons()).toEqual([]);
    expect(screen.getByText('У вашій ролі зараз немає кроків для цієї статті.')).toBeTruthy();
  });

  it('offers an editor returning and approving in review, publishing and a correction later', () => {
    const { unmount } = bar('in-review', 'editor');
    expect(buttons()).toEqual(['Повернути журналістові', 'Схвалити']);
    unmount();
    bar('published', 'editor');
    expect(buttons()).toEqual(['Почати виправлення', 'Зняти з публікації']);
  });

  it('requires a note to return, and passes the note with the step', async () => {
    const taken: string[] = [];
    bar('in-review', 'editor', async (to, note) => {
      taken.push(`${to}: ${note}`);
      return true;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Повернути журналістові' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Напишіть примітку: що виправити. Без неї статтю не повертають.',
    );
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Примітка до кроку' }));
    expect(taken).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Примітка до кроку' }), { target: { value: 'Джерело?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Повернути журналістові' }));
    await waitFor(() => expect(taken).toEqual(['returned: Джерело?']));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Новий статус: Повернуто.'));
  });

  it('shows the service’s refusal as it is worded', async () => {
    bar('draft', 'journalist', () => Promise.reject(new Error('Статтю змінено поза цим вікном.')));
    fireEvent.click(screen.getByRole('button', { name: 'Надіслати редакторові' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Статтю змінено поза цим вікном.'));
  });

  it('says nothing is done yet, and keeps the note, when a dialog takes the step over', async () => {
    const taken: string[] = [];
    bar('approved', 'editor', async (to) => {
      taken.push(to);
      return false;
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Примітка до кроку' }), { target: { value: 'Ранок' } });
    fireEvent.click(screen.getByRole('button', { name: 'Опублікувати…' }));
    await waitFor(() => expect(taken).toEqual(['published']));
    expect(screen.getByRole('status').textContent).toBe('');
    expect((screen.getByRole('textbox', { name: 'Примітка до кроку' }) as HTMLTextAreaElement).value).toBe('Ранок');
  });
});
