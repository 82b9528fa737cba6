import type { Message } from '../../../shared/i18n/message';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** Why the file cannot be read, as the service says it. */
  reason: Message;
  busy: boolean;
  onRestore(): void;
}

/**
 * The article's file became unreadable while it was open (another program wrote it badly): the text in the
 * window is the last sound version, and the journalist can write it back over the damaged file.
 */
export function DamagedFileBanner({ reason, busy, onRestore }: Props) {
  const { t } = useI18n();
  return (
    <section className="banner warning" role="alert" aria-label={t('damaged.title')}>
      <strong>{t('damaged.title')}</strong>
      <p>{t('damaged.body', { reason: t.message(reason) })}</p>
      <div className="banner-actions">
        <button type="button" className="primary" disabled={busy} onClick={onRestore}>
          {t('damaged.restore')}
        </button>
      </div>
    </section>
  );
}
