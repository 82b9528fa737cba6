import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { describeSync, holdsBack } from '../../../renderer/src/newsroom/sync-words';
import { formatDateTime } from '../../../shared/text/dates';
import { REFUSAL_CODES, type SyncState } from '../../../shared/newsroom/newsroom-link';
import type { UiLanguage } from '../../../shared/settings/schema';

const state = (kind: SyncState['kind'], extra: Partial<SyncState> = {}): SyncState => ({
  kind,
  pending: 0,
  lastSyncedAt: null,
  ...extra,
});

function words(sync: SyncState, language: UiLanguage = 'uk') {
  return describeSync(sync, createTranslator(language), language, (iso) =>
    formatDateTime(iso, { language, style: 'standard' }),
  );
}

/** Words a newsroom's people must never read in the app (DESIGN §5). */
const GIT_WORDS = /гілк|коміт|push|пуш|merge|мердж|branch|commit|\bref\b|git/i;

describe('describeSync', () => {
  it('says nothing for a library with no server', () => {
    expect(words(state('unlinked'))).toEqual({ text: '', title: null, attention: false });
  });

  it('synced, with the time of the last exchange on hover (Kyiv’s clock)', () => {
    expect(words(state('synced', { lastSyncedAt: '2025-12-19T18:44:00Z' }))).toEqual({
      text: 'Синхронізовано',
      title: 'Синхронізовано: 19 грудня 2025 року, 20:44',
      attention: false,
    });
    expect(words(state('synced')).title).toBeNull();
  });

  it('waiting for the network counts the changes kept here, in the right plural form', () => {
    expect(words(state('offline')).text).toBe('Очікує мережі');
    expect(words(state('offline', { pending: 1 })).text).toBe('Очікує мережі · 1 зміна');
    expect(words(state('offline', { pending: 3 })).text).toBe('Очікує мережі · 3 зміни');
    expect(words(state('offline', { pending: 12 })).text).toBe('Очікує мережі · 12 змін');
    expect(words(state('offline', { pending: 1200 })).text).toBe('Очікує мережі · 1\u00A0200 змін');
    expect(words(state('offline', { pending: 2 }), 'en').text).toBe('Waiting for the network · 2 changes');
  });

  it('a refusal gives the server’s reason in words; a missing reason reads as the general one', () => {
    expect(words(state('rejected', { refusal: 'desk-editors-only' }))).toEqual({
      text: 'Сервер відхилив: схвалені статті може змінювати лише редактор',
      title: null,
      attention: true,
    });
    expect(words(state('rejected')).text).toBe('Сервер відхилив: сервер відхилив зміни');
  });

  it('a token the server no longer takes, and versions that did not combine, ask for attention', () => {
    expect(words(state('unauthorized'))).toMatchObject({ text: 'Потрібен новий токен', attention: true });
    expect(words(state('conflict'))).toMatchObject({ text: 'Є розбіжності', attention: true });
    expect(words(state('syncing'))).toEqual({ text: 'Синхронізація…', title: null, attention: false });
  });

  it('never uses Git’s words, in either language, in any state', () => {
    const states: SyncState[] = [
      ...(['synced', 'syncing', 'offline', 'unauthorized', 'conflict'] as const).map((kind) =>
        state(kind, { pending: 2, lastSyncedAt: '2025-12-19T18:44:00Z' }),
      ),
      ...REFUSAL_CODES.map((refusal) => state('rejected', { refusal })),
    ];
    for (const language of ['uk', 'en'] as const) {
      for (const sync of states) {
        const { text, title } = words(sync, language);
        expect(text).not.toBe('');
        expect(`${text} ${title ?? ''}`).not.toMatch(GIT_WORDS);
      }
    }
  });
});

describe('holdsBack', () => {
  it('holds back a background exchange after a settled state, so the bar does not flicker', () => {
    for (const kind of ['synced', 'offline', 'rejected', 'unauthorized', 'conflict'] as const) {
      expect(holdsBack(state(kind), state('syncing'))).toBe(true);
    }
  });

  it('shows at once: the first state, a settled state, and an exchange of a library just linked', () => {
    expect(holdsBack(null, state('syncing'))).toBe(false);
    expect(holdsBack(state('unlinked'), state('syncing'))).toBe(false);
    expect(holdsBack(state('syncing'), state('syncing'))).toBe(false);
    expect(holdsBack(state('syncing'), state('synced'))).toBe(false);
    expect(holdsBack(state('synced'), state('offline'))).toBe(false);
  });
});
