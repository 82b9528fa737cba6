import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { describeJoinProgress } from '../../../renderer/src/newsroom/join-progress';
import type { JoinProgress } from '../../../shared/newsroom/newsroom-link';

const uk = (progress: JoinProgress) => describeJoinProgress(progress, createTranslator('uk'), 'uk');

describe('describeJoinProgress', () => {
  it('connecting: words and an indeterminate bar', () => {
    expect(uk({ phase: 'connecting', loaded: 0, total: null })).toEqual({
      text: 'З’єднання із сервером редакції…',
      value: null,
      max: null,
    });
  });

  it('receiving counts what the server sends, of its total once it is known', () => {
    expect(uk({ phase: 'receiving', loaded: 120, total: null })).toEqual({
      text: 'Отримання матеріалів із сервера: 120',
      value: null,
      max: null,
    });
    expect(uk({ phase: 'receiving', loaded: 1500, total: 3400 })).toEqual({
      text: 'Отримання матеріалів із сервера: 1\u00A0500 з 3\u00A0400',
      value: 1500,
      max: 3400,
    });
  });

  it('writing counts the articles written into the folder', () => {
    expect(uk({ phase: 'writing', loaded: 3, total: 12 })).toEqual({
      text: 'Запис статей у бібліотеку: 3 з 12',
      value: 3,
      max: 12,
    });
  });

  it('a count past its total shows the total; a total of zero is no total', () => {
    expect(uk({ phase: 'receiving', loaded: 11, total: 10 })).toMatchObject({ value: 10, max: 10 });
    expect(uk({ phase: 'receiving', loaded: 4, total: 0 })).toMatchObject({ value: null, max: null });
  });

  it('in English too', () => {
    expect(describeJoinProgress({ phase: 'writing', loaded: 1, total: 2 }, createTranslator('en'), 'en').text).toBe(
      'Writing articles to the library: 1 of 2',
    );
  });
});
