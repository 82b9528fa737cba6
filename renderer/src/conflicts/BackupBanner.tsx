import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';

interface Props {
  savedAt: string;
  onRestore(): void;
  onCompare(): void;
  onDiscard(): void;
}

/** Edits that could not reach the library earlier and wait in the app's backup folder. */
export function BackupBanner({ savedAt, onRestore, onCompare, onDiscard }: Props) {
  const { t } = useI18n();
  const time = useDates().dateTime(savedAt);
  return (
    <section className="banner warning" role="alert" aria-label={t('backup.title', { time })}>
      <strong>{t('backup.title', { time })}</strong>
      <p>{t('backup.body')}</p>
      <div className="banner-actions">
        <button type="button" className="primary" onClick={onRestore}>
          {t('backup.restore')}
        </button>
        <button type="button" onClick={onCompare}>
          {t('conflict.compare')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('backup.discard')}
        </button>
      </div>
    </section>
  );
}
