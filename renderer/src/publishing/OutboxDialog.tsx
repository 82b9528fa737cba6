import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import './publishing.css';
import { JobList } from './JobList';
import type { PublishingJobs } from './use-publishing-jobs';

interface Props {
  outbox: PublishingJobs;
  canAct: boolean;
  onOpenArticle(id: string): void;
  onClose(): void;
}

/** «Публікації»: every job of this computer's outbox, newest first. A real <dialog>: Esc closes it. */
export function OutboxDialog({ outbox, canAct, onOpenArticle, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
  }, []);

  const { jobs } = outbox;
  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog outbox-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('publish.ui.outbox.title')}</h2>
      <p id={`${id}-intro`}>{t('publish.ui.outbox.intro')}</p>
      <div role="status" aria-live="polite">
        {jobs === null ? <p className="hint">{t('publish.ui.outbox.loading')}</p> : null}
        {jobs !== null && jobs.length === 0 ? <p>{t('publish.ui.outbox.empty')}</p> : null}
      </div>
      {jobs && jobs.length > 0 ? (
        <JobList
          jobs={jobs}
          withHeadline
          canAct={canAct}
          onChanged={outbox.accept}
          onOpenArticle={(articleId) => {
            dialogRef.current?.close();
            onOpenArticle(articleId);
          }}
        />
      ) : null}
      <div className="dialog-actions">
        <button ref={closeRef} type="button" onClick={() => dialogRef.current?.close()}>
          {t('publish.ui.close')}
        </button>
      </div>
    </dialog>
  );
}
