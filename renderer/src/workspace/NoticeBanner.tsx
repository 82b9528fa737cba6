import { useI18n } from '../i18n/i18n';

interface Props {
  notice: string | null;
  onDismiss(): void;
}

/** What happened to the article without the journalist asking (reloaded, restored, vanished), until dismissed. */
export function NoticeBanner({ notice, onDismiss }: Props) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="banner info" role="status">
      <span>{notice}</span>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
