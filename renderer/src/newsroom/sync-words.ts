import type { SyncState } from '../../../shared/newsroom/newsroom-link';
import type { UiLanguage } from '../../../shared/settings/schema';
import { formatCount, pluralCategory, type Translate } from '../i18n/i18n';

/** What the status bar and the settings say of the exchange with the newsroom server. */
export interface SyncWords {
  /** The short words on screen; '' for a library with no server. */
  text: string;
  /** The longer explanation on hover; null when the short words say it all. */
  title: string | null;
  /** Whether the person has something to do or to look at (drawn as a warning). */
  attention: boolean;
}

/**
 * The sync state in words. `dateTime` words the last exchange's time (the UI's date style, Kyiv's clock).
 * Git's own words never appear: the server "refused", there are "changes", "versions differ".
 */
export function describeSync(
  state: SyncState,
  t: Translate,
  language: UiLanguage,
  dateTime: (iso: string) => string,
): SyncWords {
  switch (state.kind) {
    case 'unlinked':
      return { text: '', title: null, attention: false };
    case 'synced':
      return {
        text: t('newsroom.ui.sync.synced'),
        title: state.lastSyncedAt ? t('newsroom.ui.sync.syncedAt', { when: dateTime(state.lastSyncedAt) }) : null,
        attention: false,
      };
    case 'syncing':
      return { text: t('newsroom.ui.sync.syncing'), title: null, attention: false };
    case 'offline':
      return {
        text:
          state.pending > 0
            ? t('newsroom.ui.sync.offlinePending', {
                count: formatCount(language, state.pending),
                changes: t(`newsroom.ui.sync.changeForms.${pluralCategory(language, state.pending)}`),
              })
            : t('newsroom.ui.sync.offline'),
        title: t('newsroom.ui.sync.offlineTitle'),
        attention: false,
      };
    case 'rejected':
      return {
        text: t('newsroom.ui.sync.rejected', { reason: t(`newsroom.refused.${state.refusal ?? 'other'}`) }),
        title: null,
        attention: true,
      };
    case 'unauthorized':
      return {
        text: t('newsroom.ui.sync.unauthorized'),
        title: t('newsroom.ui.sync.unauthorizedTitle'),
        attention: true,
      };
    case 'conflict':
      return { text: t('newsroom.ui.sync.conflict'), title: t('newsroom.ui.sync.conflictTitle'), attention: true };
  }
}

/**
 * Whether a state that just arrived waits before it is shown. Every background exchange (each few seconds)
 * passes through `syncing`: shown at once, the status bar would flicker and a screen reader would announce
 * it every time. So `syncing` after a settled state is held back for a moment, and shown only when the
 * exchange takes longer; a settled state is always shown at once.
 */
export function holdsBack(shown: SyncState | null, incoming: SyncState): boolean {
  return incoming.kind === 'syncing' && shown !== null && shown.kind !== 'unlinked' && shown.kind !== 'syncing';
}
