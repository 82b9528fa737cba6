import { useI18n } from '../i18n/i18n';
import type { StatusNoticeItem } from './use-status-notices';

interface Props {
  notices: readonly StatusNoticeItem[];
  onOpen(id: string): void;
  onDismiss(key: number): void;
}

/** «Стаття «…»: Повернуто» — a colleague moved one of the person's articles; open it or put the notice away. */
export function StatusNotices({ notices, onOpen, onDismiss }: Props) {
  const { t } = useI18n();
  return (
    <div className="status-notices" role="status">
      {notices.map((notice) => {
        const headline = notice.headline.trim() || t('library.untitled');
        return (
          <div className="status-notice" key={notice.key}>
            <p>{t('notice.status', { headline, status: t(`status.${notice.to}`) })}</p>
            <div className="status-notice-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onDismiss(notice.key);
                  onOpen(notice.id);
                }}
              >
                {t('notice.open')}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={t('notice.dismissLabel', { headline })}
                onClick={() => onDismiss(notice.key)}
              >
                {t('notice.dismiss')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
