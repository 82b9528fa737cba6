import type { Editor } from '@tiptap/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { SpellService } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import { SpellSession } from '../../../../../renderer/src/editor/features/spellcheck/spell-session';
import { spellcheckKey, type SpellMeta } from '../../../../../renderer/src/editor/features/spellcheck/spell-state';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { typeText } from '../../support/type-text';
import { installLayoutStubs } from '../../support/layout-stubs';
import { CountingChecker } from './counting-checker';
import { settingsApi } from './settings-api';
import { markedWords, settled, spellEditor, TEST_TIMING } from './spell-editor';
import { loadUkChecker } from './uk-dictionary';

let hunspell: HunspellChecker;
const tempDir = useTempDirs('shpalta-spell-');
const editors: Editor[] = [];
const sessions: SpellSession[] = [];

beforeAll(async () => {
  installLayoutStubs();
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

async function dictionaryFiles(): Promise<[Uint8Array, Uint8Array]> {
  const { readFile } = await import('node:fs/promises');
  return Promise.all([
    readFile('node_modules/dictionary-uk/index.aff'),
    readFile('node_modules/dictionary-uk/index.dic'),
  ]);
}
