import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import './publishing.css';
import { JobList } from './JobList';
import { usePublishingJobs } from './use-publishing-jobs';

/** The side panel's «Публікації»: where this article went from this computer, and what is still on its way. */
export function ArticlePublications({ articleId, canAct }: { articleId: string; canAct: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const outbox = usePublishingJobs(articleId);
  if (!outbox.jobs || outbox.jobs.length === 0) return null;
  return (
    <section className="article-publications" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('publish.ui.article.title')}</h2>
      <JobList jobs={outbox.jobs} withHeadline={false} canAct={canAct} onChanged={outbox.accept} />
    </section>
  );
}
