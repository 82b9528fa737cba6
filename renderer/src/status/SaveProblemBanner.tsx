import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n';
import { saveProblem } from './save-problem';
import type { StatusStore } from './status-store';

interface Props {
  store: StatusStore;
  onRetry(): void;
}

/**
 * A save that failed, in full, above the text: the status bar has room for one short line only, and a reason
 * with the backup's path would squeeze the counters. It goes by itself once a save goes through.
 */
export function SaveProblemBanner({ store, onRetry }: Props) {
  const { t } = useI18n();
  const problem = saveProblem(useSyncExternalStore(store.subscribe, store.getSnapshot));
  if (!problem) return null;
  const title = t(problem.kind === 'host-lost' ? 'saveProblem.hostLostTitle' : 'saveProblem.failedTitle');
  return (
    <section className="banner error save-problem" role="alert" aria-label={title}>
      <strong>{title}</strong>
      <p>{problem.kind === 'host-lost' ? t('saveProblem.hostLostBody') : t.message(problem.error.reason)}</p>
      {/* A lost host is saved to as soon as it is back (App): there is nothing to press meanwhile. */}
      {problem.kind === 'failed' ? (
        <div className="banner-actions">
          <button type="button" className="primary" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
