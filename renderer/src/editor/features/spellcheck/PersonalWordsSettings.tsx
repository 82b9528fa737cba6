import { useEffect, useId, useState } from 'react';
import { toApiError } from '../../../../../shared/api/errors';
import type { Message } from '../../../../../shared/i18n/message';
import {
  personalWordModel,
  personalWordText,
  type PersonalWord,
} from '../../../../../shared/text/spell/personal-words';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n';
import { removePersonalWord } from './personal-dictionary';
import './spellcheck.css';

type Words = { kind: 'loading' } | { kind: 'ready'; words: PersonalWord[] } | { kind: 'error'; reason: Message };

/**
 * The settings' «Особистий словник»: the words added with «Додати до словника», each removable. A removal
 * is saved at once (not with the form) and open editors underline the word again; the list is read afresh
 * when the dialog opens, since editors add words while the app's copy of the settings stays as it was.
 */
export function PersonalWordsSettings() {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [state, setState] = useState<Words>({ kind: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.invoke('settings.get', {}).then(
      (settings) => alive && setState({ kind: 'ready', words: settings.spelling.personalWords }),
      (error: unknown) => alive && setState({ kind: 'error', reason: toApiError(error).reason }),
    );
    return () => {
      alive = false;
    };
  }, [api]);

  const remove = async (word: string) => {
    setBusy(word);
    try {
      const words = await removePersonalWord(api, word);
      setState({ kind: 'ready', words });
      setMessage(t('spell.settings.removed', { word }));
    } catch (error) {
      setMessage(t('spell.settings.removeError', { word, reason: toApiError(error).reason }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <fieldset className="personal-words" aria-describedby={`${id}-hint`}>
      <legend>{t('spell.settings.title')}</legend>
      <p id={`${id}-hint`} className="personal-words-hint">
        {t('spell.settings.hint')}
      </p>
      {state.kind === 'loading' ? <p aria-busy="true">{t('spell.settings.loading')}</p> : null}
      {state.kind === 'error' ? (
        <p role="alert" className="form-error">
          {t('spell.settings.loadError', { reason: state.reason })}
        </p>
      ) : null}
      {state.kind === 'ready' && state.words.length === 0 ? (
        <p className="personal-words-hint">{t('spell.settings.empty')}</p>
      ) : null}
      {state.kind === 'ready' && state.words.length > 0 ? (
        <ul className="personal-words-list" aria-label={t('spell.settings.title')}>
          {state.words.map((entry) => {
            const word = personalWordText(entry);
            const model = personalWordModel(entry);
            return (
              <li key={word}>
                <span lang="uk">{word}</span>
                {model ? (
                  <span className="personal-words-model">{t('spell.settings.declinesLike', { model })}</span>
                ) : null}
                <button
                  type="button"
                  aria-label={t('spell.settings.removeLabel', { word })}
                  disabled={busy !== null}
                  onClick={() => void remove(word)}
                >
                  {t('spell.settings.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p role="status" className="personal-words-hint">
        {message}
      </p>
    </fieldset>
  );
}
