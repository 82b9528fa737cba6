import { useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { ConfirmDialog } from '../library/ConfirmDialog';
import type { NewsroomView } from './use-newsroom';
import { NewTokenField } from './NewTokenField';
import { describeSync } from './sync-words';
import './newsroom.css';

interface Props {
  newsroom: NewsroomView;
  /** The open library's folder: unlinking leaves its files there. */
  libraryPath: string;
  onJoin(): void;
}

/**
 * «Редакція» in the settings: for a plain library, what a newsroom server gives and the way to join one; for a
 * linked one, the server, the login, the state in words, «Синхронізувати зараз» and «Від’єднати бібліотеку».
 */
export function NewsroomSettings({ newsroom, libraryPath, onJoin }: Props) {
  const api = useApi();
  const { t, language } = useI18n();
  const dates = useDates();
  const sectionRef = useRef<HTMLFieldSetElement>(null);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { status, shown, settled, accept } = newsroom;

  const run = async (method: 'newsroom.syncNow' | 'newsroom.leave') => {
    setBusy(true);
    setError(null);
    try {
      accept(await api.invoke(method, {}));
      // Unlinked, the section shows the way to join again: the focus stays in it rather than falling out.
      if (method === 'newsroom.leave') sectionRef.current?.focus();
    } catch (caught) {
      setError(
        method === 'newsroom.syncNow'
          ? t('newsroom.ui.syncFailed', { reason: describeError(t, caught) })
          : describeError(t, caught),
      );
    } finally {
      setBusy(false);
    }
  };

  const link = status?.link ?? null;
  // The words follow the state as the status bar shows it; the new-token field stays while the last exchange
  // ended refused, so the background exchanges in between do not take it away under the person's typing.
  const words = shown ? describeSync(shown, t, language, dates.dateTime) : null;
  const needsToken = settled?.kind === 'unauthorized';

  return (
    // Focusable as a whole: the dialog opens on it for the status bar's «Потрібен новий токен».
    <fieldset ref={sectionRef} className="newsroom-settings" data-section="newsroom" tabIndex={-1}>
      <legend>{t('newsroom.ui.section')}</legend>
      {status === null ? null : link === null ? (
        <>
          <p>{t('newsroom.ui.unlinkedIntro')}</p>
          <button type="button" onClick={onJoin}>
            {t('newsroom.ui.join')}
          </button>
        </>
      ) : (
        <>
          <dl className="newsroom-link">
            <dt>{t('newsroom.ui.server')}</dt>
            <dd>{link.url}</dd>
            <dt>{t('newsroom.ui.login')}</dt>
            <dd>{link.login}</dd>
            <dt>{t('newsroom.ui.state')}</dt>
            <dd data-kind={shown?.kind} title={words?.title ?? undefined}>
              {words?.text}
            </dd>
          </dl>
          {needsToken ? (
            <>
              <p className="newsroom-warning">{t('newsroom.ui.unauthorizedHint')}</p>
              <NewTokenField
                login={link.login}
                onUpdated={(next) => {
                  accept(next);
                  if (next.sync.kind !== 'unauthorized') sectionRef.current?.focus();
                }}
              />
            </>
          ) : null}
          {link.deskGuarded === false ? (
            <p className="newsroom-warning">{t('newsroom.ui.deskUnguarded')}</p>
          ) : link.deskGuarded ? (
            <p className="hint">{t('newsroom.ui.deskGuarded')}</p>
          ) : null}
          {link.secretProtection === 'file' ? <p className="hint">{t('newsroom.ui.tokenInFileLinked')}</p> : null}
          <div className="newsroom-actions">
            <button type="button" disabled={busy} onClick={() => void run('newsroom.syncNow')}>
              {t('newsroom.ui.syncNow')}
            </button>
            <button ref={leaveRef} type="button" disabled={busy} onClick={() => setConfirming(true)}>
              {t('newsroom.ui.leave')}
            </button>
          </div>
        </>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('newsroom.ui.leaveTitle')}
          body={t('newsroom.ui.leaveBody', { path: libraryPath })}
          confirmLabel={t('newsroom.ui.leaveConfirm')}
          cancelLabel={t('newsroom.ui.cancel')}
          onCancel={() => {
            setConfirming(false);
            leaveRef.current?.focus();
          }}
          onConfirm={() => {
            setConfirming(false);
            void run('newsroom.leave');
          }}
        />
      ) : null}
    </fieldset>
  );
}
