import { useCallback, useEffect, useState } from 'react';
import type { OutboxJobView as PublishJobView } from '../../../shared/publishing/outbox/outbox-job';
import { useApi } from '../api/api-context';

export interface PublishingJobs {
  /** Newest first; null until the host answered. */
  jobs: PublishJobView[] | null;
  /** A job the page changed (retry, cancel…) or made: shown at once, before its event arrives. */
  accept(job: PublishJobView): void;
  reload(): Promise<void>;
}

/** Puts a job where it belongs in a newest-first list: replaced in place, or added on top. */
export function withJob(jobs: readonly PublishJobView[], job: PublishJobView): PublishJobView[] {
  const index = jobs.findIndex((known) => known.id === job.id);
  if (index === -1) return [job, ...jobs];
  const next = [...jobs];
  next[index] = job;
  return next;
}

/** The outbox's jobs (one article's, or all), read once and followed through `publishing.job`. */
export function usePublishingJobs(articleId?: string): PublishingJobs {
  const api = useApi();
  const [jobs, setJobs] = useState<PublishJobView[] | null>(null);

  const reload = useCallback(async () => {
    try {
      const answer = await api.invoke('publishing.jobs', articleId === undefined ? {} : { id: articleId });
      setJobs(answer.jobs);
    } catch {
      // A library that cannot be opened has no outbox to show: the page says why elsewhere.
      setJobs([]);
    }
  }, [api, articleId]);

  const accept = useCallback(
    (job: PublishJobView) => {
      if (articleId !== undefined && job.articleId !== articleId) return;
      setJobs((known) => withJob(known ?? [], job));
    },
    [articleId],
  );

  useEffect(() => {
    // reload() sets state only once its request answers, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    return api.on('publishing.job', accept);
  }, [api, reload, accept]);

  return { jobs, accept, reload };
}
