import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbedDialog } from '../../../../../renderer/src/editor/nodes/embed/EmbedDialog';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';

beforeAll(installDialogPolyfill);

function open() {
  const inserted: string[] = [];
  let closed = 0;
  render(<EmbedDialog t={createTranslator('uk')} onInsert={(url) => inserted.push(url)} close={() => closed++} />);
  const field = screen.getByLabelText('Посилання на допис') as HTMLInputElement;
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
  return { inserted, closed: () => closed, field, submit };
}

describe('EmbedDialog («Вбудувати допис»)', () => {
  it('is a modal named for what it does, with the URL field focused', () => {
    const { field } = open();
    expect(screen.getByRole('dialog', { name: 'Вбудувати допис' })).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('says which network it recognised and inserts the canonical post URL', () => {
    const { field, submit, inserted, closed } = open();
    fireEvent.change(field, { target: { value: 'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=5' } });
    expect(screen.getByText('Розпізнано: YouTube.')).toBeTruthy();
    submit();
    expect(inserted).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
    expect(closed()).toBe(1);
  });

  it.each([
    ['https://www.instagram.com/p/C0abc/', 'Вбудувати можна лише дописи з Telegram, YouTube, X (Twitter) і Facebook.'],
    [
      'https://t.me/ukrpravda_news',
      'Це посилання не на окремий допис чи відео. Відкрийте сам допис і скопіюйте його адресу.',
    ],
    ['https://t.me/c/1234567/89', 'Це допис приватного каналу Telegram: читачі його не побачать.'],
  ])('explains why %s cannot be embedded, and inserts nothing', (url, reason) => {
    const { field, submit, inserted, closed } = open();
    fireEvent.change(field, { target: { value: url } });
    submit();
    expect(screen.getByText(reason)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(inserted).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('does not scold a field that is still being typed, only after a try', () => {
    const { field, submit } = open();
    fireEvent.change(field, { target: { value: 't.me' } });
    expect(screen.queryByText(/не схоже на посилання|не на окремий допис/)).toBeNull();
    fireEvent.change(field, { target: { value: '' } });
    submit();
    expect(screen.getByText('Вставте посилання на допис.')).toBeTruthy();
  });

  it('Esc and «Скасувати» close without inserting', () => {
    const { closed, inserted } = open();
    screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Скасувати' }));
    expect(closed()).toBe(2);
    expect(inserted).toEqual([]);
  });
});
