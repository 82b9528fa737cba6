import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { describeJoinProgress } from '../../../renderer/src/newsroom/join-progress';
import type { JoinProgress } from '../../../shared/newsroom/newsroom-link';

type Counts = Pick<JoinProgress, 'phase' | 'loaded' | 'total'> & Partial<JoinProgress>;
const full = (progress: Counts): JoinProgress => ({ bytes: null, estimatedBytes: null, ...progress });
const uk = (progress: Counts) => describeJoinProgress(full(progress), createTranslator('uk'), 'uk');

describe('describeJoinProgress', () => {
  it('connecting: words and an indeterminate bar', () => {
    expect(uk({ phase: 'connecting', loaded: 0, total: null })).toEqual({
      text: 'З’єднання із сервером редакції…',
      value: null,
      max: null,
      detail: null,
    });
  });

  it('receiving counts what the server sends, of its total once it is known', () => {
    expect(uk({ phase: 'receiving', loaded: 120, total: null })).toEqual({
      text: 'Отримання матеріалів із сервера: 120',
      value: null,
      max: null,
      detail: null,
    });
    expect(uk({ phase: 'receiving', loaded: 1500, total: 3400 })).toEqual({
      text: 'Отримання матеріалів із сервера: 1\u00A0500 з 3\u00A0400',
      value: 1500,
      max: 3400,
      detail: null,
    });
  });

  it('writing counts the articles written into the folder', () => {
    expect(uk({ phase: 'writing', loaded: 3, total: 12 })).toEqual({
      text: 'Запис статей у бібліотеку: 3 з 12',
      value: 3,
      max: 12,
      detail: null,
    });
  });

  it('a count past its total shows the total; a total of zero is no total', () => {
    expect(uk({ phase: 'receiving', loaded: 11, total: 10 })).toMatchObject({ value: 10, max: 10 });
    expect(uk({ phase: 'receiving', loaded: 4, total: 0 })).toMatchObject({ value: null, max: null });
  });

  it('says how big the newsroom is before anything arrives, then how much of it arrived', () => {
    expect(uk({ phase: 'connecting', loaded: 0, total: null, estimatedBytes: 152_400_000 }).detail).toBe(
      'Обсяг редакції — близько 152 МБ.',
    );
    expect(
      uk({ phase: 'receiving', loaded: 10, total: 20, bytes: 3_250_000, estimatedBytes: 152_400_000 }).detail,
    ).toBe('отримано 3,3 МБ із приблизно 152 МБ');
    expect(uk({ phase: 'receiving', loaded: 10, total: 20, bytes: 1_200 }).detail).toBe('отримано 0,1 МБ');
    expect(uk({ phase: 'receiving', loaded: 1, total: 2, bytes: 0 }).detail).toBe('отримано 0 МБ');
  });

  it('after a lost connection, counts the attempts with an indeterminate bar', () => {
    expect(uk({ phase: 'reconnecting', loaded: 2, total: 4, bytes: 5_000_000 })).toEqual({
      text: 'З’єднання перервалося. Нова спроба 2 з 4…',
      value: null,
      max: null,
      detail: 'отримано 5 МБ',
    });
  });

  it('in English too', () => {
    expect(
      describeJoinProgress(full({ phase: 'writing', loaded: 1, total: 2 }), createTranslator('en'), 'en').text,
    ).toBe('Writing articles to the library: 1 of 2');
    const en = describeJoinProgress(
      full({ phase: 'receiving', loaded: 1, total: 2, bytes: 12_500_000, estimatedBytes: 40_000_000 }),
      createTranslator('en'),
      'en',
    );
    expect(en.detail).toBe('13 MB of about 40 MB received');
  });
});
