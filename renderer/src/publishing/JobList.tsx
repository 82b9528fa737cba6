import { useState } from 'react';
import type { OutboxJobView as PublishJobView } from '../../../shared/publishing/outbox/outbox-job';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { canCancel, canMarkSent, canRetry } from '../../../shared/publishing/outbox/outbox-job';
import { jobChangedAt, jobReason, jobStateText, jobUrl } from './job-words';

interface Props {
  jobs: readonly PublishJobView[];
  /** Shows each job's headline (the whole outbox); an article's own list leaves it out. */
  withHeadline: boolean;
  /** The editor may act on jobs (retry, mark as sent, cancel); a journalist only reads. */
  canAct: boolean;
  onChanged(job: PublishJobView): void;
  /** Opens the job's article; absent: no link (the article's own list). */
  onOpenArticle?: (id: string) => void;
}

/**
 * Publishing jobs, newest first: where each went or why not, and what a person can do about it. A job whose
 * outcome is unknown says so plainly and offers both ways out: send again, or count it as sent.
 */
export function JobList({ jobs, withHeadline, canAct, onChanged, onOpenArticle }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (job: PublishJobView, method: 'publishing.retry' | 'publishing.markSent' | 'publishing.cancel') => {
    setBusy(job.id);
    setError(null);
    try {
      onChanged(await api.invoke(method, { jobId: job.id }));
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <ul className="publish-jobs">
        {jobs.map((job) => {
          const url = jobUrl(job);
          const reason = jobReason(job);
          return (
            <li key={job.id} data-state={job.state.kind} data-target={job.target}>
              <div className="publish-job-line">
                <strong>{t(`publish.target.${job.target}`)}</strong>
                {job.action === 'withdraw' ? <span className="hint"> {t('publish.ui.withdrawal')}</span> : null}
                {' · '}
                <span className="publish-job-state">{jobStateText(job, t, dates.dateTime)}</span>
                <span className="hint"> · {dates.dateTime(jobChangedAt(job))}</span>
              </div>
              {withHeadline ? (
                onOpenArticle ? (
                  <button type="button" className="link-button" onClick={() => onOpenArticle(job.articleId)}>
                    {job.headline || t('library.untitled')}
                  </button>
                ) : (
                  <div>{job.headline || t('library.untitled')}</div>
                )
              ) : null}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url}
                </a>
              ) : null}
              {reason ? <p className="publish-job-reason">{t.message(reason)}</p> : null}
              {canAct ? (
                <div className="publish-job-actions">
                  {canRetry(job.state) ? (
                    <button type="button" disabled={busy === job.id} onClick={() => void act(job, 'publishing.retry')}>
                      {t(job.state.kind === 'unknown' ? 'publish.ui.sendAgain' : 'publish.ui.retry')}
                    </button>
                  ) : null}
                  {canMarkSent(job.state) ? (
                    <button
                      type="button"
                      disabled={busy === job.id}
                      onClick={() => void act(job, 'publishing.markSent')}
                    >
                      {t('publish.ui.markSent')}
                    </button>
                  ) : null}
                  {canCancel(job.state) ? (
                    <button type="button" disabled={busy === job.id} onClick={() => void act(job, 'publishing.cancel')}>
                      {t('publish.ui.cancelJob')}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
