import type { Translate } from '../../../shared/i18n/translate';
import type { UpdateState } from '../../../shared/updates/update-status';

/** The state of the app's updates in a sentence. */
export function describeUpdateState(state: UpdateState, t: Translate): string {
  switch (state.kind) {
    case 'idle':
      return t('updates.state.idle');
    case 'checking':
      return t('updates.state.checking');
    case 'available':
      return t('updates.state.available', { version: state.version });
    case 'downloading':
      return t('updates.state.downloading', { version: state.version, percent: String(state.percent) });
    case 'ready':
      return t(state.installFailed ? 'updates.state.readyInstallFailed' : 'updates.state.ready', {
        version: state.version,
      });
    case 'up-to-date':
      return t('updates.state.upToDate');
    case 'error':
      return t(`updates.error.${state.code}`);
    case 'disabled':
      return t(state.by === 'administrator' ? 'updates.state.disabledByAdministrator' : 'updates.state.disabled');
    case 'unsupported':
      return t(state.reason === 'browser' ? 'updates.state.browser' : 'updates.state.development');
  }
}
