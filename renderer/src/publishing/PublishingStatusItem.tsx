import { formatCount, useI18n } from '../i18n/i18n';
import './publishing.css';
import { jobsNeedingAttention } from './job-words';
import type { PublishingJobs } from './use-publishing-jobs';

/**
 * The status bar's word on publishing: how many jobs are on their way and how many need a person. Nothing
 * while the outbox is empty or all of it went out; a button that opens «Публікації».
 */
export function PublishingStatusItem({ outbox, onOpen }: { outbox: PublishingJobs; onOpen(): void }) {
  const { t, language } = useI18n();
  const { active, attention } = jobsNeedingAttention(outbox.jobs ?? []);
  const text =
    attention > 0
      ? t('publish.ui.status.attention', { count: formatCount(language, attention) })
      : active > 0
        ? t('publish.ui.status.active', { count: formatCount(language, active) })
        : null;
  return (
    <span className="publishing-status" role="status" aria-live="polite">
      {text ? (
        <button type="button" className="link-button" data-attention={attention > 0} onClick={onOpen}>
          {text}
        </button>
      ) : null}
    </span>
  );
}
