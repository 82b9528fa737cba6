import { beforeAll, describe, expect, it } from 'vitest';
import {
  fieldMisspellings,
  fieldSegments,
  leavesWordUnfinished,
  misspellingAt,
  unknownFieldKeys,
} from '../../../../../renderer/src/editor/features/spellcheck/field-spelling';
import type { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { SpellService } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import { loadUkChecker } from './uk-dictionary';

let hunspell: HunspellChecker;
let service: SpellService;

beforeAll(async () => {
  hunspell = await loadUkChecker();
  service = new SpellService(hunspell);
}, 60_000);

const HEADLINE = 'Уряд і пареговори: Київ готує «безпекку» на вул. Хрещатик';

describe('field spelling: the headline and lead, word by word', () => {
  it('asks only about words not judged yet, each once, and none of the skipped ones', async () => {
    const fresh = new SpellService(hunspell);
    const keys = unknownFieldKeys(`${HEADLINE} Уряд`, fresh);
    expect(keys.filter((key) => key === 'Уряд')).toHaveLength(1);
    expect(keys).not.toContain('вул');
    await fresh.resolve(keys);
    expect(unknownFieldKeys(HEADLINE, fresh)).toEqual([]);
  });

  it('finds the misspelled words with their places; the word being typed is left alone', async () => {
    await service.resolve(unknownFieldKeys(HEADLINE, service));
    const words = fieldMisspellings(HEADLINE, service).map((t) => HEADLINE.slice(t.from, t.to));
    expect(words).toEqual(['пареговори', 'безпекку']);

    const typing = 'Уряд і пареговори';
    await service.resolve(unknownFieldKeys(typing, service));
    expect(fieldMisspellings(typing, service, typing.length)).toEqual([]);
    expect(fieldMisspellings(typing, service, null)).toHaveLength(1);
  });

  it('«Пропустити» takes a word out of the marks', async () => {
    const text = 'Депутати ухвалили безпекку';
    const own = new SpellService(hunspell);
    await own.resolve(unknownFieldKeys(text, own));
    const [token] = fieldMisspellings(text, own);
    expect(token && text.slice(token.from, token.to)).toBe('безпекку');
    own.ignore(token?.key ?? '');
    expect(fieldMisspellings(text, own)).toEqual([]);
  });

  it('the word at the caret: anywhere in it or right after it', async () => {
    await service.resolve(unknownFieldKeys(HEADLINE, service));
    const list = fieldMisspellings(HEADLINE, service);
    const start = HEADLINE.indexOf('пареговори');
    expect(misspellingAt(list, start)?.from).toBe(start);
    expect(misspellingAt(list, start + 'пареговори'.length)?.from).toBe(start);
    expect(misspellingAt(list, 0)).toBeUndefined();
  });

  it('cuts the text into parts that give it back whole, misspelled ones marked', async () => {
    await service.resolve(unknownFieldKeys(HEADLINE, service));
    const segments = fieldSegments(HEADLINE, fieldMisspellings(HEADLINE, service));
    expect(segments.map((s) => s.text).join('')).toBe(HEADLINE);
    expect(segments.filter((s) => s.mark === 'error').map((s) => s.text)).toEqual(['пареговори', 'безпекку']);
    for (const segment of segments)
      expect(HEADLINE.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
    expect(fieldSegments('', [])).toEqual([]);
  });

  it('typing and deleting leave the word at the caret unfinished; an undo, a paste or a replacement does not', () => {
    for (const typing of [
      'insertText',
      'insertCompositionText',
      'deleteContentBackward',
      'deleteWordBackward',
      undefined,
    ])
      expect(leavesWordUnfinished(typing)).toBe(true);
    for (const whole of ['historyUndo', 'historyRedo', 'insertFromPaste', 'insertFromDrop', 'insertReplacementText'])
      expect(leavesWordUnfinished(whole)).toBe(false);
  });
});
