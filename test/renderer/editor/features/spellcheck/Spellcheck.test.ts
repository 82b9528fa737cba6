import type { Editor } from '@tiptap/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { SpellService } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import { SpellSession } from '../../../../../renderer/src/editor/features/spellcheck/spell-session';
import { spellcheckKey, type SpellMeta } from '../../../../../renderer/src/editor/features/spellcheck/spell-state';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { typeText } from '../../support/type-text';
import { installLayoutStubs } from '../../support/layout-stubs';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import { CountingChecker } from './counting-checker';
import { settingsApi } from './settings-api';
import { markedWords, settled, spellEditor, styledWords, TEST_TIMING } from './spell-editor';
import { loadUkChecker } from './uk-dictionary';

let hunspell: HunspellChecker;
const tempDir = useTempDirs('shpalta-spell-');
const editors: Editor[] = [];
const sessions: SpellSession[] = [];

beforeAll(async () => {
  installLayoutStubs();
  installDialogPolyfill();
  hunspell = await loadUkChecker();
}, 60_000);

afterEach(async () => {
  for (const editor of editors.splice(0)) editor.destroy();
  // The dictionary is shared by the tests of this file: words a test taught it are taken back.
  for (const session of sessions.splice(0)) {
    session.close();
    await session.service.setPersonalWords([]);
  }
  document.body.replaceChildren();
});

/** A fresh session (fresh caches) over the one loaded dictionary, with real settings on disk. */
async function setup(content: string) {
  const { api, settings } = settingsApi(await tempDir());
  const checker = new CountingChecker(hunspell);
  const session = new SpellSession(new SpellService(checker), api);
  await session.start();
  sessions.push(session);
  const editor = spellEditor(session, api, content);
  editors.push(editor);
  return { editor, checker, session, settings, api };
}

const markOf = (editor: Editor, word: string) =>
  [...editor.view.dom.querySelectorAll('.spell-error')].find((el) => el.textContent === word);

function rightClick(element: Element): boolean {
  return fireEvent.contextMenu(element, { button: 2 });
}

describe('Spellcheck: marks', () => {
  it('marks misspelled words once the article is checked, accessibly, and leaves the rest alone', async () => {
    const { editor } = await setup(
      '<p>Учора пареговори про гарантії безпеки НАТО у Telegram тривали на вул. Хрещатик (https://mof.gov.ua/новина).</p><p>Пʼять безпекка, п’ять.</p>',
    );
    expect(editor.view.dom.getAttribute('data-spellcheck')).toBe('pending');
    await settled(editor);
    expect(markedWords(editor)).toEqual(['пареговори', 'безпекка']);
    const mark = markOf(editor, 'пареговори');
    expect(mark?.classList.contains('spell-error')).toBe(true);
    expect(mark?.getAttribute('aria-invalid')).toBe('spelling');
    expect(editor.view.dom.getAttribute('spellcheck')).not.toBe('true');
  });

  it('a keystroke only maps the marks: nothing is asked and the marks move with the text', async () => {
    const { editor, checker } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    const asked = checker.checked.length;
    editor.commands.setTextSelection(1);
    typeText(editor, 'Ще ');
    expect(checker.checked.length).toBe(asked);
    expect(markedWords(editor)).toEqual(['пареговори']);
    expect(editor.view.dom.getAttribute('data-spellcheck')).toBe('pending');
    await settled(editor);
  });

  it('a word being typed is not marked until the caret leaves it, and a repeated word is never asked twice', async () => {
    const { editor, checker } = await setup('<p>Переговори тривали.</p>');
    await settled(editor);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    typeText(editor, ' пареговор');
    await settled(editor);
    expect(markedWords(editor)).toEqual([]);
    expect(spellcheckKey.getState(editor.state)?.deferred).not.toBeNull();
    typeText(editor, 'и, тривали');
    await settled(editor);
    expect(markedWords(editor)).toEqual(['пареговори']);
    expect(checker.checkedWords.filter((w) => w === 'тривали')).toHaveLength(1);
    expect(checker.checkedWords.filter((w) => w === 'пареговори')).toHaveLength(1);
  });

  it('editing inside a marked word unmarks it at once, then checks it again', async () => {
    const { editor } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    const mark = spellcheckKey.getState(editor.state)!.decorations.find()[0]!;
    editor
      .chain()
      .setTextSelection(mark.from + 2)
      .deleteRange({ from: mark.from + 1, to: mark.from + 2 })
      .run();
    typeText(editor, 'е');
    expect(markedWords(editor)).toEqual([]);
    editor.commands.setTextSelection(1);
    await settled(editor);
    expect(markedWords(editor)).toEqual([]);
    expect(editor.getText()).toContain('переговори');
  });

  it('checks a 50,000-word article in slices, each its own short transaction', async () => {
    const paragraph = (i: number) =>
      `<p>Переговори про гарантії безпеки тривали до пізнього вечора, а ${i % 10 ? 'переговори' : 'пареговори'} ні.</p>`;
    const { editor, checker } = await setup(Array.from({ length: 4000 }, (_, i) => paragraph(i)).join(''));
    const slices: number[] = [];
    editor.on('transaction', ({ transaction }) => {
      const meta = transaction.getMeta(spellcheckKey) as SpellMeta | undefined;
      if (meta?.type === 'checked') slices.push(meta.marks.length);
    });
    await settled(editor);
    expect(markedWords(editor)).toHaveLength(400);
    // At most one mark a paragraph here: no slice redraws more paragraphs than the timing allows.
    expect(slices.length).toBeGreaterThan(1);
    expect(Math.max(...slices)).toBeLessThanOrEqual(TEST_TIMING.redrawsPerSlice);
    // A dozen different words among 48,000: each crossed to the checker once.
    expect(new Set(checker.checkedWords).size).toBe(checker.checkedWords.length);
  }, 60_000);
});

describe('Spellcheck: the context menu', () => {
  it('right-clicking a misspelling offers suggestions; choosing one fixes the word in one undoable step', async () => {
    const { editor } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    expect(rightClick(markOf(editor, 'пареговори')!)).toBe(false); // default prevented: our menu, not Chromium's
    const menu = await screen.findByRole('menu', { name: 'Правопис слова «пареговори»' });
    const suggestion = await screen.findByRole('menuitem', { name: 'переговори' });
    expect(menu.contains(suggestion)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(suggestion));
    fireEvent.click(suggestion);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(editor.getText()).toBe('Учора переговори тривали.');
    expect(editor.isFocused || document.activeElement === editor.view.dom).toBe(true);
    await settled(editor);
    expect(markedWords(editor)).toEqual([]);
    editor.commands.undo();
    expect(editor.getText()).toBe('Учора пареговори тривали.');
  });

  it('keeps the native menu everywhere but on misspellings', async () => {
    const { editor } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    expect(rightClick(editor.view.dom.querySelector('p')!)).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is driven by the keyboard: arrows move, Escape closes and gives the editor its focus back', async () => {
    const { editor } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    rightClick(markOf(editor, 'пареговори')!);
    const menu = await screen.findByRole('menu');
    const first = await screen.findByRole('menuitem', { name: 'переговори' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Пропустити' }));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Пропустити' }));
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(editor.view.dom);
    expect(editor.getText()).toBe('Учора пареговори тривали.');
  });

  it('opens at the caret with the context-menu key', async () => {
    const { editor } = await setup('<p>Учора пареговори тривали.</p>');
    await settled(editor);
    const mark = spellcheckKey.getState(editor.state)!.decorations.find()[0]!;
    editor.commands.setTextSelection(mark.from + 3);
    expect(rightClick(editor.view.dom)).toBe(false);
    expect(await screen.findByRole('menu', { name: 'Правопис слова «пареговори»' })).toBeTruthy();
  });

  it('«Пропустити» unmarks the word everywhere for the session, without saving it', async () => {
    const { editor, settings } = await setup('<p>Пареговори, пареговори і знову пареговори.</p>');
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Пареговори', 'пареговори', 'пареговори']);
    rightClick(markOf(editor, 'пареговори')!);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Пропустити' }));
    expect(markedWords(editor)).toEqual(['Пареговори']);
    typeText(editor, ' пареговори.');
    editor.commands.setTextSelection(1);
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Пареговори']);
    expect(settings.get().spelling.personalWords).toEqual([]);
  });

  it('«Додати до словника» unmarks the word, saves it in the settings, and a new session knows it', async () => {
    const { editor, settings, api } = await setup("<p>Посланець Віткофф прибув. Віткоффа зустріли, п'ять.</p>");
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Віткофф', 'Віткоффа']);
    rightClick(markOf(editor, 'Віткофф')!);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Додати до словника' }));
    await addInDialog('Віткофф', 'лише цю форму («Віткофф»)');
    expect(markedWords(editor)).toEqual(['Віткоффа']);
    await waitFor(() => expect(settings.get().spelling.personalWords).toEqual(['Віткофф']));
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Віткоффа']);

    // Another window, or tomorrow: a fresh dictionary reads the personal words from the settings.
    const fresh = await HunspellChecker.load(...(await dictionaryFiles()));
    const session = new SpellSession(new SpellService(fresh), api);
    sessions.push(session);
    await session.start();
    const second = spellEditor(session, api, '<p>Віткофф прибув.</p>');
    editors.push(second);
    await settled(second);
    expect(markedWords(second)).toEqual([]);
  }, 60_000);
});

describe('Spellcheck: the outlet’s apostrophe', () => {
  it('follows the library’s profile: a change saved there applies to the words it writes from then on', async () => {
    const { session, api } = await setup('<p>Текст.</p>');
    expect(session.written("п'ять")).toBe('п’ять');
    const { profile, hash } = await api.invoke('outlet.get', {});
    const { schemaVersion: _version, ...edit } = profile;
    await api.invoke('outlet.update', { profile: { ...edit, apostrophe: '\u02BC' }, baseHash: hash });
    await waitFor(() => expect(session.written("п'ять")).toBe('пʼять'));
  });
});

describe('Spellcheck: a word added with its inflections', () => {
  it('declines like the proposed model: every case form is accepted, saved with the model, known next time', async () => {
    const { editor, settings, api } = await setup(
      '<p>Заявив посланник Виткофф. За словами Виткоффа, Виткоффу передали лист, з Виткоффом погодились.</p>',
    );
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Виткофф', 'Виткоффа', 'Виткоффу', 'Виткоффом']);
    rightClick(markOf(editor, 'Виткоффа')!);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Додати до словника' }));
    const dialog = await screen.findByRole('dialog', { name: 'Додати «Виткоффа» до словника' });
    // Proposed from the dictionary: a surname in -ф that declines like a foreign masculine surname.
    const proposed = await within(dialog).findAllByRole('radio');
    expect(proposed.length).toBeGreaterThan(2);
    expect((proposed[0] as HTMLInputElement).checked).toBe(true);
    expect(proposed[0]?.closest('label')?.textContent).toMatch(/^ «Виткофф» — як «[А-ЯІЇЄҐ][а-яіїєґ']*фф?»$/);
    expect(
      (within(dialog).getByRole('radio', { name: 'лише цю форму («Виткоффа»)' }) as HTMLInputElement).checked,
    ).toBe(false);
    const forms = within(within(dialog).getByRole('list', { name: 'Словник прийматиме:' })).getAllByRole('listitem');
    expect(forms.map((li) => li.textContent)).toEqual(expect.arrayContaining(['Виткоффа', 'Виткоффу', 'Виткоффом']));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Додати' }));
    await waitFor(() => expect(markedWords(editor)).toEqual([]));
    // The genitive was right-clicked; its dictionary form is saved, with the model.
    await waitFor(() => expect(settings.get().spelling.personalWords).toHaveLength(1));
    const [saved] = settings.get().spelling.personalWords;
    expect(saved).toEqual({ word: 'Виткофф', model: expect.stringMatching(/фф?$/) });

    const fresh = await HunspellChecker.load(...(await dictionaryFiles()));
    const session = new SpellSession(new SpellService(fresh), api);
    sessions.push(session);
    await session.start();
    const second = spellEditor(session, api, '<p>Виткоффу подякували.</p>');
    editors.push(second);
    await settled(second);
    expect(markedWords(second)).toEqual([]);
  }, 60_000);
});

describe('Spellcheck: style suggestions', () => {
  it('marks avoid-list words and -ючий participles as style, not as misspellings, with their advice', async () => {
    const { editor } = await setup(
      '<p>На тлі зростаючого тиску поліцейські провели заключний прийом, а Стивен пареговори.</p>',
    );
    await settled(editor);
    expect(markedWords(editor)).toEqual(['Стивен', 'пареговори']);
    expect(styledWords(editor)).toEqual(['зростаючого', 'поліцейські', 'заключний', 'прийом']);
    const mark = editor.view.dom.querySelector('.spell-style');
    expect(mark?.textContent).toBe('зростаючого');
    expect(mark?.hasAttribute('aria-invalid')).toBe(false);

    rightClick(mark!);
    const menu = await screen.findByRole('menu', { name: 'Стильова порада до слова «зростаючого»' });
    expect(menu.textContent).toContain(
      'Стильова порада: замість дієприкметника «зростаючого» краще зворот «що зростає».',
    );
    fireEvent.keyDown(menu, { key: 'Escape' });

    rightClick([...editor.view.dom.querySelectorAll('.spell-style')].find((el) => el.textContent === 'поліцейські')!);
    const police = await screen.findByRole('menu', { name: 'Стильова порада до слова «поліцейські»' });
    await within(police).findByRole('menuitem', { name: 'поліційні' });
    const items = within(police)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(items.some((item) => /по[ -]ліцейськ/.test(item ?? ''))).toBe(false);
    fireEvent.click(within(police).getByRole('menuitem', { name: 'поліційні' }));
    expect(editor.getText()).toContain('тиску поліційні провели');
  });
});

/** In the «Додати до словника» dialog: picks how the word declines and adds it. */
async function addInDialog(word: string, choice: string): Promise<void> {
  const dialog = await screen.findByRole('dialog', { name: `Додати «${word}» до словника` });
  fireEvent.click(await within(dialog).findByRole('radio', { name: choice }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Додати' }));
  expect(screen.queryByRole('dialog')).toBeNull();
}

async function dictionaryFiles(): Promise<[Uint8Array, Uint8Array]> {
  const { readFile } = await import('node:fs/promises');
  return Promise.all([
    readFile('node_modules/dictionary-uk/index.aff'),
    readFile('node_modules/dictionary-uk/index.dic'),
  ]);
}
