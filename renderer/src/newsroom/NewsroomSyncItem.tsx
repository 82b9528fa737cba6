import { memo } from 'react';
import type { SyncState } from '../../../shared/newsroom/newsroom-link';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { describeSync } from './sync-words';
import './newsroom.css';

interface Props {
  /** The state to show (null: not known yet); nothing is said for a library with no server. */
  state: SyncState | null;
  /** «Потрібен новий токен» leads to the settings' «Редакція», where the person can act on it. */
  onOpenSettings(): void;
  /** «Є розбіжності» lists the articles that differ (NewsroomConflictsDialog). */
  onShowConflicts(): void;
}

/**
 * The status bar's word on the exchange with the newsroom server. A polite live region that is always there,
 * so a change is announced without interrupting; its width is fixed, so nothing beside it moves. Memoized: the
 * status bar draws again on every keystroke (the counters), this item only when its state changes.
 */
export const NewsroomSyncItem = memo(function NewsroomSyncItem({ state, onOpenSettings, onShowConflicts }: Props) {
  const { t, language } = useI18n();
  const dates = useDates();
  const words = state ? describeSync(state, t, language, dates.dateTime) : null;
  const linked = words !== null && words.text !== '';
  return (
    <span
      className="newsroom-sync"
      role="status"
      aria-live="polite"
      data-linked={linked}
      data-kind={state?.kind ?? 'unknown'}
      data-attention={words?.attention ?? false}
    >
      {!linked ? null : state?.kind === 'unauthorized' || state?.kind === 'conflict' ? (
        <button
          type="button"
          className="link-button"
          title={words.title ?? undefined}
          aria-haspopup="dialog"
          onClick={state.kind === 'conflict' ? onShowConflicts : onOpenSettings}
        >
          {words.text}
        </button>
      ) : (
        <span title={words.title ?? words.text}>{words.text}</span>
      )}
    </span>
  );
});
