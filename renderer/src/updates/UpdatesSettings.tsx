import { useEffect, useId, useState } from 'react';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeUpdateState } from './update-words';
import { useUpdates } from './use-updates';
import './updates.css';

interface Props {
  /** Saves the open article first: a restart then finds nothing unsaved, if the save goes through. */
  saveOpenArticle(): Promise<unknown>;
}

/**
 * The settings' «Оновлення»: the version running, where its updates stand, the per-computer switch (saved at
 * once, as «Фото» is), «Перевірити зараз», and «Перезапустити й оновити» once an update is ready. The
 * administrator's policy shows the switch as set by them; browser mode says updates are the desktop app's.
 */
export function UpdatesSettings({ saveOpenArticle }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [view, accept] = useUpdates();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    // The switch shows the setting itself: browser mode keeps it too, though it has nothing to update.
    api.invoke('settings.get', {}).then(
      (settings) => alive && setEnabled(settings.updates.enabled),
      (error: unknown) => alive && setSaid(t('updates.loadError', { reason: toApiError(error).reason })),
    );
    return () => {
      alive = false;
    };
  }, [api, t]);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setSaid(null);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const choose = (next: boolean) =>
    run(async () => {
      setEnabled(next);
      try {
        const saved = await api.invoke('settings.update', { updates: { enabled: next } });
        setEnabled(saved.updates.enabled);
        setSaid(t(saved.updates.enabled ? 'updates.savedOn' : 'updates.savedOff'));
        accept(await api.invoke('updates.get', {}));
      } catch (error) {
        setEnabled(!next);
        setSaid(t('updates.saveError', { reason: toApiError(error).reason }));
      }
    });

  const checkNow = () =>
    run(async () => {
      try {
        accept(await api.invoke('updates.check', {}));
      } catch (error) {
        setSaid(t('updates.loadError', { reason: toApiError(error).reason }));
      }
    });

  const restart = () =>
    run(async () => {
      try {
        await saveOpenArticle();
        const status = await api.invoke('updates.install', {});
        accept(status);
        if (status.hold) setSaid(t(`updates.hold.${status.hold}`));
      } catch (error) {
        setSaid(t('updates.loadError', { reason: toApiError(error).reason }));
      }
    });

  const status = view.kind === 'ready' ? view.status : null;
  const state = status?.state ?? null;
  const unsupported = state?.kind === 'unsupported';
  const canCheck = state !== null && ['idle', 'up-to-date', 'error'].includes(state.kind);

  return (
    <fieldset className="updates-settings" data-section="updates" tabIndex={-1}>
      <legend>{t('updates.title')}</legend>
      {view.kind === 'loading' ? <p aria-busy="true">{t('updates.loading')}</p> : null}
      {view.kind === 'error' ? (
        <p role="alert" className="form-error">
          {t('updates.loadError', { reason: view.reason })}
        </p>
      ) : null}
      {status ? <p>{t('updates.version', { version: status.currentVersion })}</p> : null}
      {state ? (
        <p role="status" className="hint" data-state={state.kind}>
          {describeUpdateState(state, t)}
        </p>
      ) : null}
      {status && enabled !== null ? (
        <>
          <label>
            <input
              type="checkbox"
              checked={enabled && !status.administrator}
              disabled={busy || status.administrator}
              aria-describedby={`${id}-hint${status.administrator ? ` ${id}-administrator` : ''}`}
              onChange={(event) => void choose(event.target.checked)}
            />{' '}
            {t('updates.switch')}
          </label>
          <p id={`${id}-hint`} className="hint">
            {t('updates.switchHint')}
          </p>
          {status.administrator ? (
            <p id={`${id}-administrator`} className="hint">
              {t('updates.byAdministrator')}
            </p>
          ) : null}
        </>
      ) : null}
      {status && !unsupported ? (
        <div className="update-actions">
          <button type="button" disabled={busy || !canCheck} onClick={() => void checkNow()}>
            {t('updates.checkNow')}
          </button>
          {state?.kind === 'ready' ? (
            <button type="button" disabled={busy} onClick={() => void restart()}>
              {t('updates.restart')}
            </button>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="hint">
        {said}
      </p>
    </fieldset>
  );
}
