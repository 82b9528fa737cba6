import { useI18n } from '../i18n/i18n';
import { useUpdates } from './use-updates';
import './updates.css';

/**
 * The status bar's word on updates: nothing at all until an update is downloaded, then a quiet button that
 * opens the settings' «Оновлення», where the person may choose to restart now. Nothing restarts by itself.
 */
export function UpdateStatusItem({ onOpen }: { onOpen(): void }) {
  const { t } = useI18n();
  const [view] = useUpdates();
  const state = view.kind === 'ready' ? view.status.state : null;
  return (
    <span className="update-status" role="status" aria-live="polite">
      {state?.kind === 'ready' ? (
        <button type="button" className="link-button" onClick={onOpen}>
          {t('updates.statusReady', { version: state.version })}
        </button>
      ) : null}
    </span>
  );
}
