import { useI18n } from '../i18n/i18n';
import { describeUpdateState } from './update-words';
import { useUpdates } from './use-updates';

/** «Про програму»'s line on updates: where the installed version's update stands, in one sentence. */
export function AboutUpdatesLine() {
  const { t } = useI18n();
  const [view] = useUpdates();
  if (view.kind !== 'ready') return null;
  return <p role="status">{describeUpdateState(view.status.state, t)}</p>;
}
