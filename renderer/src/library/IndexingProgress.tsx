import { useId } from 'react';
import { formatCount, useI18n } from '../i18n/i18n';

/** Shown while the index is built or checked; the list fills in meanwhile. */
export function IndexingProgress({ done, total }: { done: number; total: number }) {
  const { t, language } = useI18n();
  const id = useId();
  return (
    <div className="indexing">
      <p id={id}>{t('library.indexing', { done: formatCount(language, done), total: formatCount(language, total) })}</p>
      <progress aria-labelledby={id} value={done} max={Math.max(total, 1)} />
    </div>
  );
}
