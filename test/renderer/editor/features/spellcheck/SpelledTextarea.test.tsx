import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { SpelledTextarea } from '../../../../../renderer/src/editor/features/spellcheck/SpelledTextarea';
import { SpellService } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import { SpellSession } from '../../../../../renderer/src/editor/features/spellcheck/spell-session';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import { settingsApi } from './settings-api';
import { loadUkChecker } from './uk-dictionary';

let hunspell: HunspellChecker;
const tempDir = useTempDirs('shpalta-field-spell-');
const sessions: SpellSession[] = [];

beforeAll(async () => {
  installDialogPolyfill();
  hunspell = await loadUkChecker();
}, 60_000);

afterEach(async () => {
  cleanup();
  for (const session of sessions.splice(0)) {
    session.close();
    await session.service.setPersonalWords([]);
  }
});

async function newSession() {
  const { api, settings } = settingsApi(await tempDir());
  const session = new SpellSession(new SpellService(hunspell), api);
  await session.start();
  sessions.push(session);
  return { session, settings };
}

/** The field as ArticleWorkspace holds it: a controlled value, changed only through onChange. */
function Headline({ session, initial }: { session: SpellSession | null; initial: string }) {
  const [value, setValue] = useState(initial);
  const fieldRef = useRef<HTMLTextAreaElement | null>(null);
  return (
    <>
      <label htmlFor="headline">Заголовок</label>
      <SpelledTextarea
        id="headline"
        fieldRef={fieldRef}
        className="headline-input"
        value={value}
        session={session}
        t={createTranslator('uk')}
        onChange={(event) => setValue(event.target.value)}
      />
    </>
  );
}

const field = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Заголовок' });
const marks = (container: HTMLElement) =>
  [...container.querySelectorAll('.spelled-field-backdrop .spell-error')].map((mark) => mark.textContent);

/** The menu key with the caret at `offset`: a contextmenu event with no pointer. */
function menuKeyAt(offset: number): void {
  field().focus();
  field().setSelectionRange(offset, offset);
  fireEvent.contextMenu(field(), { button: 0 });
}

describe('SpelledTextarea: the headline and lead are spell-checked like the body', () => {
  it('underlines misspelled words behind the field, says so to screen readers, and turns Chromium’s own check off', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде пареговори про безпекку" />);
    await waitFor(() => expect(marks(container)).toEqual(['пареговори', 'безпекку']));
    expect(field().getAttribute('aria-invalid')).toBe('spelling');
    expect(field().getAttribute('spellcheck')).toBe('false');
    const backdrop = container.querySelector('.spelled-field-backdrop');
    expect(backdrop?.getAttribute('aria-hidden')).toBe('true');
    // The field keeps its class to itself: `.headline-input` still finds the textarea, not the backdrop.
    expect([...container.querySelectorAll('.headline-input')]).toEqual([field()]);
    expect(backdrop?.classList.contains('headline-input-backdrop')).toBe(true);
    expect(backdrop?.textContent).toBe('Уряд веде пареговори про безпекку\u200b');
  });

  it('a style suggestion gets the softer mark, no aria-invalid, and its advice on the menu key', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Тиск зростаючого боргу" />);
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('.spelled-field-backdrop .spell-style')].map((mark) => mark.textContent),
      ).toEqual(['зростаючого']),
    );
    expect(marks(container)).toEqual([]);
    expect(field().getAttribute('aria-invalid')).toBeNull();
    menuKeyAt('Тиск зрост'.length);
    const menu = await screen.findByRole('menu', { name: 'Стильова порада до слова «зростаючого»' });
    expect(menu.textContent).toContain('«що зростає»');
  });

  it('a correct headline has no marks and no aria-invalid', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде переговори про безпеку" />);
    await waitFor(() => expect(session.service.isKnown('переговори')).toBe(true));
    expect(marks(container)).toEqual([]);
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('the word being typed waits until the caret leaves it', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде" />);
    field().focus();
    fireEvent.change(field(), { target: { value: 'Уряд веде пареговори', selectionStart: 20, selectionEnd: 20 } });
    await waitFor(() => expect(session.service.isKnown('пареговори')).toBe(true));
    expect(marks(container)).toEqual([]);
    fireEvent.blur(field());
    await waitFor(() => expect(marks(container)).toEqual(['пареговори']));
  });

  // Where the focus goes after the choice is checked in Chromium (spellcheck.spec.ts): jsdom moves focus otherwise.
  it('the menu key on a marked word offers suggestions; choosing one replaces the word', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде пареговори" />);
    await waitFor(() => expect(marks(container)).toEqual(['пареговори']));
    menuKeyAt('Уряд веде пар'.length);
    const menu = await screen.findByRole('menu', { name: 'Правопис слова «пареговори»' });
    const suggestion = await within(menu).findByRole('menuitem', { name: 'переговори' });
    fireEvent.click(suggestion);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(field().value).toBe('Уряд веде переговори');
    await waitFor(() => expect(marks(container)).toEqual([]));
  });

  it('the menu key on a selected marked word (as an undone correction leaves it) opens its menu; a wider selection does not', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде пареговори" />);
    await waitFor(() => expect(marks(container)).toEqual(['пареговори']));
    field().focus();
    field().setSelectionRange('Уряд '.length, 'Уряд веде пар'.length);
    expect(fireEvent.contextMenu(field(), { button: 0 })).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
    field().setSelectionRange('Уряд веде '.length, 'Уряд веде пареговори'.length);
    expect(fireEvent.contextMenu(field(), { button: 0 })).toBe(false);
    expect(await screen.findByRole('menu', { name: 'Правопис слова «пареговори»' })).toBeTruthy();
  });

  it('the menu key elsewhere leaves the browser its own menu', async () => {
    const { session } = await newSession();
    const { container } = render(<Headline session={session} initial="Уряд веде пареговори" />);
    await waitFor(() => expect(marks(container)).toEqual(['пареговори']));
    field().focus();
    field().setSelectionRange(2, 2);
    const notPrevented = fireEvent.contextMenu(field(), { button: 0 });
    expect(notPrevented).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('«Пропустити» and «Додати до словника» take the mark away; the word is saved in the settings', async () => {
    const { session, settings } = await newSession();
    const { container } = render(<Headline session={session} initial="Сьогодні пареговори, завтра безпекку" />);
    await waitFor(() => expect(marks(container)).toEqual(['пареговори', 'безпекку']));

    menuKeyAt('Сьогодні пар'.length);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Пропустити' }));
    await waitFor(() => expect(marks(container)).toEqual(['безпекку']));

    menuKeyAt('Сьогодні пареговори, завтра без'.length);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Додати до словника' }));
    const dialog = await screen.findByRole('dialog', { name: 'Додати «безпекку» до словника' });
    fireEvent.click(await within(dialog).findByRole('radio', { name: 'лише цю форму («безпекку»)' }));
    expect(within(dialog).getByRole('list', { name: 'Словник прийматиме:' }).textContent).toBe('безпекку');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Додати' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(marks(container)).toEqual([]));
    await waitFor(async () => expect((await settings.get()).spelling.personalWords).toContain('безпекку'));
    expect(field().value).toBe('Сьогодні пареговори, завтра безпекку');
  });

  it('without a checker (no workers) it is a plain field', () => {
    const { container } = render(<Headline session={null} initial="Уряд веде пареговори" />);
    expect(marks(container)).toEqual([]);
    act(() => {
      fireEvent.change(field(), { target: { value: 'Уряд веде пареговори!' } });
    });
    expect(field().value).toBe('Уряд веде пареговори!');
  });
});
