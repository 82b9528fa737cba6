import type { OutboxJobView } from '../../../shared/publishing/outbox/outbox-job';
import type { Translate } from '../i18n/i18n';

/** One line on where a job stands, for the outbox list and the article's «Публікації». */
export function jobStateText(job: OutboxJobView, t: Translate, time: (iso: string) => string): string {
  const { state } = job;
  switch (state.kind) {
    case 'waiting':
      if (state.why === 'offline') return t('publish.ui.state.offline');
      if (state.why === 'held') return t('publish.ui.state.held');
      if (state.why === 'scheduled' && job.when !== 'now')
        return t('publish.ui.state.scheduled', { time: time(job.when) });
      if (state.why === 'backoff' && state.nextTryAt)
        return t('publish.ui.state.backoff', { time: time(state.nextTryAt) });
      return t('publish.ui.state.queued');
    case 'sending':
      return t('publish.ui.state.sending');
    case 'sent':
      if (state.by === 'person') return t('publish.ui.state.markedSent');
      return t(job.action === 'withdraw' ? 'publish.ui.state.withdrawn' : 'publish.ui.state.sent');
    case 'failed':
      return t('publish.ui.state.failed');
    case 'unknown':
      return t('publish.ui.state.unknown');
    case 'cancelled':
      return t('publish.ui.state.cancelled');
  }
}

/** When the job last moved: its end, the start of its try, or its making while it waits. */
export function jobChangedAt(job: OutboxJobView): string {
  const { state } = job;
  if (state.kind === 'sending') return state.since;
  if (state.kind === 'waiting') return job.createdAt;
  return state.at;
}

/** The reason a person reads beside a job: why it failed or is unknown, or why the last try did not go. */
export function jobReason(job: OutboxJobView): OutboxJobView['lastReason'] {
  const { state } = job;
  if (state.kind === 'failed' || state.kind === 'unknown') return state.reason;
  return state.kind === 'waiting' ? job.lastReason : null;
}

/** Where a sent publication can be seen. */
export function jobUrl(job: OutboxJobView): string | null {
  return job.state.kind === 'sent' && job.action === 'publish' ? (job.state.record?.url ?? null) : null;
}

/** Jobs a person should look at: those on their way, and those that ended without going out. */
export function jobsNeedingAttention(jobs: readonly OutboxJobView[]): { active: number; attention: number } {
  let active = 0;
  let attention = 0;
  for (const { state } of jobs) {
    if (state.kind === 'waiting' || state.kind === 'sending') active += 1;
    if (state.kind === 'failed' || state.kind === 'unknown') attention += 1;
  }
  return { active, attention };
}
