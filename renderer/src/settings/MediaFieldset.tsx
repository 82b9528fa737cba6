import { useEffect, useId, useState } from 'react';
import { toApiError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/i18n/message';
import { WEB_RENDITION_LONG_SIDE } from '../../../shared/media/web-rendition';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';

type State = { kind: 'loading' } | { kind: 'ready'; keepOriginals: boolean } | { kind: 'error'; reason: Message };

/**
 * The settings' «Фото»: what happens to large photos, and whether their originals stay on this computer. The
 * choice is saved at once (not with the form's «Зберегти»), as the personal dictionary's removals are: it
 * decides what the next inserted photo leaves behind, and the settings are read afresh when the dialog opens.
 */
export function MediaFieldset() {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    api.invoke('settings.get', {}).then(
      (settings) => alive && setState({ kind: 'ready', keepOriginals: settings.media.keepOriginals }),
      (error: unknown) => alive && setState({ kind: 'error', reason: toApiError(error).reason }),
    );
    return () => {
      alive = false;
    };
  }, [api]);

  const choose = async (keepOriginals: boolean) => {
    // Ticked at once; a save that fails puts it back and says why.
    setState({ kind: 'ready', keepOriginals });
    setBusy(true);
    setSaid(null);
    try {
      const saved = await api.invoke('settings.update', { media: { keepOriginals } });
      setState({ kind: 'ready', keepOriginals: saved.media.keepOriginals });
      setSaid(t(saved.media.keepOriginals ? 'settings.media.savedOn' : 'settings.media.savedOff'));
    } catch (error) {
      setState({ kind: 'ready', keepOriginals: !keepOriginals });
      setSaid(t('settings.media.saveError', { reason: toApiError(error).reason }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset aria-describedby={`${id}-hint ${id}-history`}>
      <legend>{t('settings.media.title')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('settings.media.hint', { size: WEB_RENDITION_LONG_SIDE })}
      </p>
      <p id={`${id}-history`} className="hint">
        {t('settings.media.history')}
      </p>
      {state.kind === 'loading' ? <p aria-busy="true">{t('settings.media.loading')}</p> : null}
      {state.kind === 'error' ? (
        <p role="alert" className="form-error">
          {t('settings.media.loadError', { reason: state.reason })}
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <label>
          <input
            type="checkbox"
            checked={state.keepOriginals}
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onChange={(event) => void choose(event.target.checked)}
          />{' '}
          {t('settings.media.keepOriginals')}
        </label>
      ) : null}
      <p role="status" className="hint">
        {said}
      </p>
    </fieldset>
  );
}
