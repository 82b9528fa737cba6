import { useId, useRef, useState } from 'react';
import type { ArticleStatus } from '../../../shared/domain/article';
import type { Role } from '../../../shared/settings/schema';
import { allowedTransitions } from '../../../shared/workflow/status-machine';
import { noteRequired, stepOf } from '../../../shared/workflow/steps';
import { useI18n } from '../i18n/i18n';

interface Props {
  status: ArticleStatus;
  role: Role;
  /**
   * Takes the step; resolves once it is written (false: a dialog took it over, nothing is done yet), rejects
   * with the service's error (worded here).
   */
  onStep(to: ArticleStatus, note: string): Promise<boolean>;
}

/**
 * The open article's status in words and the steps this role may take from it (the service checks them
 * again). One note field serves every step: it is required to return an article, optional otherwise.
 */
export function WorkflowBar({ status, role, onStep }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const steps = allowedTransitions(role, status);

  const take = async (to: ArticleStatus) => {
    if (noteRequired(to) && note.trim() === '') {
      setError(t('workflow.error.noteRequired'));
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      if (!(await onStep(to, note))) return;
      setNote('');
      setDone(t('workflow.done', { status: t(`status.${to}`) }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="workflow-bar" aria-label={t('workflow.region')}>
      <p className="workflow-status" data-status={status}>
        {t('workflow.status', { status: t(`status.${status}`) })}
      </p>
      {steps.length > 0 ? (
        <>
          <div className="workflow-note">
            <label htmlFor={`${id}-note`}>{t('workflow.note.label')}</label>
            <textarea
              id={`${id}-note`}
              ref={noteRef}
              rows={2}
              maxLength={20000}
              value={note}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setNote(event.target.value)}
            />
            <span id={`${id}-hint`} className="hint">
              {t('workflow.note.hint')}
            </span>
          </div>
          <div className="workflow-steps">
            {steps.map((to) => {
              const step = stepOf(status, to);
              return step ? (
                <button key={to} type="button" disabled={busy} onClick={() => void take(to)}>
                  {t(`workflow.step.${step}`)}
                </button>
              ) : null;
            })}
          </div>
        </>
      ) : (
        <p className="workflow-none">{t('workflow.noSteps')}</p>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="workflow-done">
        {done}
      </p>
    </section>
  );
}
