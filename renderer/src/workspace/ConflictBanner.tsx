import { useI18n } from '../i18n/i18n';

interface Props {
  /** The article is open in another view of the app: that is where the other version most likely came from. */
  elsewhere: boolean;
  onCompare(): void;
  onTakeTheirs(): void;
  onKeepMine(): void;
}

/** The article changed on disk while this window held unsaved edits: the journalist chooses which to keep. */
export function ConflictBanner({ elsewhere, onCompare, onTakeTheirs, onKeepMine }: Props) {
  const { t } = useI18n();
  return (
    <div className="banner warning" role="alert">
      <strong>{t('conflict.title')}</strong>
      <p>{t(elsewhere ? 'conflict.bodyElsewhere' : 'conflict.body')}</p>
      <div className="banner-actions">
        <button type="button" onClick={onCompare}>
          {t('conflict.compare')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
