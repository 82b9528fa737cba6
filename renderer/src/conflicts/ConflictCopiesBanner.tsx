import type { ConflictCopy } from '../../../shared/api/contract';
import { useI18n } from '../i18n/i18n';

interface Props {
  copies: ConflictCopy[];
  busy: boolean;
  onCompare(copy: ConflictCopy): void;
  onKeepCurrent(copy: ConflictCopy): void;
  onTakeCopy(copy: ConflictCopy): void;
}

/** Conflict copies a sync tool left beside the article, each with the journalist's three choices. */
export function ConflictCopiesBanner({ copies, busy, onCompare, onKeepCurrent, onTakeCopy }: Props) {
  const { t } = useI18n();
  if (copies.length === 0) return null;
  return (
    <section className="banner warning copies" role="alert" aria-label={t('copies.title')}>
      <strong>{t('copies.title')}</strong>
      <p>{t('copies.body')}</p>
      <ul>
        {copies.map((copy) => (
          <li key={copy.fileName}>
            <span className="copy-description">{t.message(copy.description)}</span>
            {copy.article ? (
              <span className="banner-actions">
                <button type="button" disabled={busy} onClick={() => onCompare(copy)}>
                  {t('conflict.compare')}
                </button>
                <button type="button" disabled={busy} onClick={() => onKeepCurrent(copy)}>
                  {t('copies.keepCurrent')}
                </button>
                <button type="button" disabled={busy} onClick={() => onTakeCopy(copy)}>
                  {t('copies.takeCopy')}
                </button>
              </span>
            ) : (
              <span className="hint">
                {t('copies.damaged', { reason: copy.reason ?? '' })}{' '}
                <button type="button" disabled={busy} onClick={() => onKeepCurrent(copy)}>
                  {t('copies.keepCurrent')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
