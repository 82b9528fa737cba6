import { afterEach, describe, expect, it } from 'vitest';
import {
  SpellStatusLine,
  spellStatusText,
} from '../../../../../renderer/src/editor/features/spellcheck/spell-status-line';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';

const t = createTranslator('uk');

afterEach(() => document.body.replaceChildren());

describe('spellStatusText', () => {
  it('says nothing while all is well', () => {
    expect(spellStatusText({ kind: 'ready' }, null, t)).toBeNull();
    expect(spellStatusText({ kind: 'loading' }, null, t)).toBeNull();
  });

  it('says in Ukrainian why spellcheck does not work', () => {
    expect(
      spellStatusText({ kind: 'error', message: 'файл словника uk_UA.dic не завантажився (HTTP 404)' }, null, t),
    ).toBe('Перевірка правопису не працює: файл словника uk_UA.dic не завантажився (HTTP 404)');
  });

  it('names the word that was not saved, and a full dictionary', () => {
    expect(
      spellStatusText({ kind: 'ready' }, { kind: 'word-not-saved', word: 'Віткофф', reason: 'диск повний' }, t),
    ).toBe('Слово «Віткофф» не збережено в особистому словнику (у цьому сеансі його не підкреслено): диск повний');
    expect(spellStatusText({ kind: 'ready' }, { kind: 'dictionary-full' }, t)).toContain('5000 слів');
  });
});

describe('SpellStatusLine', () => {
  it('shows a message right after the editor and hides it when dismissed', () => {
    const parent = document.createElement('div');
    const editor = document.createElement('div');
    parent.append(editor);
    document.body.append(parent);
    const line = new SpellStatusLine(editor, t);
    line.show('Перевірка правопису не працює: тест');
    const status = editor.nextElementSibling;
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('Перевірка правопису не працює: тест');
    (status?.querySelector('button') as HTMLButtonElement).click();
    expect(editor.nextElementSibling).toBeNull();
    line.show('Перевірка правопису не працює: тест');
    expect(editor.nextElementSibling).toBeNull();
    line.show('Інше повідомлення');
    expect(editor.nextElementSibling?.textContent).toContain('Інше повідомлення');
  });
});
