import { useEffect, useId, useRef, useState } from 'react';
import type { PublishingSetup, TargetKind } from '../../../shared/publishing/publishing-setup';
import { TARGET_KINDS } from '../../../shared/publishing/publishing-setup';
import type { OutboxJobView as PublishJobView } from '../../../shared/publishing/outbox/outbox-job';
import { kyivLocalInput, parseKyivLocalInput } from '../../../shared/text/kyiv-clock';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import './publishing.css';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { publishChecklist, type ChecklistInput } from './publish-checklist';

interface Props {
  articleId: string;
  /** The file the dialog's checks were made on; the publication names it, so a newer one is a conflict. */
  baseHash(): string;
  /** The article's own date, offered as the scheduled time when it is still ahead. */
  publishAt: string | null;
  /** What the checklist is made of, read when the dialog opens (changedSinceApproval is asked here). */
  checks: Omit<ChecklistInput, 'changedSinceApproval'>;
  /** Saves what is unsaved first: the publication applies to the text on screen. */
  beforePublish(): Promise<void>;
  onPublished(jobs: readonly PublishJobView[]): void;
  /** «Лише позначити як опубліковану»: the status only, for an outlet that publishes by other means. */
  onMarkOnly(scheduled: boolean): Promise<void>;
  onOpenSettings(): void;
  onClose(): void;
}

/**
 * «Опублікувати»: where to (the targets this computer is set up for), when (now, or a time on Kyiv's clock),
 * and what is not right yet. Every item of the checklist can be overridden, once, with a confirmation.
 */
export function PublishDialog(props: Props) {
  const { articleId, publishAt, checks, onClose } = props;
  const { t } = useI18n();
  const dates = useDates();
  const api = useApi();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [setup, setSetup] = useState<PublishingSetup | null>(null);
  const [changed, setChanged] = useState<boolean | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<TargetKind>>(new Set());
  // The moment the dialog opened: what is «in the future» here (the service checks the time again).
  const [openedAt] = useState(() => Date.now());
  const ahead = publishAt !== null && Date.parse(publishAt) > openedAt;
  const [later, setLater] = useState(ahead);
  const [time, setTime] = useState(ahead && publishAt ? kyivLocalInput(publishAt) : '');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    let live = true;
    Promise.all([api.invoke('publishing.get', {}), api.invoke('publishing.check', { id: articleId })]).then(
      ([answer, check]) => {
        if (!live) return;
        setSetup(answer);
        setChosen(new Set(answer.ready));
        setChanged(check.changedSinceApproval);
      },
      (caught: unknown) => {
        if (live) setError(describeError(t, caught));
      },
    );
    return () => {
      live = false;
    };
  }, [api, articleId, t]);

  const items = changed === null ? [] : publishChecklist({ ...checks, changedSinceApproval: changed });
  const when = later ? parseKyivLocalInput(time) : 'now';
  const laterInvalid = later && (when === null || Date.parse(when) <= openedAt);
  const ready = setup?.ready ?? [];
  const canPublish = setup !== null && chosen.size > 0 && !laterInvalid && (items.length === 0 || confirmed) && !busy;

  const toggle = (kind: TargetKind) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const publish = async () => {
    if (!canPublish || when === null) return;
    setBusy(true);
    setError(null);
    try {
      await props.beforePublish();
      const answer = await api.invoke('publishing.start', {
        id: articleId,
        baseHash: props.baseHash(),
        targets: TARGET_KINDS.filter((kind) => chosen.has(kind)),
        when,
        changedSinceApproval: changed === true && confirmed,
      });
      props.onPublished(answer.jobs);
      dialogRef.current?.close();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const markOnly = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onMarkOnly(later);
      dialogRef.current?.close();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog publish-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('publish.ui.dialog.title')}</h2>
      {setup === null && error === null ? <p className="hint">{t('publish.ui.dialog.loading')}</p> : null}
      {setup !== null ? (
        <>
          <fieldset>
            <legend>{t('publish.ui.dialog.targets')}</legend>
            {TARGET_KINDS.map((kind) => (
              <label key={kind} className="publish-target">
                <input
                  type="checkbox"
                  checked={chosen.has(kind)}
                  disabled={!ready.includes(kind)}
                  onChange={() => toggle(kind)}
                />
                {t(`publish.target.${kind}`)}
                {ready.includes(kind) ? null : <span className="hint"> {t('publish.ui.dialog.notSetUp')}</span>}
              </label>
            ))}
            {ready.length === 0 ? (
              <p className="hint">
                {t('publish.ui.dialog.noTargets')}{' '}
                <button type="button" className="link-button" onClick={props.onOpenSettings}>
                  {t('publish.ui.dialog.openSettings')}
                </button>
              </p>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>{t('publish.ui.dialog.when')}</legend>
            <label>
              <input type="radio" name={`${id}-when`} checked={!later} onChange={() => setLater(false)} />
              {t('publish.ui.dialog.now')}
            </label>
            <label>
              <input type="radio" name={`${id}-when`} checked={later} onChange={() => setLater(true)} />
              {t('publish.ui.dialog.later')}
            </label>
            {later ? (
              <div className="publish-time">
                <label htmlFor={`${id}-time`}>{t('publish.ui.dialog.time')}</label>
                <input
                  id={`${id}-time`}
                  type="datetime-local"
                  value={time}
                  aria-invalid={laterInvalid}
                  aria-describedby={`${id}-time-hint`}
                  onChange={(event) => setTime(event.target.value)}
                />
                <span id={`${id}-time-hint`} className="hint">
                  {when !== null && !laterInvalid
                    ? t('publish.ui.dialog.timeShown', { date: dates.dateTime(when) })
                    : t('publish.ui.dialog.timeInvalid')}
                </span>
              </div>
            ) : null}
          </fieldset>
          <section aria-labelledby={`${id}-checks`}>
            <h3 id={`${id}-checks`}>{t('publish.ui.dialog.checks')}</h3>
            {items.length === 0 ? (
              <p>{t('publish.ui.dialog.allClear')}</p>
            ) : (
              <>
                <ul className="publish-checklist">
                  {items.map((item) => (
                    <li key={item.code} data-severity={item.severity}>
                      <strong>
                        {t(item.severity === 'error' ? 'publish.ui.check.error' : 'publish.ui.check.warning')}
                      </strong>{' '}
                      {t.message(item.message)}
                    </li>
                  ))}
                </ul>
                <label>
                  <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
                  {t('publish.ui.dialog.override')}
                </label>
              </>
            )}
          </section>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!canPublish} onClick={() => void publish()}>
          {t(later ? 'publish.ui.dialog.schedule' : 'publish.ui.dialog.publish')}
        </button>
        <button type="button" disabled={busy || laterInvalid} onClick={() => void markOnly()}>
          {t('publish.ui.dialog.markOnly')}
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('publish.ui.dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
