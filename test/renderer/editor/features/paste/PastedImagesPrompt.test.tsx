import { message } from '../../../../../shared/i18n/message';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  PastedImagesPrompt,
  type PromptStatus,
} from '../../../../../renderer/src/editor/features/paste/PastedImagesPrompt';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import type { UiLanguage } from '../../../../../shared/settings/schema';

function show(
  props: Partial<{ count: number; canInsert: boolean; status: PromptStatus; language: UiLanguage; sourceName: string }>,
) {
  const onInsert = vi.fn();
  const onDismiss = vi.fn();
  const language = props.language ?? 'uk';
  render(
    <PastedImagesPrompt
      count={props.count ?? 2}
      sourceName={props.sourceName ?? 'Word'}
      canInsert={props.canInsert ?? true}
      status={props.status ?? { kind: 'idle' }}
      language={language}
      t={createTranslator(language)}
      onInsert={onInsert}
      onDismiss={onDismiss}
    />,
  );
  return { onInsert, onDismiss, region: screen.getByRole('status', { name: /Зображення|Images/ }) };
}

describe('PastedImagesPrompt', () => {
  it.each([
    [1, 'У вставленому тексті було 1 зображення з Word. Автоматично вставлено лише текст.'],
    [3, 'У вставленому тексті було 3 зображення з Word. Автоматично вставлено лише текст.'],
    [5, 'У вставленому тексті було 5 зображень з Word. Автоматично вставлено лише текст.'],
    [21, 'У вставленому тексті було 21 зображення з Word. Автоматично вставлено лише текст.'],
  ])('tells in Ukrainian how many pictures were left out (%i)', (count, sentence) => {
    const { region } = show({ count });
    expect(region.textContent).toContain(sentence);
    expect(region.textContent).toContain('Вставити зображення в статтю?');
  });

  it('offers to insert them, or to leave them out', () => {
    const { onInsert, onDismiss } = show({});
    fireEvent.click(screen.getByRole('button', { name: 'Вставити зображення' }));
    expect(onInsert).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Не вставляти' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says to add the pictures from files when the clipboard did not carry them', () => {
    const { region, onDismiss } = show({ canInsert: false, count: 1, sourceName: 'LibreOffice' });
    expect(region.textContent).toContain('1 зображення з LibreOffice');
    expect(region.textContent).toContain('додайте зображення до статті з диска');
    expect(screen.queryByRole('button', { name: 'Вставити зображення' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Зрозуміло' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows progress while storing and blocks a second click', () => {
    show({ status: { kind: 'busy' } });
    const button = screen.getByRole('button', { name: 'Вставляємо зображення…' });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Не вставляти' })).toHaveProperty('disabled', true);
  });

  it('shows why storing failed', () => {
    const reason = message('error.io.failed', {
      what: message('error.io.saveImage'),
      reason: message('error.io.reason.ENOSPC'),
    });
    const { region } = show({ status: { kind: 'failed', message: reason } });
    expect(region.textContent).toContain(
      'Не вдалося вставити зображення: Не вдалося зберегти зображення: на диску закінчилося місце.',
    );
  });

  it('goes away on Escape', () => {
    const { region, onDismiss } = show({});
    fireEvent.keyDown(region, { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('speaks English when the interface does', () => {
    const { region } = show({ language: 'en', count: 1 });
    expect(region.textContent).toContain(
      'The pasted text had 1 image from Word. Only the text was inserted automatically.',
    );
    expect(screen.getByRole('button', { name: 'Insert images' })).toBeTruthy();
  });
});
