import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { NewsroomStatus } from '../../../shared/newsroom/newsroom-link';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';

interface Props {
  login: string;
  /** The host's answer: a token it took leaves `unauthorized` behind, and this field with it. */
  onUpdated(status: NewsroomStatus): void;
}

/**
 * A new access token for a server that stopped taking the old one (`newsroom.updateToken`, which then sends
 * what waited). It lives inside the settings form but is not part of it: Enter here saves the token, not the
 * settings, and the field is emptied whatever the answer, so the page keeps nothing of it.
 */
export function NewTokenField({ login, onUpdated }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const input = inputRef.current;
    if (!input || busy) return;
    const token = input.value;
    if (token === '') {
      setError(t('validation.empty'));
      input.focus();
      return;
    }
    setBusy(true);
    setError(null);
    let refused = true;
    try {
      const status = await api.invoke('newsroom.updateToken', { token });
      refused = status.sync.kind === 'unauthorized';
      if (refused) setError(t('newsroom.error.unauthorized', { login }));
      onUpdated(status);
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      input.value = '';
      setBusy(false);
      // Taken, the field goes (the caller moves the focus); refused, it waits here for another try.
      if (refused) input.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void save();
  };

  return (
    <div className="field newsroom-token">
      <label htmlFor={`${id}-token`}>{t('newsroom.ui.newToken')}</label>
      <div className="newsroom-token-row">
        <input
          ref={inputRef}
          id={`${id}-token`}
          type="password"
          autoComplete="off"
          readOnly={busy}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-token-error` : undefined}
          onKeyDown={onKeyDown}
        />
        <button type="button" disabled={busy} onClick={() => void save()}>
          {t('newsroom.ui.saveToken')}
        </button>
      </div>
      {error ? (
        <span id={`${id}-token-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
