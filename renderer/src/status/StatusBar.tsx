import { useSyncExternalStore } from 'react';
import { formatCount, pluralCategory, useI18n } from '../i18n/i18n';
import { formatTime } from '../../../shared/text/dates';
import { readingMinutes } from '../../../shared/text/reading-time';
import type { UiLanguage } from '../../../shared/settings/schema';
import type { SyncState } from '../../../shared/newsroom/newsroom-link';
import { NewsroomSyncItem } from '../newsroom/NewsroomSyncItem';
import { PublishingStatusItem } from '../publishing/PublishingStatusItem';
import { UpdateStatusItem } from '../updates/UpdateStatusItem';
import type { PublishingJobs } from '../publishing/use-publishing-jobs';
import type { SaveState } from '../workspace/autosave';
import type { StatusStore } from './status-store';

interface Props {
  store: StatusStore;
  host: 'electron' | 'browser';
  /**
   * The exchange with the newsroom server, when the app follows it (null: not known yet); its item stays
   * empty for a library with no server. `onNewsroomSettings` opens the settings at «Редакція»;
   * `onShowConflicts` lists the articles that differ from a colleague's version.
   */
  newsroom?: { sync: SyncState | null; onNewsroomSettings(): void; onShowConflicts(): void };
  /** The outbox of this computer: how many jobs are on their way or need a person; `onOpen` lists them. */
  publishing?: { outbox: PublishingJobs; onOpen(): void };
  /** Shown only once an update is downloaded; `onOpen` opens the settings at «Оновлення». */
  updates?: { onOpen(): void };
}

/**
 * Save state and counters; subscribed to its own store so typing re-renders only this bar. The save state is
 * one line, cut short when long: a failure is told in full, with its «Зберегти ще раз», in a banner above
 * the text (SaveProblemBanner), and the counters always keep their room.
 */
export function StatusBar({ store, host, newsroom, publishing, updates }: Props) {
  const { t, language } = useI18n();
  const { save, counts, selection, hostLost } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const saveText = hostLost ? t('save.hostLost') : describeSave(save, t);

  return (
    <>
      <span
        className="save-state"
        role="status"
        aria-live="polite"
        data-state={save?.kind ?? 'none'}
        title={saveText || undefined}
      >
        {saveText}
      </span>
      {counts ? (
        <span className="counts" aria-label={t('stats.countsLabel')}>
          <span>{describeWords(counts.words, t, language)}</span>
          <span>{describeCharacters(counts.characters, t, language)}</span>
          {counts.words > 0 ? <span>{describeReading(counts.words, t, language)}</span> : null}
        </span>
      ) : null}
      {selection ? (
        <span className="selection-counts" aria-live="polite">
          {t('stats.selection', {
            words: describeWords(selection.words, t, language),
            chars: describeCharacters(selection.characters, t, language),
          })}
        </span>
      ) : null}
      {newsroom ? (
        <NewsroomSyncItem
          state={newsroom.sync}
          onOpenSettings={newsroom.onNewsroomSettings}
          onShowConflicts={newsroom.onShowConflicts}
        />
      ) : null}
      {publishing ? <PublishingStatusItem outbox={publishing.outbox} onOpen={publishing.onOpen} /> : null}
      {updates ? <UpdateStatusItem onOpen={updates.onOpen} /> : null}
      <span className="host-mode">{t(host === 'electron' ? 'stats.mode.electron' : 'stats.mode.browser')}</span>
    </>
  );
}

function describeSave(save: SaveState | null, t: ReturnType<typeof useI18n>['t']): string {
  switch (save?.kind) {
    case undefined:
    case 'clean':
      return save ? t('save.loaded') : '';
    case 'dirty':
      return t('save.unsaved');
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved', {
        // Newsroom time, as everywhere in the app: a correspondent abroad still reads Kyiv's clock.
        time: formatTime(save.at),
      });
    case 'error':
      // The browser-mode host stopped: plainly so, and that nothing typed is lost meanwhile (drafts/).
      if (save.error.code === 'host-unreachable') return t('save.hostLost');
      return t('save.failed', { message: save.error.reason });
    case 'conflict':
      return t('save.failed', { message: save.error.reason });
  }
}

type T = ReturnType<typeof useI18n>['t'];

function describeWords(words: number, t: T, language: UiLanguage): string {
  return t('stats.words', {
    count: formatCount(language, words),
    words: t(`stats.wordForms.${pluralCategory(language, words)}`),
  });
}

function describeCharacters(characters: number, t: T, language: UiLanguage): string {
  return t('stats.chars', {
    count: formatCount(language, characters),
    chars: t(`stats.charForms.${pluralCategory(language, characters)}`),
  });
}

function describeReading(words: number, t: T, language: UiLanguage): string {
  const minutes = readingMinutes(words);
  return t('stats.reading', {
    count: formatCount(language, minutes),
    minutes: t(`stats.minuteForms.${pluralCategory(language, minutes)}`),
  });
}
