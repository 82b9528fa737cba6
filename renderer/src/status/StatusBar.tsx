import { useSyncExternalStore } from 'react';
import { formatCount, pluralCategory, useI18n } from '../i18n/i18n';
import type { SaveState } from '../editor/autosave';
import type { StatusStore } from './status-store';

interface Props {
  store: StatusStore;
  host: 'electron' | 'browser';
  onRetrySave(): void;
}

/** Save state and counters; subscribed to its own store so typing re-renders only this bar. */
export function StatusBar({ store, host, onRetrySave }: Props) {
  const { t, language } = useI18n();
  const { save, counts } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  return (
    <>
      <span className="save-state" role="status" aria-live="polite" data-state={save?.kind ?? 'none'}>
        {describeSave(save, t, language)}
        {save?.kind === 'error' ? (
          <button type="button" className="link-button" onClick={onRetrySave}>
            {t('save.retry')}
          </button>
        ) : null}
      </span>
      {counts ? (
        <span className="counts">
          <span>
            {t('stats.words', {
              count: formatCount(language, counts.words),
              words: t(`stats.wordForms.${pluralCategory(language, counts.words)}`),
            })}
          </span>
          <span>
            {t('stats.chars', {
              count: formatCount(language, counts.characters),
              chars: t(`stats.charForms.${pluralCategory(language, counts.characters)}`),
            })}
          </span>
        </span>
      ) : null}
      <span className="host-mode">{t(host === 'electron' ? 'stats.mode.electron' : 'stats.mode.browser')}</span>
    </>
  );
}

function describeSave(save: SaveState | null, t: ReturnType<typeof useI18n>['t'], language: string): string {
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
        time: new Intl.DateTimeFormat(language === 'uk' ? 'uk-UA' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/Kyiv',
        }).format(new Date(save.at)),
      });
    case 'error':
    case 'conflict':
      return t('save.failed', { message: save.error.message });
  }
}
